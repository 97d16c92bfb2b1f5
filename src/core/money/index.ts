/** The money module: exact rupiah arithmetic, reading, writing, spelling and shortening amounts. */
export {
  MAX_RUPIAH,
  toSen,
  fromSen,
  toScaledInteger,
  sumRupiah,
  multiplyRupiah,
  subtractRupiah,
  shareOf,
} from "./arithmetic";
export { parseRupiah, MAX_TEXT_LENGTH, type ParseResult } from "./parse";
export {
  describeParseFailure,
  describeParseNote,
  type ParseFailReason,
  type ParseNote,
  type MoneyLocale,
} from "./parse-messages";
export { formatRupiah, formatAngka, groupThousands, MAX_FORMAT_DECIMALS, type FormatRupiahOptions } from "./format";
export {
  terbilang,
  TERBILANG_MAX,
  TERBILANG_FAIL_MESSAGES,
  type TerbilangOptions,
  type TerbilangResult,
  type TerbilangFailReason,
} from "./terbilang";
export { ringkas } from "./ringkas";
