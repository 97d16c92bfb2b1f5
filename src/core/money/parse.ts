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
 * Read in named steps over char codes (no regular expressions), so it runs well over a million
 * calls per second: trim, opening (sign, bracket, currency), digit groups, closing (scale word,
 * "rupiah"), which separator is the decimal mark, the value. Each step returns why it refused
 * the text, or undefined to go on; they share the scratch state `st`. Text longer than
 * MAX_TEXT_LENGTH is refused before any scan.
 */
import {
  CLOSE,
  COMMA,
  DOT,
  OPEN,
  PLUS,
  SCALE_WORDS,
  SPACE,
  isDash,
  isDigit,
  isLetter,
  isSpace,
  prefixLength,
  skipSpaces,
  wordsOnly,
} from "./parse-chars";
import type { ParseFailReason, ParseNote } from "./parse-messages";
import type { ParseFailure } from "./parse-notes";
import { ACCOUNTING, DECIMAL_POINT, SCALE, SPACES, US, VERY_LARGE, failure, noteList } from "./parse-notes";
import { magnitudeOf } from "./parse-value";

export type { ParseFailReason, ParseNote } from "./parse-messages";
export { describeParseFailure, describeParseNote } from "./parse-messages";

export type ParseResult =
  { readonly ok: true; readonly value: number; readonly notes?: readonly ParseNote[] } | ParseFailure;

/** Longer (trimmed) text is no amount: "(IDR 999.999.999.999.999,99)" is 28 characters. */
export const MAX_TEXT_LENGTH = 100;

/** Untrimmed text longer than this is refused before even trimming it (hostile input). */
const MAX_RAW_LENGTH = 4096;

const LARGE_AMOUNT = 1e15;

// Digit groups of the number being read: start index, length, and the separator before it.
// Module-level buffers are safe: parseRupiah is synchronous and never re-entered.
const MAX_GROUPS = MAX_TEXT_LENGTH;
const groupStart = new Int32Array(MAX_GROUPS);
const groupLength = new Int32Array(MAX_GROUPS);
const groupSep = new Int32Array(MAX_GROUPS);

/** True when groups 0..count-1 form a well-grouped integer: 1–3 digits (no leading 0), then 3s. */
function wellGrouped(text: string, count: number): boolean {
  if (count <= 1) return true;
  if (groupLength[0] > 3 || text.charCodeAt(groupStart[0]) === 48) return false;
  for (let k = 1; k < count; k++) if (groupLength[k] !== 3) return false;
  return true;
}

/** What the steps have read so far (module-level: parseRupiah is synchronous and never re-entered). */
const st = {
  text: "",
  /** The next char to read, and the end of what is left to read (trimmed, brackets removed). */
  i: 0,
  end: 0,
  notes: 0,
  negative: false,
  /** The digit groups: start and length in the text (separators in groupSep), and how many. */
  start: groupStart,
  length: groupLength,
  count: 0,
  dashEnding: false,
  /** Power of ten of the scale word ("juta" = 6). */
  exponent: 0,
  /** Index of the group after the decimal mark, or -1. */
  fractionAt: -1,
};

export function parseRupiah(text: string): ParseResult {
  const refused = trim(text) ?? readOpening() ?? readGroups() ?? readClosing() ?? findDecimalMark();
  if (refused !== undefined) return failure(refused);
  const magnitude = magnitudeOf(st);
  if (Number.isNaN(magnitude)) return failure("OUT_OF_RANGE");
  if (magnitude >= LARGE_AMOUNT) st.notes |= VERY_LARGE;
  const value = st.negative && magnitude !== 0 ? -magnitude : magnitude;
  return st.notes === 0 ? { ok: true, value } : { ok: true, value, notes: noteList(st.notes) };
}

/** Trims the text and starts the scratch state over. */
function trim(text: string): ParseFailReason | undefined {
  if (text.length > MAX_RAW_LENGTH) return "TOO_LONG";
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return "EMPTY";
  if (end - start > MAX_TEXT_LENGTH) return "TOO_LONG";
  st.text = text;
  st.i = start;
  st.end = end;
  st.notes = st.count = st.exponent = 0;
  st.negative = st.dashEnding = false;
  st.fractionAt = -1;
  return undefined;
}

/** A sign or an opening bracket (at most one of them) and a currency prefix, in any order. */
function readOpening(): ParseFailReason | undefined {
  const { text } = st;
  let { i, end } = st;
  let signed = false;
  let prefixed = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === OPEN) {
      if (signed || text.charCodeAt(end - 1) !== CLOSE) return "BAD_SIGN";
      signed = st.negative = true;
      st.notes |= ACCOUNTING;
      end--;
      while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
      i = skipSpaces(text, i + 1, end);
      continue;
    }
    if (isDash(c) || c === PLUS) {
      if (signed) return "BAD_SIGN";
      signed = true;
      st.negative = c !== PLUS;
      i = skipSpaces(text, i + 1, end);
      continue;
    }
    const prefix = prefixed ? 0 : prefixLength(text, i, end);
    if (prefix === 0) break;
    prefixed = true;
    i = skipSpaces(text, i + prefix, end);
  }
  st.i = i;
  st.end = end;
  return undefined;
}

