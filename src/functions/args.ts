/**
 * One argument check for every custom function (as HyperFormula's function plugins share one):
 * coercion of cells to numbers/text, optional arguments, Excel errors with a message, and
 * element-wise application over ranges so a function given a range spills a same-shaped array.
 *
 * How Excel hands values to a custom function: a single cell arrives as a number, string or
 * boolean; an empty cell as null (or "" in some hosts) — an omitted optional argument as
 * undefined or null; a range as a row-major matrix (any[][]); an error value inside a range as a
 * CustomFunctions.Error object. A function may return error objects inside an array: only that
 * cell of the spill shows the error.
 */
import { parseRupiah } from "../core/money/parse";

export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#NULL!";

const ERROR_CODE_KEY: Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
  "#REF!": "invalidReference",
  "#NAME?": "invalidName",
  "#NULL!": "nullReference",
};

/** An Excel error with a message. Only #VALUE! and #N/A show the message in Excel. */
export function excelError(code: ExcelErrorCode, message?: string): CustomFunctions.Error {
  const errorCode = CustomFunctions.ErrorCode[ERROR_CODE_KEY[code]];
  return new CustomFunctions.Error(errorCode as CustomFunctions.ErrorCode, message);
}

/** Throws the Excel error: use it for a whole-function failure. */
export function fail(code: ExcelErrorCode, message?: string): never {
  throw excelError(code, message);
}

/** True for an error value passed in by Excel (or made by excelError). */
export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return (
    value instanceof CustomFunctions.Error ||
    (typeof value === "object" &&
      value !== null &&
      "code" in value &&
      typeof (value as { code: unknown }).code === "string" &&
      String((value as { code: string }).code).startsWith("#"))
  );
}

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A number from a cell. Numbers pass; text that reads unambiguously as a number (the Indonesian
 * way: "Rp1.500.000,00", "1,5 miliar") is coerced, as Excel coerces "123"; an error value is
 * passed on unchanged; anything else is #VALUE! naming the argument.
 */
export function toNumber(value: unknown, argName: string): number {
  if (isExcelError(value)) throw value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail("#NUM!", `${argName}: bukan bilangan terhingga.`);
    return value;
  }
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = parseRupiah(value);
    if (parsed.ok) return parsed.value;
    fail("#VALUE!", `${argName}: "${clip(value)}" bukan angka (${parsed.message}).`);
  }
  if (typeof value === "boolean") fail("#VALUE!", `${argName}: nilai logika (TRUE/FALSE) bukan angka.`);
  return fail("#VALUE!", `${argName}: wajib diisi angka.`);
}

/** Like toNumber, but an empty or omitted argument gives `fallback`. */
export function optionalNumber(value: unknown, argName: string, fallback: number): number {
  return isEmpty(value) ? fallback : toNumber(value, argName);
}

/** Text from a cell: numbers and booleans become their text; an error value is passed on. */
export function toText(value: unknown): string {
  if (isExcelError(value)) throw value;
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** A boolean flag: TRUE/FALSE, 1/0, or the words ya/tidak, yes/no; empty gives `fallback`. */
export function optionalBoolean(value: unknown, argName: string, fallback: boolean): boolean {
  if (isExcelError(value)) throw value;
  if (isEmpty(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const word = String(value).trim().toLowerCase();
  if (["ya", "yes", "true", "benar", "1"].includes(word)) return true;
  if (["tidak", "no", "false", "salah", "0"].includes(word)) return false;
  return fail("#VALUE!", `${argName}: isi TRUE atau FALSE.`);
}

/** The cells of a range argument as a flat list (a single value counts as a 1×1 range). */
export function flatten(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return (value as unknown[]).flatMap((row) => (Array.isArray(row) ? row : [row]));
}

/**
 * Applies fn to a single value, or to every cell of a range giving a same-shaped array (a
 * spill). A failing cell becomes an error in its own place; the other cells still compute.
 */
export function mapCells<R>(input: unknown, fn: (cell: unknown) => R): R | (R | CustomFunctions.Error)[][] {
  if (!Array.isArray(input)) return fn(input);
  return (input as unknown[][]).map((row) =>
    (Array.isArray(row) ? row : [row]).map((cell) => {
      try {
        return fn(cell);
      } catch (err) {
        if (isExcelError(err)) return err;
        throw err;
      }
    }),
  );
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
