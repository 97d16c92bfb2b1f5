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

/**
 * volume × harga satuan to the sen, rounded half away from zero. Typed numbers (a volume of up
 * to 6 decimals, a price of up to 2) are multiplied as the decimals typed: 12,5 × Rp1.000.000,33
 * is Rp12.500.004,13 although the stored 1000000.33 is a hair below. Any other number (a volume
 * computed as =1/3 is 0.333…33 to 17 digits) is multiplied exactly as stored, as Excel stores it:
 * 1/3 × Rp4.968.000.000 is Rp1.656.000.000 to the sen, as Excel's =E*G shows, where rounding the
 * volume to 6 decimals first invented a difference of Rp1.656. Throws RangeError when an input is
 * not finite or the product is beyond any number.
 */
export function multiplyRupiah(volume: number, unitPrice: number): number {
  if (Number.isSafeInteger(volume) && Number.isSafeInteger(unitPrice)) {
    const product = volume * unitPrice;
    // + 0 turns -0 (from -3 × 0) into 0, as the bigint path gives.
    if (Number.isSafeInteger(product)) return product + 0;
  }
  if (!Number.isFinite(volume) || !Number.isFinite(unitPrice)) {
    throw new RangeError(`not finite: ${volume} × ${unitPrice}`);
  }
  const result = fromSen(
    typedDecimals(volume) <= 6 && typedDecimals(unitPrice) <= 2
      ? roundScaled(toScaledInteger(volume, 6) * toSen(unitPrice), 1_000_000n)
      : storedProductSen(volume, unitPrice),
  );
  if (!Number.isFinite(result)) throw new RangeError(`too large: ${volume} × ${unitPrice}`);
  return result;
}

/** How many decimals the shortest text of x has (what was typed; 1/3 has 16). */
function typedDecimals(x: number): number {
  const text = String(x);
  if (text.includes("e")) return Math.abs(x) >= 1e21 ? 0 : Infinity;
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

/** n / d, rounded half away from zero. */
function roundScaled(n: bigint, d: bigint): bigint {
  const half = d / 2n;
  return n >= 0n ? (n + half) / d : -((-n + half) / d);
}

/** The exact product of the two stored numbers, in sen. */
function storedProductSen(a: number, b: number): bigint {
  const x = binaryParts(a);
  const y = binaryParts(b);
  return roundShift(x.mantissa * y.mantissa * 100n, x.exponent + y.exponent);
}

const view = new DataView(new ArrayBuffer(8));

/** x = mantissa × 2^exponent exactly, with a signed integer mantissa (x finite). */
function binaryParts(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (biased !== 0) mantissa |= 1n << 52n; // the implicit leading bit of normal numbers
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return { mantissa: high >>> 31 ? -mantissa : mantissa, exponent };
}

/** n × 2^shift as an integer, rounded half away from zero. */
function roundShift(n: bigint, shift: number): bigint {
  if (shift >= 0) return n << BigInt(shift);
  const bits = BigInt(-shift);
  const half = 1n << (bits - 1n);
  return n >= 0n ? (n + half) >> bits : -((-n + half) >> bits);
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
