/**
 * Numbers the Indonesian way (DOMAIN.md §6), for messages in both languages: officials read
 * rupiah as "Rp1.500.000", not "IDR 1,500,000".
 */
import { formatRupiah as formatMoney } from "../money/format";

/**
 * "Rp1.500.000"; sen only when there are any ("Rp187.500,50"); negative "-Rp5.000". The digits
 * come from src/core/money (exact rounding to the sen: 1.005 -> "Rp1,01"); a value that is not
 * a finite number is shown as it is rather than failing a message.
 */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) return String(amount);
  const withSen = formatMoney(amount, { decimals: 2 });
  return withSen.endsWith(",00") ? withSen.slice(0, -3) : withSen;
}

/** "1.234.567" or "12,5": "." groups thousands, "," marks decimals (at most `maxDecimals`). */
export function formatNumber(value: number, maxDecimals = 6): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? "-" : "";
  const [whole, frac = ""] = Math.abs(value).toFixed(maxDecimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const decimals = frac.replace(/0+$/, "");
  return `${sign}${grouped}${decimals ? `,${decimals}` : ""}`;
}

/** A share as a percentage: 0.0399 -> "3,99%", 0.05 -> "5%". */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 2)}%`;
}
