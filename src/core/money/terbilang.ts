/**
 * Terbilang: an amount in Indonesian words, as official documents write it next to the figure:
 * `Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)`.
 *
 * Standard spellings (KBBI): sebelas, seratus, seribu — but satu juta, satu miliar, satu triliun;
 * "nol"; "minus" for negatives. Up to 999 triliun; beyond that, or a fraction when sen are not
 * asked for, the result is an error value with a reason (never a throw).
 */
import { toSen } from "./arithmetic";
import type { Locale } from "../i18n/locale";

export const TERBILANG_MAX = 999_999_999_999_999;

export interface TerbilangOptions {
  /** Append the currency word: "… rupiah". */
  readonly rupiah?: boolean;
  /** Spell sen too (implies `rupiah`): 1500000.5 -> "satu juta lima ratus ribu rupiah lima puluh sen". */
  readonly sen?: boolean;
  /** Capitalise every word, as letters do: "Dua Juta Sembilan Ratus Lima Puluh Ribu Rupiah". */
  readonly titleCase?: boolean;
}

export type TerbilangFailReason = "NOT_INTEGER" | "OUT_OF_RANGE" | "NOT_FINITE";

export type TerbilangResult =
  | { readonly ok: true; readonly words: string }
  | { readonly ok: false; readonly reason: TerbilangFailReason; readonly message: string };

export const TERBILANG_FAIL_MESSAGES: Readonly<Record<Locale, Readonly<Record<TerbilangFailReason, string>>>> = {
  id: {
    NOT_INTEGER: "angka harus bilangan bulat (atau minta sen bersama kata rupiah)",
    OUT_OF_RANGE: "angka di luar jangkauan (paling besar 999 triliun)",
    NOT_FINITE: "bukan bilangan terhingga",
  },
  en: {
    NOT_INTEGER: "the number must be a whole number (or ask for sen together with the word rupiah)",
    OUT_OF_RANGE: "number out of range (at most 999 triliun)",
    NOT_FINITE: "not a finite number",
  },
};

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const SCALE_SIZES = [1e12, 1e9, 1e6, 1e3] as const;

/** The words of one writing style, built once: spelling a number is then a few table look-ups. */
interface Vocabulary {
  /** Words for 0…999 ("" for 0). */
  readonly belowThousand: readonly string[];
  /** " triliun", " miliar", " juta", " ribu" (in SCALE_SIZES order, with the leading space). */
  readonly scales: readonly string[];
  readonly seribu: string;
  readonly nol: string;
  readonly rupiah: string;
  readonly sen: string;
  readonly minus: string;
}

function vocabulary(style: (words: string) => string): Vocabulary {
  return {
    belowThousand: Array.from({ length: 1000 }, (_, n) => style(belowThousand(n))),
    scales: ["triliun", "miliar", "juta", "ribu"].map((name) => ` ${style(name)}`),
    seribu: style("seribu"),
    nol: style("nol"),
    rupiah: style("rupiah"),
    sen: style("sen"),
    minus: style("minus"),
  };
}

const LOWER = vocabulary((words) => words);
const TITLE = vocabulary(toTitleCase);

const FAILURES = new Map<TerbilangFailReason, TerbilangResult>();
function failure(reason: TerbilangFailReason): TerbilangResult {
  let result = FAILURES.get(reason);
  if (result === undefined) {
    result = Object.freeze({ ok: false, reason, message: TERBILANG_FAIL_MESSAGES.id[reason] });
    FAILURES.set(reason, result);
  }
  return result;
}

export function terbilang(value: number, options: TerbilangOptions = {}): TerbilangResult {
  if (!Number.isFinite(value)) return failure("NOT_FINITE");
  const withSen = options.sen === true;
  const withRupiah = withSen || options.rupiah === true;
  const abs = Math.abs(value);
  let whole = abs;
  let sen = 0;
  if (!Number.isInteger(abs)) {
    if (!withSen) return failure("NOT_INTEGER");
    if (abs > TERBILANG_MAX) return failure("OUT_OF_RANGE");
    [whole, sen] = splitSen(abs);
  }
  if (whole > TERBILANG_MAX) return failure("OUT_OF_RANGE");

  const v = options.titleCase === true ? TITLE : LOWER;
  let words: string;
  if (!withRupiah) words = whole === 0 ? v.nol : spell(whole, v);
  else if (sen === 0) words = `${whole === 0 ? v.nol : spell(whole, v)} ${v.rupiah}`;
  else if (whole === 0) words = `${spell(sen, v)} ${v.sen}`;
  else words = `${spell(whole, v)} ${v.rupiah} ${spell(sen, v)} ${v.sen}`;
  if (value < 0 && (whole > 0 || sen > 0)) words = `${v.minus} ${words}`;
  return { ok: true, words };
}

/**
 * A positive non-integer -> [whole rupiah, sen], rounding half away from zero on the number's
 * shortest decimal text like toSen (1.005 -> 1 rupiah 1 sen), without bigint for speed.
 */
function splitSen(abs: number): [number, number] {
  const text = abs.toString();
  const dot = text.indexOf(".");
  if (dot < 0 || text.includes("e")) {
    const allSen = toSen(abs);
    return [Number(allSen / 100n), Number(allSen % 100n)];
  }
  let whole = Number(text.slice(0, dot));
  const fraction = text.slice(dot + 1);
  let sen = fraction.length === 1 ? Number(fraction) * 10 : Number(fraction.slice(0, 2));
  if (fraction.length > 2 && fraction.charCodeAt(2) >= 53 /* "5" */) sen++;
  if (sen === 100) {
    whole++;
    sen = 0;
  }
  return [whole, sen];
}

/** n: an integer 1…TERBILANG_MAX (below 2^53, so % and / on numbers are exact). */
function spell(n: number, v: Vocabulary): string {
  let out = "";
  let rest = n;
  for (let k = 0; k < SCALE_SIZES.length; k++) {
    const size = SCALE_SIZES[k];
    const below = rest % size;
    const count = (rest - below) / size;
    rest = below;
    if (count === 0) continue;
    // "seribu", never "satu ribu"; but "satu juta", "satu miliar", "satu triliun".
    const part = count === 1 && size === 1e3 ? v.seribu : v.belowThousand[count] + v.scales[k];
    out = out === "" ? part : `${out} ${part}`;
  }
  if (rest > 0) out = out === "" ? v.belowThousand[rest] : `${out} ${v.belowThousand[rest]}`;
  return out;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? "" : hundreds === 1 ? "seratus" : `${ONES[hundreds]} ratus`;
  if (rest === 0) return head;
  return head === "" ? belowHundred(rest) : `${head} ${belowHundred(rest)}`;
}

function belowHundred(n: number): string {
  if (n < 10) return ONES[n];
  if (n === 10) return "sepuluh";
  if (n === 11) return "sebelas";
  if (n < 20) return `${ONES[n - 10]} belas`;
  const ones = n % 10;
  const tens = `${ONES[(n - ones) / 10]} puluh`;
  return ones === 0 ? tens : `${tens} ${ONES[ones]}`;
}

function toTitleCase(words: string): string {
  return words.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}
