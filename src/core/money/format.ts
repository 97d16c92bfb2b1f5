/**
 * formatRupiah — the product's one way of writing an amount of money, in every face (findings,
 * task pane, CLI, custom functions): the PUEBI form of official documents, "Rp" with no dot or
 * space, `Rp2.950.000`, `Rp187.500,50`, `-Rp5.000`; in English the same with English separators
 * (`Rp2,950,000`), so that every number on an English screen is written one way.
 * Rounding is half away from zero on the number's decimal text (exact, see toScaledInteger).
 */
import { SEPARATORS, type Locale } from "../i18n/locale";
import { toScaledInteger } from "./arithmetic";

export interface FormatRupiahOptions {
  /**
   * Digits after the decimal mark, 0…MAX_FORMAT_DECIMALS; or "sen" (the default): two digits
   * when the amount has sen, none when it is whole (Rp187.500,50 but Rp187.500). An amount is
   * never silently rounded to the rupiah unless the caller asks for 0 (DAK.RUPIAH does).
   */
  readonly decimals?: number | "sen";
  /** Separators of the reader's language; "id" (default) writes Rp1.500.000,50. */
  readonly locale?: Locale;
}

export const MAX_FORMAT_DECIMALS = 6;

/** "1234567" -> "1.234.567". */
export function groupThousands(digits: string, separator = "."): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** Digits of |value| without the currency: "2.950.000,00" (en: "2,950,000.00"). */
export function formatAngka(value: number, decimals = 0, locale: Locale = "id"): string {
  checkDecimals(decimals);
  const sep = SEPARATORS[locale];
  const scaled = toScaledInteger(Math.abs(value), decimals);
  const digits = scaled.toString().padStart(decimals + 1, "0");
  const whole = groupThousands(digits.slice(0, digits.length - decimals), sep.group);
  return decimals === 0 ? whole : `${whole}${sep.decimal}${digits.slice(digits.length - decimals)}`;
}

/**
 * Throws RangeError only for programmer misuse: a non-finite value or an invalid `decimals`
 * (callers that take user input check first, as src/functions does).
 */
export function formatRupiah(value: number, options: FormatRupiahOptions = {}): string {
  const locale = options.locale ?? "id";
  const decimals = options.decimals ?? "sen";
  let body = formatAngka(value, decimals === "sen" ? 2 : decimals, locale);
  if (decimals === "sen" && body.endsWith(`${SEPARATORS[locale].decimal}00`)) body = body.slice(0, -3);
  // "-Rp0" would be a negative zero: only a non-zero rounded amount carries the sign.
  return value < 0 && /[1-9]/.test(body) ? `-Rp${body}` : `Rp${body}`;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_FORMAT_DECIMALS) {
    throw new RangeError(`decimals must be an integer 0…${MAX_FORMAT_DECIMALS}, got ${decimals}`);
  }
}
