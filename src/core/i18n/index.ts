/**
 * The product's one i18n layer: the locale type, the number formatters of each locale, plurals,
 * and the finding messages (Bahasa Indonesia by default, English). How to add a message:
 * docs in src/core/i18n/README.md.
 */
export { CATALOGUES, formatFinding, type FormatOptions } from "./format-finding";
export type { Catalogue } from "./catalogue";
export { DEFAULT_LOCALE, LOCALES, SEPARATORS, isLocale, localeFromTag, type Locale } from "./locale";
export {
  formatCount,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahShort,
  formatSeconds,
  numberFormats,
  type NumberFormats,
} from "./numbers";
export { countOf, plural, type PluralForms } from "./plural";
