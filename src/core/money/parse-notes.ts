/** parseRupiah's results that are shared rather than built per call: failures and note lists. */
import { describeParseFailure, type ParseFailReason, type ParseNote } from "./parse-messages";

export interface ParseFailure {
  readonly ok: false;
  readonly reason: ParseFailReason;
  readonly message: string;
}

// Note bits, in the order of NOTE_ORDER.
export const NOTE_ORDER: readonly ParseNote[] = [
  "US_FORMAT",
  "DECIMAL_POINT",
  "SPACES_IGNORED",
  "SCALE_WORD",
  "ACCOUNTING_NEGATIVE",
  "VERY_LARGE",
];
export const US = 1;
export const DECIMAL_POINT = 2;
export const SPACES = 4;
export const SCALE = 8;
export const ACCOUNTING = 16;
export const VERY_LARGE = 32;

const FAILURES = new Map<ParseFailReason, ParseFailure>();
/** One frozen result per reason, with its Indonesian message. */
export function failure(reason: ParseFailReason): ParseFailure {
  let result: ParseFailure | undefined = FAILURES.get(reason);
  if (result === undefined) {
    result = Object.freeze({ ok: false, reason, message: describeParseFailure(reason, "id") });
    FAILURES.set(reason, result);
  }
  return result;
}

const NOTE_LISTS: (readonly ParseNote[] | undefined)[] = [];
/** One frozen list per combination of note bits. */
export function noteList(mask: number): readonly ParseNote[] {
  let list = NOTE_LISTS[mask];
  if (list === undefined) {
    list = Object.freeze(NOTE_ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0));
    NOTE_LISTS[mask] = list;
  }
  return list;
}
