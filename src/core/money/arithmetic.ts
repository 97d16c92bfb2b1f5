/**
 * Exact rupiah arithmetic. Amounts travel as JS numbers in rupiah (with at most two decimals:
 * sen), and every sum, difference and product is exact to the sen: adding 100,000 lines of a
 * few miliar each never drifts (10^15 rupiah is 10^17 sen, beyond 2^53). Whole-rupiah amounts
 * (nearly all of them) take a fast path in plain numbers while the result is a safe integer,
 * which is then exact; anything else (sen, or a result beyond 2^53) goes through integer sen
 * in bigint. Both paths give the same result.
 */

export const MAX_RUPIAH = 1e15;

/** Rupiah (a float with up to two decimals) -> integer sen, rounding half away from zero. */
export function toSen(rupiah: number): bigint {
  return toScaledInteger(rupiah, 2);
}

/**
 * Rounds on the shortest decimal text of the number (what the user typed: 1.005 stays "1.005",
 * not 1.00499999…) and returns the value scaled by 10^decimals as an integer.
 */
function roundDecimalString(abs: number, decimals: number): bigint {
  const text = abs.toString();
  if (text.includes("e")) {
    // Very small (rounds to 0) or very large (beyond any rupiah amount): toFixed is exact enough.
    const [w, f = ""] = abs.toFixed(decimals).split(".");
    return BigInt(w) * 10n ** BigInt(decimals) + BigInt(f || "0");
  }
  const [whole, frac = ""] = text.split(".");
  const kept = (frac + "0".repeat(decimals)).slice(0, decimals);
  const next = frac.length > decimals ? Number(frac[decimals]) : 0;
  const scaled = BigInt(whole) * 10n ** BigInt(decimals) + BigInt(kept || "0");
  return next >= 5 ? scaled + 1n : scaled;
}

/** Integer sen -> rupiah as a number (exact up to 2^53 sen; beyond that the nearest double). */
export function fromSen(sen: bigint): number {
  const negative = sen < 0n;
  const abs = negative ? -sen : sen;
  const value = Number(abs / 100n) + Number(abs % 100n) / 100;
  return negative ? -value : value;
}

/**
 * A running exact sum of rupiah amounts: whole rupiah add up as a plain number while that stays
 * a safe integer; the rest (sen, or what would leave the safe range) adds up in bigint sen.
 */
export class RupiahAccumulator {
  private whole = 0;
  private sen = 0n;

  add(amount: number): void {
    if (Number.isSafeInteger(amount)) {
      const next = this.whole + amount;
      // Adding two safe integers is exact unless the true sum leaves the safe range, and then
      // the rounded result leaves it too: the test below catches exactly that case.
      if (Number.isSafeInteger(next)) {
        this.whole = next;
        return;
      }
    }
    this.sen += toSen(amount);
  }

  get value(): number {
    return this.sen === 0n ? this.whole : fromSen(BigInt(this.whole) * 100n + this.sen);
  }
}

/** Exact sum of rupiah amounts. */
export function sumRupiah(amounts: Iterable<number>): number {
  const total = new RupiahAccumulator();
  for (const a of amounts) total.add(a);
  return total.value;
}

/** volume × harga satuan, exact to the sen (volume may have decimals, e.g. 12,5 m2). */
export function multiplyRupiah(volume: number, unitPrice: number): number {
  if (Number.isSafeInteger(volume) && Number.isSafeInteger(unitPrice)) {
    const product = volume * unitPrice;
    // + 0 turns -0 (from -3 × 0) into 0, as the bigint path gives.
    if (Number.isSafeInteger(product)) return product + 0;
  }
  if (!Number.isFinite(volume) || !Number.isFinite(unitPrice)) {
    throw new RangeError(`not finite: ${volume} × ${unitPrice}`);
  }
  // Scale the volume to an integer (up to 6 decimals) so the product is computed exactly.
  const volumeScaled = toScaledInteger(volume, 6);
  const priceSen = toSen(unitPrice);
  const productMicroSen = volumeScaled * priceSen; // sen × 10^6
  const half = 500_000n;
  const rounded =
    productMicroSen >= 0n ? (productMicroSen + half) / 1_000_000n : -((-productMicroSen + half) / 1_000_000n);
  return fromSen(rounded);
}

/** a − b, exact. */
export function subtractRupiah(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    const d = a - b;
    if (Number.isSafeInteger(d)) return d + 0; // -0 (from -0 − 0) becomes 0, as below
  }
  return fromSen(toSen(a) - toSen(b));
}

/** part / whole as a ratio (0.0399 for 3,99%); undefined when whole is 0. */
export function shareOf(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  return part / whole;
}

/**
 * x × 10^decimals as an integer, rounded half away from zero on x's shortest decimal text
 * (exact for what was typed: 2.675 with 2 decimals gives 268, not 267).
 */
export function toScaledInteger(x: number, decimals: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite amount: ${x}`);
  // Beyond 10^21 toString uses an exponent; such doubles are integers anyway.
  if (Math.abs(x) >= 1e21) return BigInt(x) * 10n ** BigInt(decimals);
  const v = roundDecimalString(Math.abs(x), decimals);
  return x < 0 ? -v : v;
}
