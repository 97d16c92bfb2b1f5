/**
 * Exact rupiah sums and products that stay fast on 100,000 lines: whole-rupiah amounts (nearly
 * all of them) are added as plain numbers while the sum is a safe integer, which is exact; any
 * amount with sen, or a sum beyond 2^53, goes through the bigint arithmetic of src/core/money.
 */
import { fromSen, multiplyRupiah, subtractRupiah, toSen } from "../money/arithmetic";

export class RupiahSum {
  private whole = 0;
  private sen = 0n;

  add(amount: number): void {
    if (Number.isInteger(amount)) {
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

/** volume × harga satuan, exact to the sen. */
export function lineProduct(volume: number, unitPrice: number): number {
  if (Number.isInteger(volume) && Number.isInteger(unitPrice)) {
    const product = volume * unitPrice;
    if (Number.isSafeInteger(product)) return product;
  }
  return multiplyRupiah(volume, unitPrice);
}

/** a − b, exact to the sen. */
export function difference(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) {
    const d = a - b;
    if (Number.isSafeInteger(d)) return d;
  }
  return subtractRupiah(a, b);
}
