/** Small constructors that keep the template specs readable as data. */
import { columnLetters, parseA1 } from "../grid/a1";
import type { CellSpec, StyleName } from "./types";

/** The cells and merges of a sheet being built: each step of a builder adds its own, top to bottom. */
export interface SheetDraft {
  readonly cells: CellSpec[];
  readonly merges: string[];
}

export function text(ref: string, value: string, style?: StyleName): CellSpec {
  return { ref, text: value, style };
}

export function num(ref: string, value: number, numberFormat?: string, style?: StyleName): CellSpec {
  return { ref, number: value, numberFormat, style };
}

/** Our own formula (en-US, no leading "="). Never build one from user text. */
export function formula(ref: string, expr: string, numberFormat?: string, style?: StyleName): CellSpec {
  return { ref, formula: expr, numberFormat, style };
}

/** An empty cell that only carries a look and a format (an input cell). */
export function blank(ref: string, style: StyleName, numberFormat?: string): CellSpec {
  return { ref, style, numberFormat };
}

/** A header row: one text cell per label, from `firstCol` (letters) on `row` (1-based). */
export function headerRow(
  row: number,
  firstCol: string,
  labels: readonly string[],
  style: StyleName = "header",
): CellSpec[] {
  const start = colIndex(firstCol);
  return labels.map((label, i) => text(`${columnLetters(start + i)}${row}`, label, style));
}

/** A vertical list of text cells starting at `col``row` (1-based); returns the cells and the absolute range. */
export function verticalList(
  col: string,
  row: number,
  items: readonly string[],
  style: StyleName,
): { cells: CellSpec[]; range: string } {
  const cells = items.map((item, i) => text(`${col}${row + i}`, item, style));
  const last = row + Math.max(items.length, 1) - 1;
  return { cells, range: `$${col}$${row}:$${col}$${last}` };
}

/** 0-based column index of column letters ("A" -> 0). */
function colIndex(letters: string): number {
  const c = parseA1(`${letters}1`);
  if (!c) throw new RangeError(`bad column ${letters}`);
  return c.col;
}

/** Column letters `offset` columns right of `letters`. */
export function colAt(letters: string, offset: number): string {
  return columnLetters(colIndex(letters) + offset);
}

/** Later definitions of a cell win (a styled blank refined later), keeping first-seen order. */
export function lastWins(cells: readonly CellSpec[]): CellSpec[] {
  const byRef = new Map<string, CellSpec>();
  for (const c of cells) byRef.set(c.ref, c);
  return [...byRef.values()];
}
