/** A sheet of many before/after rows with one growth formula per row (test and benchmark). */
import type { RawCellContent } from "hyperformula";

export type GrowthFormula = "dak" | "builtin";

/** Row i (0-based) holds before = 1 + i mod 97 and after = before + (i mod 13) − 4 (sometimes a fall). */
export function growthRows(rows: number): [number, number][] {
  return Array.from({ length: rows }, (_, i) => {
    const before = 1 + (i % 97);
    return [before, Math.max(0, before + (i % 13) - 4)];
  });
}

export function growthSheet(rows: number, formula: GrowthFormula): RawCellContent[][] {
  return growthRows(rows).map(([before, after], i) => {
    const r = i + 1;
    return [before, after, formula === "dak" ? `=DAK.PERTUMBUHAN(A${r},B${r})` : `=(B${r}-A${r})/A${r}`];
  });
}
