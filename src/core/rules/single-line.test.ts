import { getRuleset } from "./bundled";
import type { FindingCode } from "./findings";
import type { RincianSpec, Ruleset } from "./ruleset";
import { checkSingleLine, type LineFields } from "./single-line";

const rs = getRuleset(2020)!;
const M1 = "Pembangunan dan Revitalisasi Sentra IKM";
const MP = "Kegiatan Penunjang";

/** A line that breaks no rule: 2 unit of machinery at Rp10.000.000. */
const ok: LineFields = {
  menu: M1,
  rincian: "Mesin dan Peralatan",
  uraian: "Mesin produksi",
  volume: 2,
  satuan: "unit",
  hargaSatuan: 10_000_000,
  jumlah: 20_000_000,
  metode: "Kontraktual",
};
const building: LineFields = {
  menu: M1,
  rincian: "Rumah Produksi Bersama",
  uraian: "Pembangunan rumah produksi bersama",
  volume: 400,
  satuan: "m2",
  hargaSatuan: 5_000_000,
  metode: "Kontraktual",
};
const penunjang = (rincian: string, uraian: string, metode: string, extra: LineFields = {}): LineFields => ({
  menu: MP,
  rincian,
  uraian,
  volume: 6,
  satuan: "OB",
  hargaSatuan: 1_500_000,
  metode,
  ...extra,
});
const withRincian =
  (id: string, patch: Partial<RincianSpec>) =>
  (r: Ruleset): Ruleset => ({
    ...r,
    menus: r.menus.map((m) => ({ ...m, rincian: m.rincian.map((x) => (x.id === id ? { ...x, ...patch } : x)) })),
  });

const codes = (fields: LineFields, ruleset: Ruleset = rs): FindingCode[] =>
  checkSingleLine(fields, ruleset).map((f) => f.code);

describe("checkSingleLine", () => {
  it("a clean line has no findings", () => {
    expect(checkSingleLine(ok, rs)).toEqual([]);
    expect(checkSingleLine({ ...ok, jumlah: undefined }, rs)).toEqual([]);
    expect(checkSingleLine(building, rs)).toEqual([]);
  });

  /** [code, line, ruleset change]: each line-level code a single line can produce. */
  const cases: Array<[FindingCode, LineFields, ((r: Ruleset) => Ruleset) | null]> = [
    ["LINE_REQUIRED", { ...ok, uraian: "" }, null],
    ["NON_POSITIVE", { ...ok, volume: 0, jumlah: undefined }, null],
    ["AMOUNT_MISMATCH", { ...ok, volume: 2, hargaSatuan: 38_250_000, jumlah: 114_750_000 }, null],
    ["MENU_UNKNOWN", { ...ok, menu: "Pembangunan Gedung Sentra" }, null],
    ["RINCIAN_UNKNOWN", { ...ok, rincian: "Mesin Jahit" }, null],
    ["SATUAN_INVALID", { ...ok, satuan: "kodi" }, null],
    [
      "UNIT_COST_OUT_OF_RANGE",
      { ...ok, hargaSatuan: 60_000_000, jumlah: undefined },
      withRincian("mesin-peralatan", { unitCost: { max: 50_000_000, satuan: "unit" } }),
    ],
    [
      "VOLUME_OUT_OF_RANGE",
      { ...ok, volume: 12, jumlah: undefined },
      withRincian("mesin-peralatan", { volume: { min: 1, max: 10 } }),
    ],
    ["ITEM_INELIGIBLE", { ...building, uraian: "Pembebasan lahan untuk perluasan sentra" }, null],
    ["HONOR_OUTSIDE_LIST", { ...building, uraian: "Honorarium tim teknis pembangunan" }, null],
    ["HONOR_NOT_ALLOWED", { ...building, uraian: "Honor pejabat pengadaan" }, null],
    ["PENUNJANG_USE_INVALID", penunjang("Tim Teknis Kegiatan", "Tim teknis kabupaten", "Swakelola"), null],
    ["METHOD_INVALID", { ...ok, metode: "Lelang" }, null],
  ];
  it.each(cases)("%s", (code, fields, ruleset) => {
    expect(codes(fields, ruleset ? ruleset(rs) : rs)).toEqual([code]);
  });

  it("every finding of the line, most important first, with no sheet or cell to point at", () => {
    const findings = checkSingleLine(
      {
        ...building,
        rincian: "Jalan dan Paving Lingkungan",
        volume: 1,
        satuan: "ls",
        hargaSatuan: 98_000_000,
        jumlah: 1,
      },
      rs,
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ["AMOUNT_MISMATCH", "error"],
      ["SATUAN_INVALID", "warning"],
    ]);
    expect(findings.every((f) => f.sheet === "" && f.cell === "")).toBe(true);
  });

  it("every required empty field is reported", () => {
    expect(codes({ menu: M1, rincian: "Gudang", uraian: "Gudang bahan", volume: 1 })).toEqual([
      "LINE_REQUIRED",
      "LINE_REQUIRED",
    ]);
  });
});
