/**
 * A template SheetSpec as the Grid an adapter reads back, without Excel: text and numbers as
 * written, formulas as empty (as in the in-memory host, which does not calculate) unless `fills`
 * gives the value (what Excel would show, or what an official typed). Merged cells keep their
 * value in the top-left cell only, as in Excel.
 */
import { parseA1 } from "../../src/core/grid/a1";
import type { CellValue, Grid } from "../../src/core/grid/types";
import type { SheetSpec } from "../../src/core/templates";

export type Fills = Readonly<Record<string, CellValue>>;

export function specGrid(spec: SheetSpec, fills: Fills = {}, name = spec.sheetName): Grid {
  const cells = new Map<string, CellValue>();
  for (const c of spec.cells) cells.set(c.ref, c.text ?? c.number ?? null);
  for (const [ref, v] of Object.entries(fills)) cells.set(ref, v);
  const values: CellValue[][] = [];
  let width = 0;
  for (const [ref, v] of cells) {
    const at = parseA1(ref);
    if (!at || v === null) continue;
    const row = (values[at.row] ??= []);
    row[at.col] = v;
    width = Math.max(width, at.col + 1);
  }
  for (let r = 0; r < values.length; r++) {
    const row = (values[r] ??= []);
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
  }
  return { sheet: name, origin: { row: 0, col: 0 }, values };
}

/** The 1-based row of the first cell of the spec holding `text` (exactly), for locating tables. */
export function rowOf(spec: SheetSpec, text: string): number {
  const cell = spec.cells.find((c) => c.text === text);
  if (!cell) throw new Error(`${spec.id}: no cell "${text}"`);
  return parseA1(cell.ref)!.row + 1;
}
