/**
 * A Grid is what an adapter (Office.js or exceljs) reads from one sheet: the cell values of a
 * rectangle and where that rectangle sits. Core code never sees Excel or exceljs objects.
 */

/** An Excel error value such as #N/A or #REF!, kept apart from text that merely looks like one. */
export interface CellError {
  readonly kind: "error";
  /** The Excel error literal: "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", … */
  readonly code: string;
}

/** null is an empty cell. Dates arrive as Excel serial numbers (what Range.values gives). */
export type CellValue = string | number | boolean | null | CellError;

export interface Grid {
  /** Sheet name as the user sees it. */
  readonly sheet: string;
  /** 0-based sheet row and column of values[0][0] (the used range need not start at A1). */
  readonly origin: { readonly row: number; readonly col: number };
  /** Row-major cell values; rows may be shorter than the widest row (missing cells are empty). */
  readonly values: readonly (readonly CellValue[])[];
  /** Optional number formats, same shape as values (en-US codes, as Range.numberFormat gives). */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based sheet rows that are hidden (helper rows officials hide). */
  readonly hiddenRows?: readonly number[];
  /** 0-based sheet columns that are hidden. */
  readonly hiddenColumns?: readonly number[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && (v as CellError).kind === "error";
}

export function cellError(code: string): CellError {
  return { kind: "error", code };
}
