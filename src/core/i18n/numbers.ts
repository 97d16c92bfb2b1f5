/**
 * One formatter per locale for every number the product prints, in every face: counts, plain
 * numbers, percentages, durations and rupiah. Indonesian writes "3.753" and "0,6"; English
 * "3,753" and "0.6". Digits are made by hand (not Intl.NumberFormat) so that the output is the
 * same in Node, Chromium and Excel's webviews whatever ICU data they ship.
 */
import { formatRupiah as formatMoney, groupThousands } from "../money/format";
import { ringkas } from "../money/ringkas";
import { SEPARATORS, type Locale } from "./locale";

/** "1.234.567" or "12,5" (en: "1,234,567", "12.5"), at most `maxDecimals`, trailing zeros dropped. */
export function formatNumber(value: number, locale: Locale = "id", maxDecimals = 6): string {
  if (!Number.isFinite(value)) return String(value);
  const sep = SEPARATORS[locale];
  const [whole, frac = ""] = Math.abs(value).toFixed(maxDecimals).split(".");
  const decimals = frac.replace(/0+$/, "");
  const sign = value < 0 && /[1-9]/.test(whole + decimals) ? "-" : "";
  return `${sign}${groupThousands(whole, sep.group)}${decimals ? `${sep.decimal}${decimals}` : ""}`;
}

/** A whole count: 3753 -> "3.753" (en "3,753"). */
export function formatCount(n: number, locale: Locale = "id"): string {
  return formatNumber(Math.round(n), locale, 0);
}

/** A share as a percentage: 0.0399 -> "3,99%" (en "3.99%"), 0.05 -> "5%". */
export function formatPercent(share: number, locale: Locale = "id", maxDecimals = 2): string {
  return `${formatNumber(share * 100, locale, maxDecimals)}%`;
}

/** Seconds with one decimal, the unit left to the message: 0.6 -> "0,6" (en "0.6"). */
export function formatSeconds(seconds: number, locale: Locale = "id"): string {
  return formatNumber(Math.round(seconds * 10) / 10, locale, 1);
}

/**
 * Rupiah for messages: sen only when there are any (Rp187.500,50, Rp187.500); a value that is
 * not a finite number is shown as it is rather than failing a message.
 */
export function formatRupiah(amount: number, locale: Locale = "id"): string {
  return Number.isFinite(amount) ? formatMoney(amount, { locale }) : String(amount);
}

/** Rupiah in the short form of slides and charts: "Rp2,5 miliar" (en "Rp2.5 billion"), "Rp950.000". */
export function formatRupiahShort(amount: number, locale: Locale = "id"): string {
  return Number.isFinite(amount) ? ringkas(amount, locale) : String(amount);
}

/** The formatters of one locale, for a catalogue that is written for that locale. */
export interface NumberFormats {
  readonly number: (value: number, maxDecimals?: number) => string;
  readonly count: (n: number) => string;
  readonly percent: (share: number, maxDecimals?: number) => string;
  readonly seconds: (seconds: number) => string;
  readonly rupiah: (amount: number) => string;
  readonly rupiahShort: (amount: number) => string;
}

export function numberFormats(locale: Locale): NumberFormats {
  return {
    number: (v, d) => formatNumber(v, locale, d),
    count: (n) => formatCount(n, locale),
    percent: (s, d) => formatPercent(s, locale, d),
    seconds: (s) => formatSeconds(s, locale),
    rupiah: (a) => formatRupiah(a, locale),
    rupiahShort: (a) => formatRupiahShort(a, locale),
  };
}
