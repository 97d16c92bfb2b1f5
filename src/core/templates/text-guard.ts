/**
 * Text that a spreadsheet would turn into something else when it is typed or written through
 * Office.js `values`: a formula (= + - @), a number, a percentage, a date or a boolean. Such text
 * is written with a leading apostrophe (Excel's "this is text" prefix, not part of the value).
 */
const FORMULA_START = /^[=+\-@]/;
const LOOKS_NUMERIC = /^\s*[(]?[-+]?[\d.,\s]*\d[\d.,\s]*%?[)]?\s*$/;
const LOOKS_DATE = /^\s*\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?\s*$/;
const LOOKS_BOOLEAN = /^\s*(true|false|benar|salah)\s*$/i;

export function needsTextGuard(value: string): boolean {
  return FORMULA_START.test(value) || LOOKS_NUMERIC.test(value) || LOOKS_DATE.test(value) || LOOKS_BOOLEAN.test(value);
}

/** The value to write through a host that interprets typed input (Office.js `values`). */
export function guardedText(value: string): string {
  return needsTextGuard(value) ? `'${value}` : value;
}
