/** Messages for findings, in Bahasa Indonesia (default) and English. */
export { CATALOGUES, formatFinding, type FormatOptions } from "./format-finding";
export type { Catalogue, Locale } from "./catalogue";
export { formatNumber, formatPercent } from "./numbers";
