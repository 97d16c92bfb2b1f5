/**
 * formatRupiah: a number -> the PUEBI form used in official documents: "Rp" with no dot or
 * space, "." between thousands, "," before sen: `Rp2.950.000`, `Rp2.950.000,00`, `-Rp5.000`.
 * Rounding is half away from zero on the number's decimal text (exact, see toScaledInteger).
 */
import { toScaledInteger } from "./arithmetic";

export interface FormatRupiahOptions {
  /** Digits after the decimal comma: 0 (default) or 2 for sen; at most MAX_FORMAT_DECIMALS. */
  readonly decimals?: number;
}

export const MAX_FORMAT_DECIMALS = 6;

/** "1234567" -> "1.234.567". */
export function groupThousands(digits: string, separator = "."): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** Digits of |value| in Indonesian notation without the currency: "2.950.000,00". */
export function formatAngka(value: number, decimals = 0): string {
  checkDecimals(decimals);
  const scaled = toScaledInteger(Math.abs(value), decimals);
  const digits = scaled.toString().padStart(decimals + 1, "0");
  const whole = groupThousands(digits.slice(0, digits.length - decimals));
  return decimals === 0 ? whole : `${whole},${digits.slice(digits.length - decimals)}`;
}

/**
 * Throws RangeError only for programmer misuse: a non-finite value or an invalid `decimals`
 * (callers that take user input check first, as src/functions does).
 */
export function formatRupiah(value: number, options: FormatRupiahOptions = {}): string {
  const body = formatAngka(value, options.decimals ?? 0);
  // "-Rp0" would be a negative zero: only a non-zero rounded amount carries the sign.
  return value < 0 && /[1-9]/.test(body) ? `-Rp${body}` : `Rp${body}`;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_FORMAT_DECIMALS) {
    throw new RangeError(`decimals must be an integer 0…${MAX_FORMAT_DECIMALS}, got ${decimals}`);
  }
}