function pushGroup(start: number, length: number, sep: number): void {
  groupStart[st.count] = start;
  groupLength[st.count] = length;
  groupSep[st.count] = sep;
  st.count++;
}

/** Digit groups and their separators; stray spaces next to a separator are dropped. */
function readGroups(): ParseFailReason | undefined {
  const { text, end } = st;
  let i = st.i;
  let curStart = 0;
  let curLength = 0;
  let sep = 0;
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
        st.dashEnding = true;
        break;
      }
      if (curLength === 0) return st.count === 0 ? "NO_DIGITS" : "BAD_GROUPING";
      pushGroup(curStart, curLength, sep);
      sep = c;
      curLength = 0;
      i++;
      if (i < end && isSpace(text.charCodeAt(i))) {
        st.notes |= SPACES;
        i = skipSpaces(text, i, end);
      }
      continue;
    }
    if (isSpace(c) && curLength > 0) {
      const j = skipSpaces(text, i, end);
      const next = j < end ? text.charCodeAt(j) : 0;
      if (next === DOT || next === COMMA) {
        st.notes |= SPACES;
        i = j;
        continue;
      }
      if (isDigit(next)) {
        // "1 500 000": a space between digit groups groups thousands (checked later).
        pushGroup(curStart, curLength, sep);
        sep = SPACE;
        curLength = 0;
        i = j;
        continue;
      }
      i = j;
    }
    break;
  }
  st.i = i;
  if (curLength > 0) pushGroup(curStart, curLength, sep);
  else if (st.count > 0 && !st.dashEnding) return "BAD_GROUPING"; // "1.500." : nothing after a separator
  if (st.count > 0) return undefined;
  if (i >= end || st.dashEnding) return "NO_DIGITS";
  return wordsOnly(text, i, end) ? "WORDS" : "NOT_A_NUMBER";
}

/** A scale word (ribu, jt, M, …) and/or the word "rupiah", then nothing. */
function readClosing(): ParseFailReason | undefined {
  const { text, end } = st;
  let i = skipSpaces(text, st.i, end);
  if (i < end && !st.dashEnding && isLetter(text.charCodeAt(i))) {
    let j = i;
    while (j < end && isLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    const found = word === "M" ? 9 : word === "T" ? 12 : SCALE_WORDS.get(word.toLowerCase());
    if (found !== undefined) {
      st.exponent = found;
      st.notes |= SCALE;
      if (j < end && text.charCodeAt(j) === DOT && j - i <= 2) j++; // "rb.", "jt.", "M."
      i = skipSpaces(text, j, end);
    } else if (word === "m" || word === "t") {
      return "AMBIGUOUS_SCALE";
    }
  }
  if (
    i + 6 <= end &&
    text.slice(i, i + 6).toLowerCase() === "rupiah" &&
    !(i + 6 < end && isLetter(text.charCodeAt(i + 6)))
  ) {
    i = skipSpaces(text, i + 6, end);
  }
  if (i >= end) return undefined;
  const c = text.charCodeAt(i);
  return c === CLOSE || isDash(c) ? "BAD_SIGN" : "EXTRA_TEXT";
}

/** Which separator is the decimal mark, and are the thousands well grouped? */
function findDecimalMark(): ParseFailReason | undefined {
  const groups = st.count;
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
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark and appears once, at the end ("1.500.000,00", "1,500.50").
    if ((lastMark === DOT ? dots : commas) !== 1 || lastMarkAt !== groups - 1) return "BAD_GROUPING";
    st.fractionAt = lastMarkAt;
    if (lastMark === DOT) st.notes |= US;
  } else if (dots + commas === 1 && lastMarkAt === groups - 1) {
    // One mark before the last group: thousands separator if it can be one, else decimal mark.
    if (groupLength[lastMarkAt] === 3 && wellGrouped(st.text, groups)) {
      if (lastMark === COMMA) return "AMBIGUOUS_SEPARATOR";
    } else {
      st.fractionAt = lastMarkAt;
      if (lastMark === DOT) st.notes |= DECIMAL_POINT;
    }
  } else if (lastMark === COMMA) {
    st.notes |= US; // "1,500,000": only thousands separators
  }
  return wellGrouped(st.text, st.fractionAt < 0 ? groups : st.fractionAt) ? undefined : "BAD_GROUPING";
}
