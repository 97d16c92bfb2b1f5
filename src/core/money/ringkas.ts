/**
 * ringkas: an amount in the short form of news and slides: "Rp1,85 triliun", "Rp400 miliar",
 * "Rp12,39 juta" (at most two decimals, trailing zeros dropped, rounded half away from zero).
 * Below one juta the full PUEBI figure is short enough: "Rp950.000".
 */
import { toScaledInteger } from "./arithmetic";
import { formatRupiah, groupThousands } from "./format";

/** Largest first: the first scale at which the rounded amount is at least 1 is used. */
const SCALES: ReadonlyArray<readonly [bigint, string]> = [
  [10n ** 12n * 100n, "triliun"],
  [10n ** 9n * 100n, "miliar"],
  [10n ** 6n * 100n, "juta"],
];

/** Throws RangeError only for a non-finite value (programmer misuse). */
export function ringkas(value: number): string {
  const sen = toScaledInteger(Math.abs(value), 2);
  for (const [unitSen, name] of SCALES) {
    // Hundredths of the unit, rounded: 999.999.999 gives 100 hundredths of a miliar = "Rp1 miliar".
    const hundredths = (sen * 100n + unitSen / 2n) / unitSen;
    if (hundredths < 100n) continue;
    const whole = groupThousands((hundredths / 100n).toString());
    const fraction = hundredths % 100n;
    const decimals = fraction === 0n ? "" : `,${fraction.toString().padStart(2, "0").replace(/0$/, "")}`;
    return `${value < 0 ? "-" : ""}Rp${whole}${decimals} ${name}`;
  }
  return formatRupiah(value, { decimals: 0 });
}
