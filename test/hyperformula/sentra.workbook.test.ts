/**
 * The sentra functions computed by a real formula engine: formulas referencing cells and ranges,
 * a spilled DAK.INDIKATOR_SENTRA feeding SUM, empty cells and error values as a spreadsheet
 * passes them, and a 10,000-row sheet of DAK.PERTUMBUHAN. Expected figures are derived from the
 * input data with plain arithmetic here, never typed in. HyperFormula rounds computed numbers to
 * 10 significant digits (its precisionRounding), hence the 9-digit comparisons.
 */
import type { HyperFormula } from "hyperformula";
import { INDICATOR_TABLE_HEADERS, SENTRA_INDICATORS } from "../../src/core/indicators/definitions";
import { buildWorkbook, registerAllCustomFunctions, valueAt, type Registration } from "../helpers/hyperformula";
import { growthRows, growthSheet } from "./growth-sheet";
import {
  CHECKLIST_AKHIR,
  CHECKLIST_AWAL,
  exampleMarkdown,
  SENTRA_ROWS,
  sentraSheets,
  SUMMARY,
} from "./sentra-workbook";

let reg: Registration;
beforeAll(async () => {
  reg = await registerAllCustomFunctions({
    resultSizes: {
      INDIKATOR_SENTRA: () => ({ rows: SENTRA_INDICATORS.length + 1, cols: INDICATOR_TABLE_HEADERS.length }),
    },
  });
}, 60_000);
afterAll(() => {
  expect(reg.uncaught).toEqual([]);
  reg.unregister();
});

const growthOf = (b: number, a: number) => (a - b) / b;
const errorCode = (v: unknown) => (v as { value?: unknown }).value;

