/**
 * Numbers the Indonesian way (DOMAIN.md §6), for messages in both languages: officials read
 * rupiah as "Rp1.500.000", not "IDR 1,500,000".
 */

/** "Rp1.500.000"; sen only when there are any ("Rp187.500,50"); negative "-Rp5.000". */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  const [whole, sen] = abs.toFixed(2).split(".");
  const text = sen === "00" ? formatNumber(Number(whole), 0) : `${formatNumber(Number(whole), 0)},${sen}`;
  return `${sign}Rp${text}`;
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
