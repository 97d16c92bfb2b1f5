/**
 * Rule cases as data (as ajv's spec files are): a proposal, optionally a ruleset change, and
 * exactly the findings (code and cell) it must produce. Every code has at least one case that
 * produces it and one that, close to its boundary, must not.
 */
import type { FindingCode } from "../../src/core/rules/findings";
import type { RuleId, RuleSpec, Ruleset } from "../../src/core/rules/ruleset";
import type { Proposal } from "../../src/core/proposal/types";
import { buildProposal, M1, MP, okLine, type LineSpec, type PartSpec } from "./builder";
import { PACKAGE_CASES } from "./package-cases";

export interface RuleCase {
  /** The code this case is about (for the coverage check). */
  readonly code: FindingCode;
  readonly name: string;
  readonly proposal: Proposal;
  readonly ruleset?: (rs: Ruleset) => Ruleset;
  /** Exactly the findings expected, as [code, cell] (sheet "RK" unless the case says otherwise). */
  readonly expected: ReadonlyArray<readonly [FindingCode, string]>;
}

const part = (lines: LineSpec[], rest: Omit<PartSpec, "lines"> = {}) => buildProposal({ lines, ...rest });
const withOk = (line: LineSpec, rest: Omit<PartSpec, "lines"> = {}) => part([line, okLine(2)], rest);
const pen = (rincian: string, uraian: string, metode: string, extra: LineSpec = {}): LineSpec => ({
  menu: MP,
  rincian,
  uraian,
  volume: 6,
  satuan: "OB",
  harga: 1_500_000,
  metode,
  ...extra,
});
const building: LineSpec = {
  menu: M1,
  rincian: "Rumah Produksi Bersama",
  uraian: "Pembangunan rumah produksi bersama",
  volume: 400,
  satuan: "m2",
  harga: 5_000_000,
  metode: "Kontraktual",
};
const penunjangCase = (line: LineSpec) => part([building, line]);
/** A penunjang line beside swakelola physical work (what the pendamping/fasilitator may serve). */
const swakelolaCase = (line: LineSpec) => part([{ ...building, metode: "Swakelola" }, line]);
const withRincian =
  (id: string, patch: object) =>
  (rs: Ruleset): Ruleset => ({
    ...rs,
    menus: rs.menus.map((m) => ({ ...m, rincian: m.rincian.map((r) => (r.id === id ? { ...r, ...patch } : r)) })),
  });
const withRule =
  (id: RuleId, patch: Partial<RuleSpec>) =>
  (rs: Ruleset): Ruleset => ({ ...rs, rules: { ...rs.rules, [id]: { ...rs.rules[id], ...patch } } });
const withMenuShare =
  (min: number) =>
  (rs: Ruleset): Ruleset => ({
    ...rs,
    menus: rs.menus.map((m) => (m.penunjang ? m : { ...m, share: { min } })),
  });
const shares = (penunjang: number, pagu?: number) =>
  part(
    [
      { ...building, volume: 1, satuan: "paket", harga: 95_000_000 },
      pen("Perjalanan Dinas", "Perjalanan dinas pengawasan", "Swakelola", {
        volume: 1,
        satuan: "kegiatan",
        harga: penunjang,
      }),
    ],
    pagu === undefined ? {} : { meta: { pagu } },
  );

