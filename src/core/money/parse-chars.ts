/** The characters parseRupiah reads, by char code (no regular expressions: speed). */

// Char codes.
export const DOT = 46;
export const COMMA = 44;
export const SPACE = 32;
export const PLUS = 43;
export const OPEN = 40;
export const CLOSE = 41;

/** Scale words, matched case-insensitively, as powers of ten. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["ribu", 3],
  ["rb", 3],
  ["juta", 6],
  ["jt", 6],
  ["miliar", 9],
  ["milyar", 9],
  ["triliun", 12],
  ["trilyun", 12],
]);

/** Spaces, tabs and line breaks (Alt+Enter in a cell leaves a "\n"), and Unicode spaces. */
export function isSpace(c: number): boolean {
  return (
    c === SPACE || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009 || c === 0x2028
  );
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Hyphen, minus sign, en dash: all seen as minus signs and in ",-" endings. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 0x2013;
}
export function lower(c: number): number {
  return c | 32;
}

export function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Length of a currency prefix at i ("Rp", "Rp.", "IDR"), or 0. */
export function prefixLength(text: string, i: number, end: number): number {
  if (i + 1 < end && lower(text.charCodeAt(i)) === 114 && lower(text.charCodeAt(i + 1)) === 112) {
    const next = i + 2 < end ? text.charCodeAt(i + 2) : 0;
    if (next === DOT) return 3;
    return isLetter(next) ? 0 : 2;
  }
  if (
    i + 2 < end &&
    lower(text.charCodeAt(i)) === 105 &&
    lower(text.charCodeAt(i + 1)) === 100 &&
    lower(text.charCodeAt(i + 2)) === 114
  ) {
    const next = i + 3 < end ? text.charCodeAt(i + 3) : 0;
    return isLetter(next) ? 0 : 3;
  }
  return 0;
}

/** Only letters, spaces and hyphens: an amount written in words. */
export function wordsOnly(text: string, i: number, end: number): boolean {
  let letters = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) letters++;
    else if (!isSpace(c) && c !== 45) return false;
  }
  return letters > 0;
}
