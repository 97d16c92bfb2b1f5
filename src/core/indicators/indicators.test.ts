import { cellError } from "../grid/types";
import { capacityGrowth } from "./capacity";
import { findIndicator, SENTRA_INDICATORS } from "./definitions";
import { defaultRuleset } from "../rules";
import { sentraEligibility } from "./eligibility";
import { formalityScore, readChecklistAnswer } from "./formality";
import { readMarketLevel } from "./market";
import {
  classifyBpsWorkers,
  classifyPermenperin64,
  classifyPp7Capital,
  classifyPp7Sales,
  findRegime,
} from "./size-class";
import { readIndicatorTable } from "./table";

const SENTRA_MIN_UNITS = defaultRuleset().thresholds.sentraMinUnits;

describe("indicator definitions (data)", () => {
  it("holds the six indicators of DOMAIN §4, each with unit, kind and basis", () => {
    expect(SENTRA_INDICATORS.map((d) => d.id)).toEqual([
      "unit_ikm",
      "produk",
      "kelembagaan",
      "pasar",
      "tenaga_kerja",
      "kapasitas",
    ]);
    for (const d of SENTRA_INDICATORS)
      expect([d.name, d.unit, d.basis, d.inputs].every((s) => s.length > 0)).toBe(true);
  });
  it("no alias names two indicators", () => {
    const all = SENTRA_INDICATORS.flatMap((d) => d.aliases);
    expect(new Set(all).size).toBe(all.length);
  });
  it("matches labels tolerantly", () => {
    expect(findIndicator("  Jumlah Unit-IKM ")?.id).toBe("unit_ikm");
    expect(findIndicator("TENAGA KERJA")?.id).toBe("tenaga_kerja");
    expect(findIndicator("omzet")).toBeUndefined();
  });
});

describe("market level", () => {
  it.each([
    ["Desa", 1],
    ["kecamatan", 1],
    ["Kab/Kota", 2],
    ["kabupaten", 2],
    ["Provinsi", 3],
    ["antar provinsi", 4],
    ["NASIONAL", 4],
    ["ekspor", 5],
    ["Internasional", 5],
    ["kab/kota dan ekspor ke Malaysia", 5],
    ["3", 3],
    [2, 2],
  ])("%p -> %d", (input, level) => {
    expect(readMarketLevel(input)).toMatchObject({ ok: true, level });
  });
  it.each([
    [0, "OUT_OF_RANGE"],
    [6, "OUT_OF_RANGE"],
    [2.5, "OUT_OF_RANGE"],
    ["7", "OUT_OF_RANGE"],
    ["luas sekali", "UNKNOWN_WORDS"],
    [" ", "EMPTY"],
  ])("%p fails with %s", (input, reason) => {
    expect(readMarketLevel(input)).toEqual({ ok: false, reason });
  });
});

describe("formality checklist", () => {
  it("scores the share met, counting blanks as not met", () => {
    expect(formalityScore([true, "ya", null, "tidak", 1, "✓"])).toEqual({
      ok: true,
      score: 4 / 6,
      met: 4,
      items: 6,
      blank: 1,
    });
  });
  it("refuses an unreadable answer and an empty list", () => {
    expect(formalityScore([true, "x"])).toEqual({ ok: false, reason: "UNREADABLE", index: 1 });
    expect(formalityScore([2])).toEqual({ ok: false, reason: "UNREADABLE", index: 0 });
    expect(formalityScore([null, " "])).toEqual({ ok: false, reason: "EMPTY" });
  });
  it("reads yes/no words", () => {
    expect(["Sudah", "ADA", "v"].map(readChecklistAnswer)).toEqual([true, true, true]);
    expect(["belum", "Tidak Ada", "-"].map(readChecklistAnswer)).toEqual([false, false, false]);
  });
});

describe("production capacity", () => {
  it("grows in the same unit, refuses a unit change", () => {
    expect(capacityGrowth({ value: 2, unit: "ton/bulan" }, { value: 3, unit: "Ton / Bulan" })).toMatchObject({
      ok: true,
      growth: 0.5,
    });
    expect(capacityGrowth({ value: 2, unit: "ton/bulan" }, { value: 3000, unit: "kg/bulan" })).toEqual({
      ok: false,
      reason: "UNIT_CHANGED",
    });
  });
});

