/** English messages (second language). Same placeholders as catalogue-id.ts; amounts stay Indonesian ("Rp1.500.000"). */
import { PARSE_FAIL_MESSAGES } from "../money/parse-messages";
import { findingTemplates } from "../rules/registry";
import type { Catalogue } from "./catalogue";

export const EN: Catalogue = {
  // One template per finding code, declared with its rule (src/core/rules/declarations).
  findings: findingTemplates("en"),
  labels: {
    sebelum: "Value before",
    sesudah: "Value after",
    serapan: "absorption of the funds received",
    output: "physical output",
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
