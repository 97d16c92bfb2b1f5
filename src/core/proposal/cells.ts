/**
 * Grid values -> typed cells that remember their address. Facts, not judgements: text in a
 * number column is parsed with parseRupiah and kept with its text (the engine reports
 * NUMBER_AS_TEXT or NOT_A_NUMBER); Excel error values are kept (CELL_ERROR).
 */
import { isCellError, type CellValue } from "../grid/types";
import { parseRupiah } from "../money/parse";
import type { NumberCell, TextCell } from "./types";

/** A lone dash is how officials write "nothing here" ("-", "–", "—"): it counts as empty. */
const NOTHING = /^[\s\u00a0]*[-\u2013\u2014]?[\s\u00a0]*$/;

/** True for cells that hold nothing a reader would see (null, blanks, a lone dash). */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Fast path for the usual cell: its first character is already visible text.
  const first = v.charCodeAt(0);
  if (v.length > 1 && first > 45 && first < 127) return false;
  return NOTHING.test(v);
}

/** Trimmed text with no-break spaces made plain; the same string when there is nothing to clean. */
function cleanText(v: string): string {
  const last = v.charCodeAt(v.length - 1);
  const first = v.charCodeAt(0);
  if (first > 32 && first < 127 && last > 32 && last < 127 && !v.includes("\u00a0")) return v;
  return v.replace(/\u00a0/g, " ").trim();
}

/** The cell of a column that the table does not have: kind "empty", no address. */
export const NO_CELL: { readonly kind: "empty"; readonly cell: "" } = Object.freeze({ kind: "empty", cell: "" });

/**
 * How a reading becomes a cell, given where the cell is: `P` is its A1 address for the plain
 * cells below, or a packed place whose address is made only when asked for (placed-cells.ts, the
 * line table's cells). The reading itself (blank, text, number, error) is the same either way.
 */
export interface CellMaker<P> {
  empty(place: P): TextCell & NumberCell;
  text(value: string, place: P): TextCell;
  number(value: number, place: P, fromText?: string): NumberCell;
  invalid(text: string, reason: string, place: P): NumberCell;
  error(code: string, place: P): TextCell & NumberCell;
}

/** Plain cells carrying their A1 address. */
const AT_ADDRESS: CellMaker<string> = {
  empty: (cell) => ({ kind: "empty", cell }),
  text: (value, cell) => ({ kind: "text", value, cell }),
  number: (value, cell, fromText) =>
    fromText === undefined ? { kind: "number", value, cell } : { kind: "number", value, cell, fromText },
  invalid: (text, reason, cell) => ({ kind: "invalid", text, reason, cell }),
  error: (code, cell) => ({ kind: "error", code, cell }),
};

export function textCell(v: CellValue | undefined, cell: string): TextCell {
  return readText(v, AT_ADDRESS, cell);
}

export function numberCell(v: CellValue | undefined, cell: string, factor = 1): NumberCell {
  return readNumber(v, AT_ADDRESS, cell, factor);
}

export function readText<P>(v: CellValue | undefined, make: CellMaker<P>, place: P): TextCell {
  if (isBlank(v)) return make.empty(place);
  if (typeof v === "string") return make.text(cleanText(v), place);
  if (typeof v === "number") return make.text(String(v), place);
  if (typeof v === "boolean") return make.text(v ? "TRUE" : "FALSE", place);
  if (isCellError(v)) return make.error(v.code, place);
  return make.empty(place);
}

/** Multiplies by a label's unit factor; rounded to the sen so "12,39 (Rp juta)" is exact. */
function scale(value: number, factor: number): number {
  return factor === 1 ? value : Math.round(value * factor * 100) / 100;
}

export function readNumber<P>(v: CellValue | undefined, make: CellMaker<P>, place: P, factor = 1): NumberCell {
  if (isBlank(v)) return make.empty(place);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return make.invalid(String(v), "NOT_A_NUMBER", place);
    const value = scale(v, factor);
    // Beyond 2^53 a number no longer holds every rupiah (and 1e200 × 1e200 is no number at all):
    // the same limit as for amounts typed as text, reported on the cell rather than computed with.
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return make.invalid(String(v), "OUT_OF_RANGE", place);
    return make.number(value, place);
  }
  if (typeof v === "string") {
    const parsed = parseRupiah(v);
    if (parsed.ok) {
      // "Rp1,5 M" in a "(Rp juta)" column carries its own scale: the column's unit is not applied again.
      const own = parsed.notes?.includes("SCALE_WORD") ? 1 : factor;
      const value = scale(parsed.value, own);
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return make.invalid(v, "OUT_OF_RANGE", place);
      return make.number(value, place, v);
    }
    if (parsed.reason === "EMPTY") return make.empty(place);
    return make.invalid(v, parsed.reason, place);
  }
  if (typeof v === "boolean") return make.invalid(v ? "TRUE" : "FALSE", "NOT_A_NUMBER", place);
  if (isCellError(v)) return make.error(v.code, place);
  return make.empty(place);
}
