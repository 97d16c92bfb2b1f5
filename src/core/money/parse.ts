/**
 * parseRupiah: an amount written the way Indonesian files write it -> a number (DOMAIN.md §6).
 *
 * Reads `Rp1.500.000,00`, `Rp.1.500.000,-`, `Rp 1.500.000.-`, `IDR 1,500,000`, `1.500.000,00`,
 * `Rp1,5 M`, `Rp166,3 miliar`, `12,39 juta`, `5 rb`, `Rp.1 . 800.000.000`, `(Rp5.000)`,
 * `-Rp5.000`, `Rp -5.000`. It never guesses between two amounts:
 * - a dot is a thousands separator whenever it can be one (`1.500` = 1500, the Indonesian use);
 *   when it cannot (`1.5`, `1234.56`), it is the decimal point, and a note says so;
 * - a comma is the decimal mark (`1,5` = 1.5), or the thousands separator when the text has
 *   several (`1,500,000`) or a decimal point after it (`1,500.50`); a single comma followed by
 *   exactly three digits (`1,500`, `Rp 12,390 juta`) could mean either, so it is rejected as
 *   AMBIGUOUS_SEPARATOR, whatever the prefix (IDR included);
 * - `M` is miliar and `T` triliun (upper case only: `m`/`t` are rejected as ambiguous);
 * - words ("seratus juta") are not numbers here; a table "dalam Rp juta" is the caller's scale.
 *
 * Written as a single pass over char codes (no regular expressions) so it runs well over a
 * million calls per second, and text longer than MAX_TEXT_LENGTH is refused before any scan.
 */
import { describeParseFailure, type ParseFailReason, type ParseNote } from "./parse-messages";

export type { ParseFailReason, ParseNote } from "./parse-messages";
export { describeParseFailure, describeParseNote } from "./parse-messages";

export type ParseResult =
  | { readonly ok: true; readonly value: number; readonly notes?: readonly ParseNote[] }
  | { readonly ok: false; readonly reason: ParseFailReason; readonly message: string };

/** Longer (trimmed) text is no amount: "(IDR 999.999.999.999.999,99)" is 28 characters. */
export const MAX_TEXT_LENGTH = 100;

/** Untrimmed text longer than this is refused before even trimming it (hostile input). */
const MAX_RAW_LENGTH = 4096;

const LARGE_AMOUNT = 1e15;

// Char codes.
const DOT = 46;
const COMMA = 44;
const SPACE = 32;
const PLUS = 43;
const OPEN = 40;
const CLOSE = 41;

// Note bits, in the order of NOTE_ORDER.
const NOTE_ORDER: readonly ParseNote[] = [
  "US_FORMAT",
  "DECIMAL_POINT",
  "SPACES_IGNORED",
  "SCALE_WORD",
  "ACCOUNTING_NEGATIVE",
  "VERY_LARGE",
];
const US = 1;
const DECIMAL_POINT = 2;
const SPACES = 4;
const SCALE = 8;
const ACCOUNTING = 16;
const VERY_LARGE = 32;

/** Scale words, matched case-insensitively, as powers of ten. */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["ribu", 3],
  ["rb", 3],
  ["juta", 6],
  ["jt", 6],
  ["miliar", 9],
  ["milyar", 9],
  ["triliun", 12],
  ["trilyun", 12],
]);

// Digit groups of the number being read: start index, length, and the separator before it.
// Module-level buffers are safe: parseRupiah is synchronous and never re-entered.
const MAX_GROUPS = MAX_TEXT_LENGTH;
const groupStart = new Int32Array(MAX_GROUPS);
const groupLength = new Int32Array(MAX_GROUPS);
const groupSep = new Int32Array(MAX_GROUPS);

const FAILURES = new Map<ParseFailReason, ParseResult>();
function failure(reason: ParseFailReason): ParseResult {
  let result = FAILURES.get(reason);
  if (result === undefined) {
    result = Object.freeze({ ok: false, reason, message: describeParseFailure(reason, "id") });
    FAILURES.set(reason, result);
  }
  return result;
}