export const CASES: RuleCase[] = [
  // ---------------------------------------------------------------- reading
  {
    code: "TABLE_NOT_FOUND",
    name: "no sheet holds a table",
    proposal: { parts: [], sheetsRead: ["Sheet1"] },
    expected: [["TABLE_NOT_FOUND", ""]],
  },
  { code: "TABLE_NOT_FOUND", name: "a table is found", proposal: part([okLine(1)]), expected: [] },
  {
    code: "COLUMN_MISSING",
    name: "no satuan column",
    proposal: part([okLine(1)], { missingColumns: ["satuan"] }),
    expected: [["COLUMN_MISSING", "A13:P13"]],
  },
  {
    code: "COLUMN_MISSING",
    name: "an optional column is missing",
    proposal: part([okLine(1)], { missingColumns: ["keterangan", "latitude"] }),
    expected: [],
  },
  {
    code: "META_MISSING",
    name: "no instansi pelaksana",
    proposal: part([okLine(1)], { meta: { instansiPelaksana: null } }),
    expected: [["META_MISSING", ""]],
  },
  {
    code: "META_MISSING",
    name: "the instansi pelaksana label is there, its value is empty",
    proposal: part([okLine(1)], { meta: { instansiPelaksana: "" } }),
    expected: [["META_MISSING", "C8"]],
  },
  {
    code: "META_MISSING",
    name: "bidang is not required",
    proposal: part([okLine(1)], { meta: { bidang: null } }),
    expected: [],
  },
  // ---------------------------------------------------------------- line
  {
    code: "LINE_REQUIRED",
    name: "empty uraian",
    proposal: withOk(okLine(1, { uraian: null })),
    expected: [["LINE_REQUIRED", "D14"]],
  },
  {
    code: "LINE_REQUIRED",
    name: "empty satuan and harga",
    proposal: withOk(okLine(1, { satuan: null, harga: null, jumlah: 5 })),
    expected: [
      ["LINE_REQUIRED", "F14"],
      ["LINE_REQUIRED", "G14"],
    ],
  },
  {
    code: "LINE_REQUIRED",
    name: "empty jumlah is computed",
    proposal: withOk(okLine(1, { jumlah: null })),
    expected: [],
  },
  {
    code: "NOT_A_NUMBER",
    name: "volume in words",
    proposal: withOk(okLine(1, { volume: { invalid: "dua" }, jumlah: 20_000_000 })),
    expected: [["NOT_A_NUMBER", "E14"]],
  },
  {
    code: "NOT_A_NUMBER",
    name: "pagu unreadable",
    proposal: part([okLine(1)], { meta: { pagu: { invalid: "dua miliar lebih" } } }),
    expected: [["NOT_A_NUMBER", "C7"]],
  },
  { code: "NOT_A_NUMBER", name: "numbers are numbers", proposal: withOk(okLine(1)), expected: [] },
  {
    code: "NUMBER_AS_TEXT",
    name: "harga as Indonesian text",
    proposal: withOk(okLine(1, { harga: { text: "Rp10.000.000,00", value: 10_000_000 }, jumlah: 20_000_000 })),
    expected: [["NUMBER_AS_TEXT", "G14"]],
  },
  {
    code: "NUMBER_AS_TEXT",
    name: "harga as a number",
    proposal: withOk(okLine(1, { harga: 10_000_000 })),
    expected: [],
  },
  {
    code: "CELL_ERROR",
    name: "#REF! in jumlah",
    proposal: withOk(okLine(1, { jumlah: { error: "#REF!" } })),
    expected: [["CELL_ERROR", "H14"]],
  },
  {
    code: "CELL_ERROR",
    name: "#N/A in the pagu",
    proposal: part([okLine(1)], { meta: { pagu: { error: "#N/A" } } }),
    expected: [["CELL_ERROR", "C7"]],
  },
  {
    code: "CELL_ERROR",
    name: "#N/A in a heading menu, reported once",
    proposal: part([1, 2, 3].map((n) => okLine(n, { menu: { error: "#N/A" }, headingRow: 11 }))),
    expected: [["CELL_ERROR", "B12"]],
  },
  { code: "CELL_ERROR", name: "no error values", proposal: withOk(okLine(1)), expected: [] },
  {
    code: "NON_POSITIVE",
    name: "volume 0",
    proposal: withOk(okLine(1, { volume: 0, jumlah: null })),
    expected: [["NON_POSITIVE", "E14"]],
  },
  {
    code: "NON_POSITIVE",
    name: "negative harga",
    proposal: withOk(okLine(1, { harga: -5, jumlah: null })),
    expected: [["NON_POSITIVE", "G14"]],
  },
  {
    code: "NON_POSITIVE",
    name: "a pagu of zero: no share of it is reported, the pagu is",
    proposal: part([okLine(1)], { meta: { pagu: 0 } }),
    expected: [["NON_POSITIVE", "C7"]],
  },
  {
    code: "NON_POSITIVE",
    name: "a negative pagu",
    proposal: part([okLine(1)], { meta: { pagu: -5_000_000 } }),
    expected: [["NON_POSITIVE", "C7"]],
  },
  { code: "NON_POSITIVE", name: "half a unit is positive", proposal: withOk(okLine(1, { volume: 0.5 })), expected: [] },
  {
    code: "AMOUNT_MISMATCH",
    name: "volume lowered, jumlah not",
    proposal: withOk(okLine(1, { volume: 2, harga: 38_250_000, jumlah: 114_750_000 })),
    expected: [["AMOUNT_MISMATCH", "H14"]],
  },
  {
    code: "AMOUNT_MISMATCH",
    name: "off by Rp2",
    proposal: withOk(okLine(1, { jumlah: 20_000_002 })),
    expected: [["AMOUNT_MISMATCH", "H14"]],
  },
  {
    code: "AMOUNT_MISMATCH",
    name: "off by Rp1 is tolerated",
    proposal: withOk(okLine(1, { jumlah: 20_000_001 })),
    expected: [],
  },
  {
    code: "AMOUNT_MISMATCH",
    name: "decimal volume, exact product",
    proposal: withOk({ ...building, volume: 12.5, harga: 187_500.4, jumlah: 2_343_755 }),
    expected: [],
  },
  {
    code: "MENU_UNKNOWN",
    name: "a menu not in the ruleset",
    proposal: withOk(okLine(1, { menu: "Pembangunan Gedung Sentra" })),
    expected: [["MENU_UNKNOWN", "B14"]],
  },
  {
    code: "MENU_UNKNOWN",
    name: "a heading menu unknown, reported once",
    proposal: part([1, 2, 3].map((n) => okLine(n, { menu: "Sentra Baru", headingRow: 11 }))),
    expected: [["MENU_UNKNOWN", "B12"]],
  },
  {
    code: "MENU_UNKNOWN",
    name: "alias, case and punctuation tolerated",
    proposal: part([
      okLine(1, { menu: "revitalisasi  SENTRA-IKM" }),
      okLine(2, { menu: "PEMBANGUNAN DAN REVITALISASI SENTRA IKM." }),
    ]),
    expected: [],
  },
  {
    code: "RINCIAN_UNKNOWN",
    name: "a rincian not under the menu",
    proposal: withOk(okLine(1, { rincian: "Mesin Jahit" })),
    expected: [["RINCIAN_UNKNOWN", "C14"]],
  },
  {
    code: "RINCIAN_UNKNOWN",
    name: "'&' for 'dan', alias, brackets",
    proposal: part([
      okLine(1, { rincian: "mesin & peralatan" }),
      okLine(2, { rincian: "Pengadaan Mesin dan Peralatan" }),
      { ...building, rincian: "UPT" },
      { ...building, uraian: "x", rincian: "Unit Pelayanan Teknis UPT" },
    ]),
    expected: [],
  },
  {
    code: "SATUAN_INVALID",
    name: "ls for paving",
    proposal: withOk({
      ...building,
      rincian: "Jalan dan Paving Lingkungan",
      volume: 1,
      satuan: "ls",
      harga: 98_000_000,
    }),
    expected: [["SATUAN_INVALID", "F14"]],
  },
  {
    code: "SATUAN_INVALID",
    name: "an unknown satuan",
    proposal: withOk(okLine(1, { satuan: "kodi" })),
    expected: [["SATUAN_INVALID", "F14"]],
  },
  {
    code: "SATUAN_INVALID",
    name: "m², M2, Pkt and bh normalised",
    proposal: part([
      { ...building, satuan: "m²" },
      { ...building, uraian: "b", satuan: "M2" },
      okLine(1, { satuan: "Pkt" }),
      okLine(2, { satuan: "bh" }),
    ]),
    expected: [],
  },
  {
    code: "UNIT_COST_OUT_OF_RANGE",
    name: "above the rincian's max",
    ruleset: withRincian("mesin-peralatan", { unitCost: { max: 50_000_000, satuan: "unit" } }),
    proposal: withOk(okLine(1, { harga: 60_000_000 })),
    expected: [["UNIT_COST_OUT_OF_RANGE", "G14"]],
  },
  {
    code: "UNIT_COST_OUT_OF_RANGE",
    name: "at the max, or in another satuan",
    ruleset: withRincian("mesin-peralatan", { unitCost: { max: 50_000_000, satuan: "unit" } }),
    proposal: withOk(okLine(1, { harga: 50_000_000 }), {}),
    expected: [],
  },
  {
    code: "UNIT_COST_OUT_OF_RANGE",
    name: "under the rincian's min",
    ruleset: withRincian("mesin-peralatan", { unitCost: { min: 1_000_000 } }),
    proposal: withOk(okLine(1, { harga: 999_999 })),
    expected: [["UNIT_COST_OUT_OF_RANGE", "G14"]],
  },
  {
    code: "UNIT_COST_OUT_OF_RANGE",
    name: "no bounds by default",
    proposal: withOk(okLine(1, { harga: 9_000_000_000 })),
    expected: [],
  },
  {
    code: "VOLUME_OUT_OF_RANGE",
    name: "above the rincian's max",
    ruleset: withRincian("mesin-peralatan", { volume: { min: 1, max: 10 } }),
    proposal: withOk(okLine(1, { volume: 12 })),
    expected: [["VOLUME_OUT_OF_RANGE", "E14"]],
  },
  {
    code: "VOLUME_OUT_OF_RANGE",
    name: "under the minimum of lines in its satuan",
    ruleset: withRincian("mesin-peralatan", { volume: { min: 2, satuan: "unit" } }),
    proposal: withOk(okLine(1, { volume: 1 })),
    expected: [["VOLUME_OUT_OF_RANGE", "E14"]],
  },
  {
    code: "VOLUME_OUT_OF_RANGE",
    name: "at the bounds",
    ruleset: withRincian("mesin-peralatan", { volume: { min: 1, max: 10 } }),
    proposal: part([okLine(1, { volume: 10 }), okLine(2, { volume: 1 })]),
    expected: [],
  },
  {
    code: "ITEM_INELIGIBLE",
    name: "land purchase",
    proposal: withOk({ ...building, uraian: "Pembebasan lahan untuk perluasan sentra" }),
    expected: [["ITEM_INELIGIBLE", "D14"]],
  },
  {
    code: "ITEM_INELIGIBLE",
    name: "land owned, only mentioned",
    proposal: withOk({ ...building, uraian: "Pematangan lahan milik Pemda", keterangan: "Lahan milik Pemda" }),
    expected: [],
  },
  {
    code: "HONOR_NOT_ALLOWED",
    name: "procurement team honorarium",
    proposal: penunjangCase(pen("Biaya Tender", "Honor Pokja Pemilihan dan pejabat pengadaan", "Swakelola")),
    expected: [["HONOR_NOT_ALLOWED", "D15"]],
  },
  {
    code: "HONOR_NOT_ALLOWED",
    name: "the financial manager's honorarium, even under the facilitator's rincian",
    proposal: swakelolaCase(
      pen("Jasa Pendamping/Fasilitator Non-ASN", "Honorarium pengelola keuangan kegiatan", "Swakelola"),
    ),
    expected: [["HONOR_NOT_ALLOWED", "D15"]],
  },
  {
    code: "HONOR_NOT_ALLOWED",
    name: "tender costs without anyone's honorarium",
    proposal: penunjangCase(pen("Biaya Tender", "Penggandaan dokumen pemilihan pokja", "Swakelola")),
    expected: [],
  },
  {
    code: "HONOR_OUTSIDE_LIST",
    name: "honorarium under a construction rincian",
    proposal: withOk({ ...building, uraian: "Honorarium tim teknis pembangunan" }),
    expected: [["HONOR_OUTSIDE_LIST", "D14"]],
  },
  {
    code: "HONOR_OUTSIDE_LIST",
    name: "the non-ASN facilitator may be paid",
    proposal: swakelolaCase(
      pen("Jasa Pendamping/Fasilitator Non-ASN", "Honorarium tenaga pendamping non-ASN", "Swakelola"),
    ),
    expected: [],
  },
  {
    code: "NONFISIK_ITEM",
    name: "training in a DAK Fisik RK (the rule switched on, as from TA 2023)",
    proposal: withOk({ ...building, uraian: "Pelatihan desain produk rotan", volume: 1, satuan: "paket" }),
    ruleset: withRule("line.nonfisik", { enabled: true }),
    expected: [["NONFISIK_ITEM", "D14"]],
  },
  {
    code: "NONFISIK_ITEM",
    name: "a training room is a building (the rule switched on)",
    proposal: withOk({ ...building, uraian: "Pembangunan ruang serbaguna sentra" }),
    ruleset: withRule("line.nonfisik", { enabled: true }),
    expected: [],
  },
  {
    code: "PENUNJANG_USE_INVALID",
    name: "a use outside a–f",
    proposal: penunjangCase(pen("Tim Teknis Kegiatan", "Tim teknis kabupaten", "Swakelola")),
    expected: [["PENUNJANG_USE_INVALID", "C15"]],
  },
  {
    code: "PENUNJANG_USE_INVALID",
    name: "a listed use, any case",
    proposal: penunjangCase(pen("perjalanan dinas", "Perjalanan ke lokasi", "Swakelola", { satuan: "OH" })),
    expected: [],
  },
  // DOMAIN.md §3: the method belongs to the physical work supported, not to the penunjang line.
  {
    code: "PENUNJANG_METHOD",
    name: "a pendamping line in an RK with no swakelola work",
    proposal: penunjangCase(pen("Jasa Pendamping/Fasilitator Non-ASN", "Pendamping teknis sentra", "Swakelola")),
    expected: [["PENUNJANG_METHOD", "C15"]],
  },
  {
    code: "PENUNJANG_METHOD",
    name: "desain perencanaan when every physical line is swakelola",
    proposal: part([
      { ...building, metode: "Swakelola" },
      pen("Desain Perencanaan", "DED", "Kontraktual", { volume: 1, satuan: "paket" }),
    ]),
    expected: [["PENUNJANG_METHOD", "C15"]],
  },
  {
    code: "PENUNJANG_METHOD",
    name: "konsultan pengawas written as swakelola, supervising kontraktual work: its own metode is no basis",
    proposal: penunjangCase(
      pen("Konsultan Pengawas", "Pengawasan teknis", "Swakelola", { volume: 1, satuan: "paket" }),
    ),
    expected: [],
  },
  {
    code: "PENUNJANG_METHOD",
    name: "a pendamping line beside swakelola paving",
    proposal: part([
      building,
      { ...building, rincian: "Jalan dan Paving Lingkungan", uraian: "Paving blok", satuan: "m2", metode: "Swakelola" },
      pen("Jasa Pendamping/Fasilitator Non-ASN", "Pendamping teknis sentra", "Swakelola"),
    ]),
    expected: [],
  },
  {
    code: "METHOD_INVALID",
    name: "an unknown metode",
    proposal: withOk(okLine(1, { metode: "Lelang" })),
    expected: [["METHOD_INVALID", "I14"]],
  },
  {
    code: "METHOD_INVALID",
    name: "alias and empty metode",
    proposal: part([okLine(1, { metode: "kontrak" }), okLine(2, { metode: null })]),
    expected: [],
  },
  {
    code: "DUPLICATE_LINE",
    name: "the same line twice",
    proposal: part([okLine(1), okLine(1, { uraian: "MESIN produksi nomor 1" })]),
    expected: [["DUPLICATE_LINE", "D15"]],
  },
  {
    code: "DUPLICATE_LINE",
    name: "same uraian, other volume",
    proposal: part([okLine(1), okLine(1, { volume: 3 })]),
    expected: [],
  },
  {
    code: "COORD_INVALID",
    name: "latitude and longitude swapped",
    proposal: withOk(okLine(1, { latitude: 108.5, longitude: -6.7 })),
    expected: [
      ["COORD_INVALID", "M14"],
      ["COORD_INVALID", "N14"],
    ],
  },
  {
    code: "COORD_INVALID",
    name: "inside Indonesia, at the edges",
    proposal: part([okLine(1, { latitude: -6.7, longitude: 108.5 }), okLine(2, { latitude: 6, longitude: 141 })]),
    expected: [],
  },
  // ---------------------------------------------------------------- budget
  {
    code: "PAGU_EXCEEDED",
    name: "total Rp1 over the pagu",
    proposal: part([okLine(1), okLine(2)], { meta: { pagu: 39_999_999 } }),
    expected: [["PAGU_EXCEEDED", "C7"]],
  },
  {
    code: "PAGU_EXCEEDED",
    name: "total equals the pagu",
    proposal: part([okLine(1), okLine(2)], { meta: { pagu: 40_000_000 } }),
    expected: [],
  },
  // Issue 17.5: a pagu under one rupiah printed "(Infinity% dari pagu Rp0)"; the total over it is the finding.
  ...[1e-300, 0.4].map((pagu): RuleCase => ({
    code: "PAGU_EXCEEDED",
    name: `a pagu of ${pagu} rupiah: the total over it, no share of it`,
    ruleset: withMenuShare(0.96),
    proposal: shares(5_000_001, pagu),
    expected: [["PAGU_EXCEEDED", "C7"]],
  })),
  {
    code: "PAGU_UNDERUSED",
    name: "just under 95%",
    proposal: part([okLine(1, { volume: 1, harga: 19_000_000 })], { meta: { pagu: 20_000_001 } }),
    expected: [["PAGU_UNDERUSED", "C7"]],
  },
  {
    code: "PAGU_UNDERUSED",
    name: "exactly 95%",
    proposal: part([okLine(1, { volume: 1, harga: 19_000_000 })], { meta: { pagu: 20_000_000 } }),
    expected: [],
  },
  {
    code: "PENUNJANG_OVER_CAP",
    name: "penunjang Rp1 over 5%",
    proposal: shares(5_000_001),
    expected: [["PENUNJANG_OVER_CAP", "C7"]],
  },
  { code: "PENUNJANG_OVER_CAP", name: "penunjang exactly 5%", proposal: shares(5_000_000), expected: [] },
  {
    code: "MENU_SHARE_OUT_OF_RANGE",
    name: "construction under its minimum share",
    ruleset: withMenuShare(0.96),
    proposal: shares(5_000_000),
    expected: [["MENU_SHARE_OUT_OF_RANGE", "C7"]],
  },
  {
    code: "MENU_SHARE_OUT_OF_RANGE",
    name: "construction over its maximum share",
    ruleset: (rs) => ({ ...rs, menus: rs.menus.map((m) => (m.penunjang ? m : { ...m, share: { max: 0.5 } })) }),
    proposal: shares(5_000_000),
    expected: [["MENU_SHARE_OUT_OF_RANGE", "C7"]],
  },
  {
    code: "MENU_SHARE_OUT_OF_RANGE",
    name: "construction at its minimum share",
    ruleset: withMenuShare(0.95),
    proposal: shares(5_000_000),
    expected: [],
  },
  {
    code: "TOTAL_MISMATCH",
    name: "stated total off by Rp100",
    proposal: part([okLine(1), okLine(2)], { statedTotal: 40_000_100 }),
    expected: [["TOTAL_MISMATCH", "H16"]],
  },
  {
    code: "TOTAL_MISMATCH",
    name: "a subtotal that misses a line",
    proposal: part([okLine(1), okLine(2)], { subtotals: [{ amount: 20_000_000, lineIndexes: [0, 1], row: 20 }] }),
    expected: [["TOTAL_MISMATCH", "H21"]],
  },
  {
    code: "TOTAL_MISMATCH",
    name: "correct total and subtotal",
    proposal: part([okLine(1), okLine(2)], {
      statedTotal: "sum",
      subtotals: [{ amount: 20_000_000, lineIndexes: [1], row: 20 }],
    }),
    expected: [],
  },
  // ---------------------------------------------------------------- sentra
  {
    code: "SENTRA_TOO_SMALL",
    name: "four IKM units",
    proposal: part([okLine(1)], { meta: { jumlahUnitIkm: 4 } }),
    expected: [["SENTRA_TOO_SMALL", "C10"]],
  },
  {
    code: "SENTRA_TOO_SMALL",
    name: "five IKM units",
    proposal: part([okLine(1)], { meta: { jumlahUnitIkm: 5 } }),
    expected: [],
  },
  {
    code: "SENTRA_SK_MISSING",
    name: "SK label with no value",
    proposal: part([okLine(1)], { meta: { nomorSkSentra: "" } }),
    expected: [["SENTRA_SK_MISSING", "C11"]],
  },
  {
    code: "SENTRA_SK_MISSING",
    name: "no SK label at all",
    proposal: part([okLine(1)], { meta: { nomorSkSentra: null } }),
    expected: [["SENTRA_SK_MISSING", "C9"]],
  },
  { code: "SENTRA_SK_MISSING", name: "SK stated", proposal: part([okLine(1)]), expected: [] },
  {
    code: "SENTRA_UNREGISTERED",
    name: "KRISNA's XXXX code in a line's lokasi",
    proposal: part([okLine(1, { lokasi: "XXXX - Sentra Rotan Tegalwangi" }), okLine(2)]),
    expected: [["SENTRA_UNREGISTERED", "J14"]],
  },
  {
    code: "SENTRA_UNREGISTERED",
    name: "a registered sentra code",
    proposal: part([okLine(1, { lokasi: "3209.05 - Sentra Rotan Tegalwangi" }), okLine(2)]),
    expected: [],
  },
];

CASES.push(...PACKAGE_CASES);
