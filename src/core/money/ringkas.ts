/**
 * ringkas: an amount in the short form of news and slides: "Rp1,85 triliun", "Rp400 miliar",
 * "Rp12,39 juta" (at most two decimals, trailing zeros dropped, rounded half away from zero).
 * Below one juta the full PUEBI figure is short enough: "Rp950.000". In English the same scales
 * with English words and separators: "Rp1.85 trillion", "Rp400 billion", "Rp950,000".
 */
import { SEPARATORS, type Locale } from "../i18n/locale";
import { toScaledInteger } from "./arithmetic";
import { formatRupiah, groupThousands } from "./format";

const UNITS: readonly bigint[] = [10n ** 12n * 100n, 10n ** 9n * 100n, 10n ** 6n * 100n];
const NAMES: Readonly<Record<Locale, readonly string[]>> = {
  id: ["triliun", "miliar", "juta"],
  en: ["trillion", "billion", "million"],
};

/** Throws RangeError only for a non-finite value (programmer misuse). */
export function ringkas(value: number, locale: Locale = "id"): string {
  const sen = toScaledInteger(Math.abs(value), 2);
  const sep = SEPARATORS[locale];
  // Largest first: the first scale at which the rounded amount is at least 1 is used.
  for (const [i, unitSen] of UNITS.entries()) {
    const name = NAMES[locale][i];
    // Hundredths of the unit, rounded: 999.999.999 gives 100 hundredths of a miliar = "Rp1 miliar".
    const hundredths = (sen * 100n + unitSen / 2n) / unitSen;
    if (hundredths < 100n) continue;
    const whole = groupThousands((hundredths / 100n).toString(), sep.group);
    const fraction = hundredths % 100n;
    const decimals = fraction === 0n ? "" : `${sep.decimal}${fraction.toString().padStart(2, "0").replace(/0$/, "")}`;
    return `${value < 0 ? "-" : ""}Rp${whole}${decimals} ${name}`;
  }
  return formatRupiah(value, { decimals: 0, locale });
}
