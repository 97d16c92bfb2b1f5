/** English messages (second language). Same placeholders as catalogue-id.ts; amounts stay Indonesian ("Rp1.500.000"). */
import { PARSE_FAIL_MESSAGES } from "../money/parse-messages";
import type { Catalogue } from "./catalogue";

export const EN: Catalogue = {
  findings: {
    TABLE_NOT_FOUND:
      "No line table found[ in sheet {sheets|list}]: a header row with at least four known column names is needed (Menu, Rincian, Uraian, Volume, Satuan, Harga Satuan, Jumlah, Metode, …).",
    COLUMN_MISSING: "Column {column|label} not found in the table's header row.",
    META_MISSING: "{field|label} is not stated in the proposal's identity block.",
    LINE_REQUIRED: "{field|label} is required.",
    NOT_A_NUMBER: '{field|label} "{text}" does not read as a number[: {reason|reason}].',
    NUMBER_AS_TEXT: '{field|label} is typed as the text "{text}" and read as {value|num}; better type it as a number.',
    CELL_ERROR: "{field|label} holds the Excel error value {error}.",
    NON_POSITIVE: "{field|label} must be more than zero ({value|num} given).",
    AMOUNT_MISMATCH:
      "Jumlah {jumlah|rp} is not volume × unit cost = {volume|num} × {hargaSatuan|rp} = {expected|rp} (difference {difference|rp}).",
    MENU_UNKNOWN: 'Menu "{menu}" is not in this fiscal year\'s rules.[ Closest: {suggestions|list}.]',
    RINCIAN_UNKNOWN: 'Rincian "{rincian}" is not known under menu {menu}.[ Closest: {suggestions|list}.]',
    SATUAN_INVALID: 'Unit "{satuan}" is not allowed for {rincian}; use {allowed|list}.',
    UNIT_COST_OUT_OF_RANGE:
      "Unit cost {value|rp} for {rincian} is out of bounds[ minimum {min|rp}][ maximum {max|rp}][ per {satuan}].",
    VOLUME_OUT_OF_RANGE:
      "Volume {value|num} for {rincian} is out of bounds[ minimum {min|num}][ maximum {max|num}][ {satuan}].",
    ITEM_INELIGIBLE:
      '"{uraian}" looks like a land purchase ("{pattern}"), which cannot be funded: the land must already be available.',
    HONOR_NOT_ALLOWED:
      'An honorarium ("{uraian}") cannot be funded[ under {rincian}]: honoraria are allowed only for the non-ASN facilitator within the supporting activities.',
    PENUNJANG_USE_INVALID:
      '"{rincian}" is not an allowed supporting-activity use ({allowed|list}).[ Closest: {suggestions|list}.]',
    PENUNJANG_METHOD: '{rincian} must be carried out by {required|list}[, not "{metode}"].',
    METHOD_INVALID: 'Method "{metode}" is unknown; use {allowed|list}.',
    DUPLICATE_LINE: 'This line repeats the line at cell {firstCell} ("{uraian}", same volume, unit and unit cost).',
    COORD_INVALID: "{field|label} {value|num} is outside Indonesia ({min|num} to {max|num}).",
    PAGU_EXCEEDED: "The proposal's total {total|rp} exceeds the pagu {pagu|rp} by {excess|rp}.",
    PAGU_UNDERUSED:
      "The proposal's total {total|rp} uses only {share|pct} of the pagu {pagu|rp} (under {minShare|pct}); {sisa|rp} left.",
    PENUNJANG_OVER_CAP:
      "Supporting activities {penunjang|rp} ({share|pct} of the pagu {pagu|rp}) exceed the {maxShare|pct} cap of {cap|rp} by {excess|rp}.",
    MENU_SHARE_OUT_OF_RANGE:
      "Menu {menu} takes {amount|rp} ({share|pct} of the pagu {pagu|rp}), outside its share bounds[ minimum {min|pct}][ maximum {max|pct}].",
    TOTAL_MISMATCH:
      "The stated {kind|label} {stated|rp} is not the sum of its lines {computed|rp} (difference {difference|rp}).",
    SENTRA_TOO_SMALL:
      "The sentra has only {units|num} IKM units; a sentra IKM has at least {min|num} businesses in one location.",
    SENTRA_SK_MISSING: "The number of the decree (SK) designating the sentra[ {sentra}] is not stated.",
    REVISION_APPROVED_CHANGED:
      '{change|label} "{uraian}"[ ({rincian})][: {field|label} {old|num} → {new|num}]; a change of rincian, lokasi or target keluaran (output) of the approved RK needs renewed approval.',
    PAGU_NOT_ALLOCATION:
      "The proposal's pagu {pagu|rp} is not the allocation of {kabKota} in the allocation table, {allocation|rp} (difference {difference|rp}).",
    ALLOCATION_UNKNOWN:
      'Kab/kota[ "{kabKota}"][ (province {provinsi})] {match|label}[: {candidates|list}; write the name in full, e.g. "Kab. …" or "Kota …"].',
  },
  labels: {
    no: "No",
    menu: "Menu",
    rincian: "Rincian",
    uraian: "Description (uraian)",
    volume: "Volume",
    satuan: "Unit (satuan)",
    hargaSatuan: "Unit cost",
    jumlah: "Amount (jumlah)",
    metode: "Method",
    lokasi: "Location",
    kecamatan: "Kecamatan",
    desa: "Desa",
    latitude: "Latitude",
    longitude: "Longitude",
    penerimaManfaat: "Beneficiaries",
    keterangan: "Remarks",
    ta: "Fiscal year",
    provinsi: "Province",
    kabKota: "Regency/city",
    bidang: "Field (bidang)",
    pagu: "Pagu",
    instansiPelaksana: "Implementing agency",
    namaSentra: "Sentra name",
    jumlahUnitIkm: "Number of IKM units",
    nomorSkSentra: "Sentra decree (SK) number",
    total: "total",
    subtotal: "subtotal",
    added: "New line",
    removed: "Line removed",
    changed: "Line changed",
    allocationNotFound: "is not in the allocation table",
    allocationAmbiguous: "matches more than one row of the allocation table",
    allocationNotStated: "is not stated in the proposal, so its allocation cannot be looked up",
  },
  reasons: {
    ...PARSE_FAIL_MESSAGES.en,
    COORD_FORMAT: "write coordinates in decimal degrees, e.g. -6.74512 or 6.74512° S",
    COORD_GROUPING: "a coordinate has one decimal mark (point or comma) and no thousands separators",
    COORD_DMS: "degrees-minutes-seconds are not read; write decimal degrees, e.g. -6.74512",
    COORD_HEMISPHERE_AXIS:
      "the hemisphere belongs to the other axis (N/S or LU/LS for latitude, E/W or BT/BB for longitude)",
    COORD_SIGN_AND_HEMISPHERE: "both a minus sign and a hemisphere; use one of them",
  },
  where: { sheetCell: 'Sheet "{sheet}" cell {cell}: ', sheet: 'Sheet "{sheet}": ', basis: " Basis: {basis}." },
  listJoin: { separator: ", ", last: " or " },
};
