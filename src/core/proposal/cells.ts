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

export function textCell(v: CellValue | undefined, cell: string): TextCell {
  if (isBlank(v)) return { kind: "empty", cell };
  if (typeof v === "string") return { kind: "text", value: cleanText(v), cell };
  if (typeof v === "number") return { kind: "text", value: String(v), cell };
  if (typeof v === "boolean") return { kind: "text", value: v ? "TRUE" : "FALSE", cell };
  if (isCellError(v)) return { kind: "error", code: v.code, cell };
  return { kind: "empty", cell };
}

/** Multiplies by a label's unit factor; rounded to the sen so "12,39 (Rp juta)" is exact. */
function scale(value: number, factor: number): number {
  return factor === 1 ? value : Math.round(value * factor * 100) / 100;
}

export function numberCell(v: CellValue | undefined, cell: string, factor = 1): NumberCell {
  if (isBlank(v)) return { kind: "empty", cell };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v), reason: "NOT_A_NUMBER", cell };
    const value = scale(v, factor);
    // Beyond 2^53 a number no longer holds every rupiah (and 1e200 × 1e200 is no number at all):
    // the same limit as for amounts typed as text, reported on the cell rather than computed with.
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER)
      return { kind: "invalid", text: String(v), reason: "OUT_OF_RANGE", cell };
    return { kind: "number", value, cell };
  }
  if (typeof v === "string") {
    const parsed = parseRupiah(v);
    if (parsed.ok) {
      // "Rp1,5 M" in a "(Rp juta)" column carries its own scale: the column's unit is not applied again.
      const own = parsed.notes?.includes("SCALE_WORD") ? 1 : factor;
      const value = scale(parsed.value, own);
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: "invalid", text: v, reason: "OUT_OF_RANGE", cell };
      return { kind: "number", value, cell, fromText: v };
    }
    if (parsed.reason === "EMPTY") return { kind: "empty", cell };
    return { kind: "invalid", text: v, reason: parsed.reason, cell };
  }
  if (typeof v === "boolean") return { kind: "invalid", text: v ? "TRUE" : "FALSE", reason: "NOT_A_NUMBER", cell };
  if (isCellError(v)) return { kind: "error", code: v.code, cell };
  return { kind: "empty", cell };
}
