/**
 * One Grid seen in sheet coordinates: value(row, col) with 0-based sheet row/column (whatever the
 * grid's origin), hidden rows/columns as sets, and cheap A1 addresses (column letters cached,
 * since a 100,000-line table asks for over a million of them).
 */
import { columnLetters } from "../grid/a1";
import type { CellValue, Grid } from "../grid/types";

export interface SheetView {
  readonly sheet: string;
  /** First and one-past-last sheet rows/columns that the grid covers. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  value(row: number, col: number): CellValue;
  /** The grid's values of a sheet row, indexed from `left` (undefined outside the grid); for hot loops. */
  rowValues(row: number): readonly CellValue[] | undefined;
  isHiddenRow(row: number): boolean;
  isHiddenColumn(col: number): boolean;
  address(row: number, col: number): string;
  /** Column letters of a sheet column ("H"). */
  columnLabel(col: number): string;
}

export function sheetView(grid: Grid): SheetView {
  const { values, origin } = grid;
  let width = 0;
  for (const r of values) if (r.length > width) width = r.length;
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const hiddenColumns = new Set(grid.hiddenColumns ?? []);
  const letters: string[] = [];
  for (let c = 0; c < width; c++) letters.push(columnLetters(origin.col + c));
  return {
    sheet: grid.sheet,
    top: origin.row,
    bottom: origin.row + values.length,
    left: origin.col,
    right: origin.col + width,
    value(row, col) {
      const r = values[row - origin.row];
      if (r === undefined) return null;
      const v = r[col - origin.col];
      return v === undefined ? null : v;
    },
    rowValues: (row) => values[row - origin.row],
    isHiddenRow: (row) => hiddenRows.has(row),
    isHiddenColumn: (col) => hiddenColumns.has(col),
    address(row, col) {
      const l = letters[col - origin.col];
      return `${l ?? columnLetters(col)}${row + 1}`;
    },
    columnLabel: (col) => letters[col - origin.col] ?? columnLetters(col),
  };
}
