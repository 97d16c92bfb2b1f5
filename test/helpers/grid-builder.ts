/**
 * Writing test grids compactly: blocks of rows placed at A1 addresses on a sparse sheet, built
 * into a Grid whose origin is the top-left used cell (what Range.getUsedRange gives) or A1.
 *
 *   sheet("RK").at("B3", [["Provinsi", ":", "Jawa Barat"]]).at("A13", header).hideColumns("Q").build()
 */
import { parseA1 } from "../../src/core/grid/a1";
import { cellError, type CellValue, type Grid } from "../../src/core/grid/types";

export type Row = readonly CellValue[];

/** Shorthand for an Excel error value: err("#N/A"). */
export const err = cellError;

export class SheetBuilder {
  private readonly cells = new Map<string, { row: number; col: number; value: CellValue }>();
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumns: number[] = [];

  constructor(readonly name: string) {}

  /** Places rows with their first cell at `a1`; undefined/null entries leave cells empty. */
  at(a1: string, rows: readonly Row[]): this {
    const start = coord(a1);
    rows.forEach((r, i) => r.forEach((v, j) => this.set(start.row + i, start.col + j, v)));
    return this;
  }

  cell(a1: string, value: CellValue): this {
    const c = coord(a1);
    this.set(c.row, c.col, value);
    return this;
  }

  /** 1-based sheet row numbers, as the user sees them. */
  hideRows(...rows: number[]): this {
    this.hiddenRows.push(...rows.map((r) => r - 1));
    return this;
  }

  /** Column letters. */
  hideColumns(...letters: string[]): this {
    this.hiddenColumns.push(...letters.map((l) => coord(`${l}1`).col));
    return this;
  }

  build(origin: "used" | "A1" = "used"): Grid {
    const all = [...this.cells.values()].filter((c) => c.value !== null);
    const top = origin === "A1" || all.length === 0 ? 0 : Math.min(...all.map((c) => c.row));
    const left = origin === "A1" || all.length === 0 ? 0 : Math.min(...all.map((c) => c.col));
    const values: CellValue[][] = [];
    for (const c of all) {
      const r = (values[c.row - top] ??= []);
      r[c.col - left] = c.value;
    }
    for (let i = 0; i < values.length; i++) {
      const r = (values[i] ??= []);
      for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = null;
    }
    return {
      sheet: this.name,
      origin: { row: top, col: left },
      values,
      ...(this.hiddenRows.length ? { hiddenRows: [...this.hiddenRows] } : {}),
      ...(this.hiddenColumns.length ? { hiddenColumns: [...this.hiddenColumns] } : {}),
    };
  }

  private set(row: number, col: number, value: CellValue | undefined): void {
    if (value === undefined) return;
    this.cells.set(`${row},${col}`, { row, col, value });
  }
}

export function sheet(name: string): SheetBuilder {
  return new SheetBuilder(name);
}

/** A grid from rows starting at A1 (or at `topLeft`). */
export function gridOf(name: string, rows: readonly Row[], topLeft = "A1"): Grid {
  return sheet(name)
    .at(topLeft, rows)
    .build(topLeft === "A1" ? "A1" : "used");
}

function coord(a1: string): { row: number; col: number } {
  const c = parseA1(a1);
  if (!c) throw new Error(`grid-builder: bad address ${a1}`);
  return c;
}