const NOTE_LISTS: (readonly ParseNote[] | undefined)[] = [];
function noteList(mask: number): readonly ParseNote[] {
  let list = NOTE_LISTS[mask];
  if (list === undefined) {
    list = Object.freeze(NOTE_ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0));
    NOTE_LISTS[mask] = list;
  }
  return list;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x2009;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Hyphen, minus sign, en dash: all seen as minus signs and in ",-" endings. */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 0x2013;
}
function lower(c: number): number {
  return c | 32;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Length of a currency prefix at i ("Rp", "Rp.", "IDR"), or 0. */
function prefixLength(text: string, i: number, end: number): number {
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

/** True when groups 0..count-1 form a well-grouped integer: 1–3 digits (no leading 0), then 3s. */
function wellGrouped(text: string, count: number): boolean {
  if (count <= 1) return true;
  if (groupLength[0] > 3 || text.charCodeAt(groupStart[0]) === 48) return false;
  for (let k = 1; k < count; k++) if (groupLength[k] !== 3) return false;
  return true;
}

function wordsOnly(text: string, i: number, end: number): boolean {
  let letters = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) letters++;
    else if (!isSpace(c) && c !== 45) return false;
  }
  return letters > 0;
}

export function parseRupiah(text: string): ParseResult {
  if (text.length > MAX_RAW_LENGTH) return failure("TOO_LONG");
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return failure("EMPTY");
  if (end - start > MAX_TEXT_LENGTH) return failure("TOO_LONG");

  let i = start;
  let notes = 0;
  let negative = false;
  let signed = false;
  let prefixed = false;

  // Opening: a sign or an opening bracket (at most one of them) and a currency prefix, in any order.
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === OPEN) {
      if (signed || text.charCodeAt(end - 1) !== CLOSE) return failure("BAD_SIGN");
      signed = negative = true;
      notes |= ACCOUNTING;
      end--;
      while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
      i = skipSpaces(text, i + 1, end);
      continue;
    }
    if (isDash(c) || c === PLUS) {
      if (signed) return failure("BAD_SIGN");
      signed = true;
      negative = c !== PLUS;
      i = skipSpaces(text, i + 1, end);
      continue;
    }
    const prefix = prefixed ? 0 : prefixLength(text, i, end);
    if (prefix > 0) {
      prefixed = true;
      i = skipSpaces(text, i + prefix, end);
      continue;
    }
    break;
  }

  // Digit groups and their separators; stray spaces next to a separator are dropped.
  let groups = 0;
  let curStart = 0;
  let curLength = 0;
  let sep = 0;
  let dashEnding = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (curLength === 0) curStart = i;
      curLength++;
      i++;
      continue;
    }
    if (c === DOT || c === COMMA) {
      if (i + 1 < end && isDash(text.charCodeAt(i + 1))) {
        // The ",-" / ".-" ending of "Rp1.500.000,-": no sen follow.
        i += 2;
        while (i < end && isDash(text.charCodeAt(i))) i++;
        dashEnding = true;
        break;
      }
      if (curLength === 0) return groups === 0 ? failure("NO_DIGITS") : failure("BAD_GROUPING");
      groupStart[groups] = curStart;
      groupLength[groups] = curLength;
      groupSep[groups] = sep;
      groups++;
      sep = c;
      curLength = 0;
      i++;
      if (i < end && isSpace(text.charCodeAt(i))) {
        notes |= SPACES;
        i = skipSpaces(text, i, end);
      }
      continue;
    }
    if (isSpace(c) && curLength > 0) {
      const j = skipSpaces(text, i, end);
      const next = j < end ? text.charCodeAt(j) : 0;
      if (next === DOT || next === COMMA) {
        notes |= SPACES;
        i = j;
        continue;
      }
      if (isDigit(next)) {
        // "1 500 000": a space between digit groups groups thousands (checked below).
        groupStart[groups] = curStart;
        groupLength[groups] = curLength;
        groupSep[groups] = sep;
        groups++;
        sep = SPACE;
        curLength = 0;
        i = j;
        continue;
      }
      i = j;
    }
    break;
  }
  if (curLength > 0) {
    groupStart[groups] = curStart;
    groupLength[groups] = curLength;
    groupSep[groups] = sep;
    groups++;
  } else if (groups > 0 && !dashEnding) {
    return failure("BAD_GROUPING"); // "1.500." : a separator with nothing after it
  }
  if (groups === 0) {
    if (i >= end || dashEnding) return failure("NO_DIGITS");
    return wordsOnly(text, i, end) ? failure("WORDS") : failure("NOT_A_NUMBER");
  }

  // Closing: a scale word (ribu, jt, M, …) and/or the word "rupiah".
  let exponent = 0;
  i = skipSpaces(text, i, end);
  if (i < end && !dashEnding && isLetter(text.charCodeAt(i))) {
    let j = i;
    while (j < end && isLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    const found = word === "M" ? 9 : word === "T" ? 12 : SCALE_WORDS.get(word.toLowerCase());
    if (found !== undefined) {
      exponent = found;
      notes |= SCALE;
      if (j < end && text.charCodeAt(j) === DOT && j - i <= 2) j++; // "rb.", "jt.", "M."
      i = skipSpaces(text, j, end);
    } else if (word === "m" || word === "t") {
      return failure("AMBIGUOUS_SCALE");
    }
  }
  if (
    i + 6 <= end &&
    text.slice(i, i + 6).toLowerCase() === "rupiah" &&
    !(i + 6 < end && isLetter(text.charCodeAt(i + 6)))
  ) {
    i = skipSpaces(text, i + 6, end);
  }
  if (i < end) {
    const c = text.charCodeAt(i);
    return c === CLOSE || isDash(c) ? failure("BAD_SIGN") : failure("EXTRA_TEXT");
  }

  // Which separator is the decimal mark?
  let dots = 0;
  let commas = 0;
  let lastMark = 0;
  let lastMarkAt = -1;
  for (let k = 1; k < groups; k++) {
    const s = groupSep[k];
    if (s === DOT) dots++;
    else if (s === COMMA) commas++;
    else continue;
    lastMark = s;
    lastMarkAt = k;
  }
  let fractionAt = -1;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark and appears once, at the end ("1.500.000,00", "1,500.50").
    if ((lastMark === DOT ? dots : commas) !== 1 || lastMarkAt !== groups - 1) return failure("BAD_GROUPING");
    fractionAt = lastMarkAt;
    if (lastMark === DOT) notes |= US;
  } else if (dots + commas === 1 && lastMarkAt === groups - 1) {
    // One mark before the last group: thousands separator if it can be one, else decimal mark.
    if (groupLength[lastMarkAt] === 3 && wellGrouped(text, groups)) {
      if (lastMark === COMMA) return failure("AMBIGUOUS_SEPARATOR");
    } else {
      fractionAt = lastMarkAt;
      if (lastMark === DOT) notes |= DECIMAL_POINT;
    }
  } else if (lastMark === COMMA) {
    notes |= US; // "1,500,000": only thousands separators
  }
  const integerGroups = fractionAt < 0 ? groups : fractionAt;
  if (!wellGrouped(text, integerGroups)) return failure("BAD_GROUPING");

  // Digits -> number through one decimal string, with the scale applied by moving the point,
  // so "166,3 miliar" is exactly 166300000000 (166.3 × 1e9 in floats is not).
  let integer = text.slice(groupStart[0], groupStart[0] + groupLength[0]);
  for (let k = 1; k < integerGroups; k++) integer += text.slice(groupStart[k], groupStart[k] + groupLength[k]);
  let fraction =
    fractionAt < 0 ? "" : text.slice(groupStart[fractionAt], groupStart[fractionAt] + groupLength[fractionAt]);
  if (exponent > 0) {
    integer += fraction.length >= exponent ? fraction.slice(0, exponent) : fraction.padEnd(exponent, "0");
    fraction = fraction.slice(exponent);
  }
  const magnitude = Number(fraction === "" ? integer : `${integer}.${fraction}`);
  if (magnitude > Number.MAX_SAFE_INTEGER) return failure("OUT_OF_RANGE");
  if (magnitude >= LARGE_AMOUNT) notes |= VERY_LARGE;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return notes === 0 ? { ok: true, value } : { ok: true, value, notes: noteList(notes) };
}
