/**
 * One exceljs cell value → the Grid's CellValue, the way Excel's Range.values gives it: the cached
 * result of a formula, plain text of rich text and hyperlinks, error values as CellError, and
 * dates as serial numbers (exceljs turns date-formatted numbers into Date objects; we turn them back).
 */
import type { CellValue as ExcelJsValue } from "exceljs";
import { cellError, type CellValue } from "../../src/core/grid/types";

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from 1899-12-30 (serial 0 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

function dateToSerial(d: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

export function toCellValue(v: ExcelJsValue | undefined, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
      return v === "" ? null : v;
    case "number":
      return Number.isFinite(v) ? v : cellError("#NUM!");
    case "boolean":
      return v;
    case "object":
      return objectValue(v as object, date1904);
    default:
      return null;
  }
}

function objectValue(v: object, date1904: boolean): CellValue {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? cellError("#VALUE!") : dateToSerial(v, date1904);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return cellError(o.error);
  if (Array.isArray(o.richText)) return richTextToString(o.richText);
  // A formula (plain, shared or array): its cached result; none cached reads as empty, as in Excel.
  if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result as ExcelJsValue | undefined, date1904);
  // A hyperlink: its display text (itself possibly rich text).
  if ("hyperlink" in o || "text" in o) return toCellValue(o.text as ExcelJsValue | undefined, date1904);
  return null;
}

function richTextToString(runs: readonly unknown[]): CellValue {
  let s = "";
  for (const r of runs) {
    const text = (r as { text?: unknown }).text;
    if (typeof text === "string") s += text;
  }
  return s === "" ? null : s;
}
