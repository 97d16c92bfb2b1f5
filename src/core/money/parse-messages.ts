/**
 * Why parseRupiah refused a text, and what it noticed while reading one: short sentences for a
 * person, in Bahasa Indonesia (default) and English. Data only; the codes are the contract.
 */

export type ParseFailReason =
  | "EMPTY"
  | "TOO_LONG"
  | "WORDS"
  | "NO_DIGITS"
  | "NOT_A_NUMBER"
  | "EXTRA_TEXT"
  | "BAD_GROUPING"
  | "AMBIGUOUS_SEPARATOR"
  | "AMBIGUOUS_SCALE"
  | "BAD_SIGN"
  | "OUT_OF_RANGE";

/** Things worth telling about a text that was read (the caller may report NUMBER_AS_TEXT). */
export type ParseNote =
  "US_FORMAT" | "DECIMAL_POINT" | "SPACES_IGNORED" | "SCALE_WORD" | "ACCOUNTING_NEGATIVE" | "VERY_LARGE";

import type { Locale } from "../i18n/locale";

/** @deprecated kept for library users: the product has one locale type, Locale. */
export type MoneyLocale = Locale;

export const PARSE_FAIL_MESSAGES: Readonly<Record<MoneyLocale, Readonly<Record<ParseFailReason, string>>>> = {
  id: {
    EMPTY: "teks kosong",
    TOO_LONG: "teks terlalu panjang untuk sebuah angka",
    WORDS: "ditulis dengan huruf; tulis jumlahnya dengan angka, mis. Rp100.000.000",
    NO_DIGITS: "tidak ada angkanya",
    NOT_A_NUMBER: "bukan angka rupiah",
    EXTRA_TEXT: "ada teks lain di samping angka (mis. satuan, persen atau keterangan)",
    BAD_GROUPING: "pemisah ribuan atau desimal tidak teratur (contoh yang benar: 1.500.000,00)",
    AMBIGUOUS_SEPARATOR:
      "bisa berarti dua jumlah berbeda: koma sebagai desimal atau sebagai pemisah ribuan (1,500 = 1,5 atau 1.500?); tulis 1.500 atau 1,5",
    AMBIGUOUS_SCALE: 'singkatan "m"/"t" bisa berarti beberapa satuan; tulis juta, M (miliar) atau T (triliun)',
    BAD_SIGN: "tanda negatif atau tanda kurung tidak teratur",
    OUT_OF_RANGE: "angka terlalu besar untuk dihitung dengan tepat",
  },
  en: {
    EMPTY: "empty text",
    TOO_LONG: "text too long for a number",
    WORDS: "written in words; write the amount in figures, e.g. Rp100.000.000",
    NO_DIGITS: "there are no digits",
    NOT_A_NUMBER: "not a rupiah amount",
    EXTRA_TEXT: "there is other text next to the number (e.g. a unit, a percent sign or a remark)",
    BAD_GROUPING: "irregular thousands or decimal separators (correct example: 1.500.000,00)",
    AMBIGUOUS_SEPARATOR:
      "could mean two different amounts: a comma as decimal mark or as thousands separator (1,500 = 1.5 or 1500?); write 1.500 or 1,5",
    AMBIGUOUS_SCALE: 'the abbreviation "m"/"t" could mean several units; write juta, M (miliar) or T (triliun)',
    BAD_SIGN: "irregular minus sign or brackets",
    OUT_OF_RANGE: "number too large to compute exactly",
  },
};

export const PARSE_NOTE_MESSAGES: Readonly<Record<MoneyLocale, Readonly<Record<ParseNote, string>>>> = {
  id: {
    US_FORMAT: "dibaca dengan format Inggris (koma pemisah ribuan, titik desimal)",
    DECIMAL_POINT: "titik dibaca sebagai tanda desimal (tidak mungkin pemisah ribuan di sini)",
    SPACES_IGNORED: "spasi di dalam angka diabaikan",
    SCALE_WORD: "satuan ribu/juta/miliar/triliun diterapkan",
    ACCOUNTING_NEGATIVE: "angka dalam kurung dibaca negatif",
    VERY_LARGE: "lebih dari 999 triliun: periksa satuannya",
  },
  en: {
    US_FORMAT: "read in English format (comma thousands separator, decimal point)",
    DECIMAL_POINT: "the point was read as a decimal mark (it cannot be a thousands separator here)",
    SPACES_IGNORED: "spaces inside the number were ignored",
    SCALE_WORD: "the scale word ribu/juta/miliar/triliun was applied",
    ACCOUNTING_NEGATIVE: "an amount in brackets was read as negative",
    VERY_LARGE: "more than 999 triliun: check the unit",
  },
};

export function describeParseFailure(reason: ParseFailReason, locale: MoneyLocale = "id"): string {
  return PARSE_FAIL_MESSAGES[locale][reason];
}

export function describeParseNote(note: ParseNote, locale: MoneyLocale = "id"): string {
  return PARSE_NOTE_MESSAGES[locale][note];
}