describe("size classes, each naming its regime", () => {
  it.each([
    [1, 0, "Kecil"],
    [19, 999_999_999, "Kecil"],
    [19, 1_000_000_000, "Menengah"],
    [20, 0, "Menengah"],
    [250, 15_000_000_000, "Menengah"],
    [20, 15_000_000_001, "Besar"],
  ])("Permenperin 64/2016: %d workers, Rp%d -> %s", (workers, investment, sizeClass) => {
    expect(classifyPermenperin64(workers, investment)).toEqual({
      ok: true,
      sizeClass,
      regime: "PERMENPERIN_64_2016",
      regimeLabel: "Permenperin 64/M-IND/PER/7/2016",
    });
  });
  it("PP 7/2021 and BPS bands", () => {
    expect(classifyPp7Capital(1_000_000_000)).toMatchObject({ sizeClass: "Mikro", regime: "PP_7_2021_MODAL" });
    expect(classifyPp7Capital(1_000_000_001)).toMatchObject({ sizeClass: "Kecil" });
    expect(classifyPp7Capital(10_000_000_001)).toMatchObject({ sizeClass: "Besar" });
    expect(classifyPp7Sales(15_000_000_000)).toMatchObject({ sizeClass: "Kecil", regime: "PP_7_2021_PENJUALAN" });
    expect(classifyBpsWorkers(5)).toMatchObject({ sizeClass: "Kecil", regime: "BPS_TENAGA_KERJA" });
    expect(classifyBpsWorkers(99)).toMatchObject({ sizeClass: "Sedang" });
    expect(classifyBpsWorkers(0)).toEqual({ ok: false, reason: "BELOW_MIN", input: "tenaga_kerja" });
    expect(classifyPermenperin64(3.5, 0)).toEqual({ ok: false, reason: "NOT_WHOLE", input: "tenaga_kerja" });
    expect(classifyPp7Capital(-1)).toEqual({ ok: false, reason: "NEGATIVE", input: "investasi" });
  });
  it("finds a regime from what users write", () => {
    expect(findRegime("PP 7/2021")).toBe("PP_7_2021_MODAL");
    expect(findRegime("Permenperin 64/M-IND/PER/7/2016")).toBe("PERMENPERIN_64_2016");
    expect(findRegime("bps_tenaga_kerja")).toBe("BPS_TENAGA_KERJA");
    expect(findRegime("UU 20/2008")).toBeUndefined();
  });
});

describe("sentra eligibility", () => {
  it("lists every failing condition", () => {
    expect(sentraEligibility({ units: 4, skNumber: " ", hasPengelola: false }, SENTRA_MIN_UNITS)).toEqual({
      ok: true,
      eligible: false,
      reasons: [
        { code: "SENTRA_TOO_SMALL", units: 4, min: 5 },
        { code: "SENTRA_SK_MISSING" },
        { code: "SENTRA_PENGELOLA_MISSING" },
      ],
    });
    expect(sentraEligibility({ units: 5, skNumber: "SK 1", hasPengelola: true }, SENTRA_MIN_UNITS)).toEqual({
      ok: true,
      eligible: true,
      reasons: [],
    });
    expect(sentraEligibility({ units: -2, skNumber: "", hasPengelola: true }, SENTRA_MIN_UNITS)).toEqual({
      ok: false,
      reason: "NEGATIVE_UNITS",
    });
  });
});

describe("indicator table", () => {
  it("reads rows in any order after a header, fills absent indicators as MISSING", () => {
    const r = readIndicatorTable([
      ["Indikator", "Sebelum", "Sesudah"],
      ["Tenaga kerja", 40, 70],
      ["unit ikm", "20", 25],
    ]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.rows.map((x) => x.indicator.id)).toEqual(SENTRA_INDICATORS.map((d) => d.id));
    expect(r.rows[0]).toMatchObject({ before: 20, after: 25, change: 5, growth: 0.25 });
    expect(r.rows[4]).toMatchObject({ before: 40, after: 70, change: 30, growth: 0.75 });
    expect(r.rows[1].growth).toEqual({ problem: "MISSING" });
  });
  it("keeps a cell error in its row", () => {
    const err = cellError("#REF!");
    const r = readIndicatorTable([["Produk", err, 3]]);
    expect(r.ok && r.rows[1].growth).toEqual({ problem: "CELL_ERROR", error: err });
  });
  it("refuses an unknown label and too few columns", () => {
    expect(readIndicatorTable([["Omzet", 1, 2]])).toEqual({
      ok: false,
      reason: "UNKNOWN_INDICATOR",
      row: 0,
      label: "Omzet",
    });
    expect(readIndicatorTable([["Produk", 1]])).toEqual({ ok: false, reason: "TOO_FEW_COLUMNS" });
  });
  it("checks shares and market levels", () => {
    const r = readIndicatorTable([
      ["Kelembagaan", 0.5, 1.5],
      ["Pasar", "provinsi", "bulan"],
    ]);
    expect(r.ok && r.rows[2].growth).toEqual({ problem: "OUT_OF_RANGE" });
    expect(r.ok && r.rows[3].growth).toEqual({ problem: "NOT_A_NUMBER" });
  });
});
