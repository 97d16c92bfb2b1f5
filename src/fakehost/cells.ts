/**
 * How the fake reads and writes cells the way Range.values/formulas/numberFormat do: error values
 * come back as "#N/A" with valueType "Error", empty cells as "", a string starting with "=" is a
 * formula unless the cell is formatted as text ("@"), a leading apostrophe forces text.
 */
import { CELL_READ_LIMIT } from "./client";
import { FakeOfficeError, invalidArgument } from "./errors";
import { getCell, isCellModel, isErrorValue, updateCells, type Bounds, type CellModel, type SheetModel } from "./model";
import type { StyleSink, StyleValue } from "./style";

export interface RangeTarget extends Bounds {
  readonly sheet: SheetModel;
}

export type OfficeValue = string | number | boolean;

export function cellCount(t: Bounds): number {
  return (t.r1 - t.r0 + 1) * (t.c1 - t.c0 + 1);
}

/** Reads one property of every cell, refusing ranges over the 5,000,000-cell limit. */
export function readMatrix<T>(t: RangeTarget, read: (cell: CellModel | undefined) => T): T[][] {
  if (cellCount(t) > CELL_READ_LIMIT) {
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      `The range has ${cellCount(t)} cells, over the ${CELL_READ_LIMIT} limit.`,
    );
  }
  const out: T[][] = [];
  for (let r = t.r0; r <= t.r1; r++) {
    const row = t.sheet.rows[r];
    const line: T[] = new Array(t.c1 - t.c0 + 1);
    for (let c = t.c0; c <= t.c1; c++) {
      const slot = row?.[c];
      line[c - t.c0] = read(slot === undefined ? undefined : isCellModel(slot) ? slot : { v: slot });
    }
    out.push(line);
  }
  return out;
}

export function officeValue(cell: CellModel | undefined): OfficeValue {
  const v = cell?.v;
  if (v === undefined) return "";
  return isErrorValue(v) ? v.e : v;
}

export function valueType(cell: CellModel | undefined): string {
  const v = cell?.v;
  if (v === undefined) return "Empty";
  if (isErrorValue(v)) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export function cellText(cell: CellModel | undefined): string {
  const v = officeValue(cell);
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

export function cellFormula(cell: CellModel | undefined): OfficeValue {
  return cell?.f ?? officeValue(cell);
}

export function cellNumberFormat(cell: CellModel | undefined): string {
  return cell?.nf ?? "General";
}

/** A 2-D input of the range's shape, or a single value for every cell (as Office.js allows). */
export function forEachInput<T>(
  t: RangeTarget,
  input: T | T[][],
  what: string,
  fn: (cell: CellModel, v: T) => CellModel,
): void {
  const rows = t.r1 - t.r0 + 1;
  const cols = t.c1 - t.c0 + 1;
  if (input === null || input === undefined) throw invalidArgument(`${what}: null is valid only inside a 2-D array`);
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw invalidArgument(`${what}: expected ${rows}x${cols} values`);
    }
  }
  updateCells(t.sheet, t.r0, t.c0, t.r1, t.c1, (cell, r, c) => {
    const v = Array.isArray(input) ? (input as T[][])[r - t.r0][c - t.c0] : input;
    return fn(cell, v);
  });
}

/**
 * Writes one entry of Range.values or Range.formulas the way Excel takes typed input: null leaves
 * the cell unchanged, "" clears it, a leading apostrophe makes the rest text (the apostrophe is
 * not stored), "=…" is a formula, numeric text becomes a number; in a cell formatted as text
 * ("@") everything stays text. Range.values writes "=…" as a formula too, as Office.js does.
 */
export function writeValue(cell: CellModel, v: unknown): CellModel {
  if (v === null || v === undefined) return cell;
  delete cell.f;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.v = v;
  } else if (typeof v === "string") {
    if (cell.nf === "@") cell.v = v;
    else if (v.startsWith("'")) cell.v = v.slice(1);
    else if (v.startsWith("=") && v.length > 1) {
      cell.f = v;
      delete cell.v; // the fake does not calculate
    } else if (/^-?\d+(\.\d+)?$/.test(v)) cell.v = Number(v);
    else cell.v = v;
  } else {
    throw invalidArgument(`cell value ${JSON.stringify(v)}`);
  }
  return cell;
}

const STYLE_DEFAULTS: Record<string, StyleValue> = {
  "fill.color": "#FFFFFF",
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.size": 11,
  "font.name": "Calibri",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  columnWidth: 64,
};

/** Limits a style write on a huge range (whole columns) to the rows and columns in use. */
function clip(t: RangeTarget): RangeTarget {
  if (cellCount(t) <= 1_000_000) return t;
  const lastRow = Math.max(t.r0, Math.min(t.r1, t.sheet.rows.length - 1));
  const widest = t.sheet.rows.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
  const lastCol = Math.max(t.c0, Math.min(t.c1, widest - 1));
  return { ...t, r1: lastRow, c1: lastCol };
}

/** The StyleSink of a range: style keys on its cells; column widths on the sheet. */
export function rangeStyleSink(t: RangeTarget): StyleSink {
  return {
    get(path) {
      if (path === "columnWidth") return t.sheet.columnWidths.get(t.c0) ?? STYLE_DEFAULTS.columnWidth;
      const c = clip(t);
      let first: StyleValue | undefined;
      for (let r = c.r0; r <= c.r1; r++) {
        for (let col = c.c0; col <= c.c1; col++) {
          const v = getCell(t.sheet, r, col)?.style?.[path] ?? STYLE_DEFAULTS[path] ?? null;
          if (v === null) return null;
          if (first === undefined) first = v;
          else if (first !== v) return null;
        }
      }
      return first ?? null;
    },
    set(path, value) {
      if (path === "columnWidth") {
        for (let i = t.c0; i <= t.c1; i++) {
          if (value === undefined) t.sheet.columnWidths.delete(i);
          else t.sheet.columnWidths.set(i, value as number);
        }
        return;
      }
      const c = clip(t);
      updateCells(t.sheet, c.r0, c.c0, c.r1, c.c1, (cell) => {
        const style = { ...(cell.style ?? {}) };
        if (value === undefined) delete style[path];
        else style[path] = value;
        cell.style = style;
        return cell;
      });
    },
  };
}
