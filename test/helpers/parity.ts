/**
 * What the parity tests of the streaming reader share: a comparison of Grids that says where they
 * differ, and random workbooks written with exceljs (fast-check arbitraries). See
 * test/xlsx-parity.test.ts for the differences left out on purpose.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/core/grid/types";
import { trimmedGrid } from "./exceljs-grid-reader";

/** Half a millisecond, in days: exceljs's rounding of date-formatted numbers. */
const DATE_ROUNDING = 0.5 / 86_400_000;

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= DATE_ROUNDING * 2;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fails with the first differing cell, so a failure says where. */
export function expectSameGrids(actual: readonly Grid[], expected: readonly Grid[]): void {
  const a = actual.map(trimmedGrid);
  const e = expected.map(trimmedGrid);
  expect(a.map((g) => g.sheet)).toEqual(e.map((g) => g.sheet));
  a.forEach((g, i) => {
    expect(g.hiddenRows).toEqual(e[i].hiddenRows);
    expect(g.hiddenColumns).toEqual(e[i].hiddenColumns);
    expect(g.origin).toEqual(e[i].origin);
    const rows = Math.max(g.values.length, e[i].values.length);
    for (let r = 0; r < rows; r++) {
      const ra = g.values[r] ?? [];
      const re = e[i].values[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, re.length); c++) {
        const va = ra[c] ?? null;
        const ve = re[c] ?? null;
        if (!sameValue(va, ve))
          expect({ sheet: g.sheet, row: r, col: c, value: va }).toEqual({ sheet: g.sheet, row: r, col: c, value: ve });
      }
    }
  });
}

type CellSpec =
  | { kind: "string"; v: string }
  | { kind: "number"; v: number }
  | { kind: "boolean"; v: boolean }
  | { kind: "error"; v: string }
  | { kind: "date"; v: number }
  | { kind: "rich"; v: string[] }
  | { kind: "link"; v: string }
  | { kind: "formula"; v: number | string | boolean | { error: string } | undefined };

const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"];
const text = fc.string({
  unit: fc.constantFrom("a", "Z", " ", "&", "<", ">", '"', "'", "\n", "é", "😀", "_x000D_", "1", "."),
  maxLength: 12,
});
const cellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  text.map((v) => ({ kind: "string" as const, v })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((v) => ({ kind: "number" as const, v: Object.is(v, -0) ? 0 : v })),
  fc.integer({ min: -1e9, max: 1e12 }).map((v) => ({ kind: "number" as const, v })),
  fc.boolean().map((v) => ({ kind: "boolean" as const, v })),
  fc.constantFrom(...ERRORS).map((v) => ({ kind: "error" as const, v })),
  fc.integer({ min: 1, max: 2_958_465 * 1000 }).map((v) => ({ kind: "date" as const, v: v / 1000 })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((v) => ({ kind: "rich" as const, v })),
  text.map((v) => ({ kind: "link" as const, v })),
  fc
    .oneof(
      fc.integer().filter((n) => n !== 0),
      text.filter((s) => !s.includes("&")),
      fc.constant(true),
      fc.constantFrom(...ERRORS).map((error) => ({ error })),
      fc.constant(undefined),
    )
    .map((v) => ({ kind: "formula" as const, v })),
);

export interface SheetSpecR {
  cells: [number, number, CellSpec][];
  /** Merges in their own 3-row bands (never overlapping): [band, left, width, height]. */
  merges: [number, number, number, number][];
  hiddenRows: number[];
  hiddenCols: number[];
  state: "visible" | "hidden";
}

const sheetArb: fc.Arbitrary<SheetSpecR> = fc.record({
  cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), cellArb), {
    maxLength: 40,
  }),
  merges: fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
    ),
    {
      maxLength: 4,
      selector: (m) => m[0],
    },
  ),
  hiddenRows: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
  hiddenCols: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
  state: fc.constantFrom("visible" as const, "visible" as const, "hidden" as const),
});

export const workbookArb = fc.record({
  sheets: fc.array(sheetArb, { minLength: 1, maxLength: 3 }),
  date1904: fc.boolean(),
});

export function buildWorkbook(spec: { sheets: SheetSpecR[]; date1904: boolean }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  (wb.properties as { date1904?: boolean }).date1904 = spec.date1904;
  spec.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(`Lembar ${i + 1}`);
    if (i > 0) ws.state = s.state;
    for (const [row, col, cell] of s.cells) ws.getCell(row, col).value = cellValue(cell, spec.date1904);
    for (const [band, left, width, height] of s.merges) {
      const top = 31 + band * 3;
      if (width > 1 || height > 1) ws.mergeCells(top, left, top + height - 1, left + width - 1);
      ws.getCell(top, left).value = `gabung ${band}`;
    }
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
    for (const c of s.hiddenCols) ws.getColumn(c).hidden = true;
  });
  return wb;
}

function cellValue(cell: CellSpec, date1904: boolean): ExcelJS.CellValue {
  switch (cell.kind) {
    case "date": {
      const serial = cell.v + (date1904 ? 1462 : 0);
      return new Date(Math.round((serial - 25569) * 86_400_000));
    }
    case "error":
      return { error: cell.v } as ExcelJS.CellErrorValue;
    case "rich":
      return { richText: cell.v.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })) };
    case "link":
      return { text: cell.v, hyperlink: "https://example.go.id/" };
    case "formula":
      return { formula: "A1", result: cell.v } as ExcelJS.CellFormulaValue;
    default:
      return cell.v;
  }
}
