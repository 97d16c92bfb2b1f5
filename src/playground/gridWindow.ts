/**
 * What part of a sheet the grid view shows: a window of rows around the selection (a 20,000-line
 * sheet is not rendered whole), the used columns, each cell's text and fill (own fill, or the fill
 * of a conditional format covering it — the add-in's marks are conditional formats).
 */
import { columnLetters, parseRangeA1 } from "../core/grid/a1";
import { getCell, type SheetModel } from "../fakehost";

export const WINDOW_ROWS = 60;
export const MAX_COLUMNS = 26;

export interface CellView {
  readonly text: string;
  readonly fill?: string;
  /** The cell's own font colour and weight ("#FFFFFF" on a blue header). */
  readonly color?: string;
  readonly bold?: boolean;
  /** True when the fill comes from a conditional format (the add-in's marks), not the cell's own. */
  readonly conditional: boolean;
  readonly numeric: boolean;
}

export interface GridWindow {
  readonly firstRow: number;
  readonly rows: readonly { readonly row: number; readonly cells: readonly CellView[] }[];
  readonly columns: readonly string[];
  readonly totalRows: number;
  /** 0-based bounds of the selection (inclusive). */
  readonly selection?: { r1: number; c1: number; r2: number; c2: number };
}

export function gridWindow(sheet: SheetModel): GridWindow {
  const selection = rangeBounds(sheet.selection);
  const totalRows = sheet.rows.length;
  const width = Math.min(
    MAX_COLUMNS,
    sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0),
  );
  const anchor = selection?.r1 ?? 0;
  const firstRow = Math.max(0, Math.min(anchor - 10, Math.max(0, totalRows - WINDOW_ROWS)));
  const fills = conditionalFills(sheet);
  const rows = [];
  for (let row = firstRow; row < Math.min(totalRows, firstRow + WINDOW_ROWS); row++) {
    const cells: CellView[] = [];
    for (let col = 0; col < width; col++) {
      const cell = getCell(sheet, row, col);
      const value = cell?.v;
      const text =
        value === undefined
          ? ""
          : typeof value === "object"
            ? value.e
            : typeof value === "number"
              ? displayNumber(value, cell?.nf)
              : String(value);
      const own = cell?.style?.["fill.color"];
      const conditionalFill = fills.find((f) => f.contains(row, col))?.color;
      const fill = conditionalFill ?? (typeof own === "string" ? own : undefined);
      const color = cell?.style?.["font.color"];
      cells.push({
        text,
        fill,
        color: conditionalFill === undefined && typeof color === "string" ? color : undefined,
        bold: cell?.style?.["font.bold"] === true,
        conditional: conditionalFill !== undefined,
        numeric: typeof value === "number",
      });
    }
    rows.push({ row, cells });
  }
  return {
    firstRow,
    rows,
    columns: Array.from({ length: width }, (_, c) => columnLetters(c)),
    totalRows,
    selection,
  };
}

/** Thousands grouped only where the cell's number format groups them (a year stays 2020). */
function displayNumber(value: number, numberFormat: string | undefined): string {
  const grouped = numberFormat?.includes("#,##");
  return value.toLocaleString("id-ID", { useGrouping: grouped === true, maximumFractionDigits: 10 });
}

function rangeBounds(address: string): GridWindow["selection"] {
  const range = parseRangeA1(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  if (!range) return undefined;
  return { r1: range.start.row, c1: range.start.col, r2: range.end.row, c2: range.end.col };
}

function conditionalFills(sheet: SheetModel): { color: string; contains(row: number, col: number): boolean }[] {
  const fills = [];
  for (const cf of sheet.conditionalFormats) {
    const color = cf.format["fill.color"];
    if (typeof color !== "string") continue;
    const bounds = cf.ranges.map(rangeBounds).filter((b) => b !== undefined);
    fills.push({
      color,
      contains: (row: number, col: number) =>
        bounds.some((b) => row >= b.r1 && row <= b.r2 && col >= b.c1 && col <= b.c2),
    });
  }
  return fills;
}