describe("five-sentra workbook", () => {
  let hf: HyperFormula;
  beforeAll(() => {
    hf = buildWorkbook(sentraSheets());
  });
  afterAll(() => hf.destroy());

  it("computes each sentra's growth; an empty 'after' cell gives #VALUE! with a message", () => {
    SENTRA_ROWS.forEach((s, i) => {
      const v = valueAt(hf, "Sentra", `D${i + 2}`);
      if (s.after === null) expect(v).toMatchObject({ value: "#VALUE!", message: expect.stringContaining("akhir") });
      else expect(v).toBeCloseTo(growthOf(s.before, s.after), 9);
    });
  });

  it("aggregate and mean over the ranges skip the incomplete sentra and differ", () => {
    const complete = SENTRA_ROWS.filter((s) => s.after !== null) as { before: number; after: number }[];
    const sumB = complete.reduce((t, s) => t + s.before, 0);
    const sumA = complete.reduce((t, s) => t + s.after, 0);
    const mean = complete.reduce((t, s) => t + growthOf(s.before, s.after), 0) / complete.length;
    const agg = valueAt(hf, "Sentra", `D${SUMMARY.aggregate}`) as number;
    expect(agg).toBeCloseTo(sumA / sumB - 1, 9);
    expect(valueAt(hf, "Sentra", `D${SUMMARY.mean}`)).toBeCloseTo(mean, 9);
    expect(Math.abs(agg - mean)).toBeGreaterThan(0.01);
  });

  it("gives clear errors for mismatched ranges, growth from zero and an error cell", () => {
    expect(valueAt(hf, "Sentra", `D${SUMMARY.mismatch}`)).toMatchObject({
      value: "#VALUE!",
      message: expect.stringMatching(/5 sel.*4 sel/),
    });
    expect(valueAt(hf, "Sentra", `D${SUMMARY.fromZero}`)).toMatchObject({
      value: "#DIV/0!",
      message: expect.stringContaining("nol"),
    });
    expect(errorCode(valueAt(hf, "Sentra", `D${SUMMARY.errorIn}`))).toBe("#N/A");
    expect(errorCode(valueAt(hf, "Sentra", `E${SUMMARY.errorIn}`))).toBe("#N/A");
  });

  it("checks eligibility, market level and size class per sentra", () => {
    expect(valueAt(hf, "Sentra", "G2")).toBe("LAYAK");
    expect(valueAt(hf, "Sentra", "G4")).toBe("LAYAK");
    expect(valueAt(hf, "Sentra", "G5")).toBe("TIDAK LAYAK: unit IKM 4, kurang dari 5; SK sentra belum ada");
    expect(errorCode(valueAt(hf, "Sentra", "G6"))).toBe("#VALUE!");
    expect([2, 3, 4, 5, 6].map((r) => valueAt(hf, "Sentra", `I${r}`))).toEqual([4, 5, 3, 2, 4]);
    expect(valueAt(hf, "Sentra", "L2")).toBe("Kecil (Permenperin 64/M-IND/PER/7/2016)");
    expect(valueAt(hf, "Sentra", "L3")).toBe("Menengah (Permenperin 64/M-IND/PER/7/2016)");
    expect(valueAt(hf, "Sentra", "L6")).toBe("Besar (Permenperin 64/M-IND/PER/7/2016)");
  });

  it("spills the indicator table and feeds SUM from the spill", () => {
    expect(
      [0, 1, 2, 3, 4].map((c) => hf.getCellValue({ sheet: hf.getSheetId("Indikator") as number, row: 0, col: 6 + c })),
    ).toEqual([...INDICATOR_TABLE_HEADERS]);
    const scoreAwal = CHECKLIST_AWAL.filter((x) => x === true || x === "ya").length / CHECKLIST_AWAL.length;
    const scoreAkhir = CHECKLIST_AKHIR.filter((x) => x === true || x === "ya").length / CHECKLIST_AKHIR.length;
    const before = [40, 11, scoreAwal, 3, 120, 3000];
    const after = [52, 20, scoreAkhir, 5, 210, 4500];
    SENTRA_INDICATORS.forEach((d, i) => {
      const r = i + 2;
      expect(valueAt(hf, "Indikator", `G${r}`)).toBe(d.name);
      expect(valueAt(hf, "Indikator", `H${r}`)).toBeCloseTo(before[i], 9);
      expect(valueAt(hf, "Indikator", `I${r}`)).toBeCloseTo(after[i], 9);
      expect(valueAt(hf, "Indikator", `J${r}`)).toBeCloseTo(after[i] - before[i], 9);
      expect(valueAt(hf, "Indikator", `K${r}`)).toBeCloseTo(growthOf(before[i], after[i]), 9);
    });
    const meanGrowth = before.reduce((t, b, i) => t + growthOf(b, after[i]), 0) / before.length;
    expect(valueAt(hf, "Indikator", "N2")).toBeCloseTo(meanGrowth, 9);
    expect(valueAt(hf, "Indikator", "N3")).toBe(52 - 40 + (20 - 11));
  });

  it("keeps an error, an empty cell and a unit change to their own rows of the spill", () => {
    expect(valueAt(hf, "Rusak", "J2")).toBe(12);
    expect(errorCode(valueAt(hf, "Rusak", "K3"))).toBe("#DIV/0!"); // the =1/0 cell itself
    expect(valueAt(hf, "Rusak", "K6")).toMatchObject({
      value: "#N/A",
      message: expect.stringContaining("belum diisi"),
    });
    expect(valueAt(hf, "Rusak", "K7")).toMatchObject({ value: "#VALUE!", message: expect.stringContaining("atuan") });
    expect(errorCode(valueAt(hf, "Rusak", "M2"))).toBe("#DIV/0!"); // SUM over the spill meets the error
    expect(valueAt(hf, "Rusak", "N2")).toBeCloseTo(growthOf(40, 52), 9);
  });

  it("recomputes when an input cell changes", () => {
    const sheet = hf.getSheetId("Sentra") as number;
    hf.setCellContents({ sheet, row: 5, col: 2 }, 33); // Rotan Trangsan's missing figure arrives
    expect(valueAt(hf, "Sentra", "D6")).toBeCloseTo(growthOf(30, 33), 9);
    const all = SENTRA_ROWS.map((s) => [s.before, s.after ?? 33]);
    const agg = all.reduce((t, [, a]) => t + a, 0) / all.reduce((t, [b]) => t + b, 0) - 1;
    expect(valueAt(hf, "Sentra", `D${SUMMARY.aggregate}`)).toBeCloseTo(agg, 9);
    hf.setCellContents({ sheet, row: 5, col: 2 }, null);
  });

  it("renders the README example from computed cells", () => {
    const md = exampleMarkdown(hf);
    expect(md).toContain("`=DAK.PERTUMBUHAN_AGREGAT(B2:B6,C2:C6)`");
    expect(md).toContain("#VALUE!");
    expect(md).toContain("Kapasitas produksi");
    if (process.env.PRINT_README_EXAMPLE) console.log(md);
  });
});

describe("a 10,000-row sheet of DAK.PERTUMBUHAN", () => {
  it("equals the built-in arithmetic on every row", () => {
    const rows = 10_000;
    const hf = buildWorkbook({ Dak: growthSheet(rows, "dak"), Builtin: growthSheet(rows, "builtin") });
    const dak = hf.getSheetValues(hf.getSheetId("Dak") as number);
    const builtin = hf.getSheetValues(hf.getSheetId("Builtin") as number);
    const data = growthRows(rows);
    for (let i = 0; i < rows; i++) {
      expect(dak[i][2]).toBe(builtin[i][2]);
      expect(dak[i][2]).toBeCloseTo(growthOf(data[i][0], data[i][1]), 9); // the engine rounds to 10 digits
    }
    hf.destroy();
  }, 60_000);
});
