import fc from "fast-check";
import {
  fromSen,
  multiplyRupiah,
  RupiahAccumulator,
  subtractRupiah,
  sumRupiah,
  toScaledInteger,
  toSen,
} from "./arithmetic";

describe("exact rupiah arithmetic", () => {
  it("converts to and from sen without float error", () => {
    expect(toSen(1.005)).toBe(101n);
    expect(toSen(0.1 + 0.2)).toBe(30n);
    expect(toSen(-5000.5)).toBe(-500050n);
    expect(fromSen(-500050n)).toBe(-5000.5);
    expect(() => toSen(Number.NaN)).toThrow(RangeError);
  });

  it.each<[number, number, bigint]>([
    [2.675, 2, 268n],
    [-2.675, 2, -268n],
    [1234.5, 0, 1235n],
    [0.0000001, 2, 0n],
    [1e21, 2, 100000000000000000000000n],
    [1.23456789, 6, 1234568n],
  ])("scales %d by 10^%d exactly, half away from zero", (x, decimals, scaled) => {
    expect(toScaledInteger(x, decimals)).toBe(scaled);
  });

  it("sums many large amounts exactly where floats drift", () => {
    const amounts = Array.from({ length: 100_000 }, () => 1_234_567_890.1);
    let floatSum = 0;
    for (const a of amounts) floatSum += a;
    expect(floatSum).not.toBe(123_456_789_010_000);
    expect(sumRupiah(amounts)).toBe(123_456_789_010_000);
  });

  it("multiplies volume by unit price to the sen", () => {
    expect(multiplyRupiah(3, 38_250_000)).toBe(114_750_000);
    expect(multiplyRupiah(12.5, 1_000_000.33)).toBe(12_500_004.13);
    expect(multiplyRupiah(0.1, 0.3)).toBe(0.03);
    expect(subtractRupiah(0.3, 0.1)).toBe(0.2);
  });

  it("sum of integers equals the exact integer sum (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e12 }), { maxLength: 50 }), (xs) => {
        const exact = xs.reduce((s, x) => s + BigInt(x), 0n);
        expect(sumRupiah(xs)).toBe(Number(exact));
      }),
    );
  });

  it("whole-rupiah fast paths give what the sen path gives, also past 2^53 and for -0", () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    expect(sumRupiah([big, 3, 0.5])).toBe(fromSen(toSen(big) + 300n + 50n));
    expect(multiplyRupiah(2, big)).toBe(fromSen(2n * toSen(big)));
    expect(subtractRupiah(-big, 5)).toBe(fromSen(-toSen(big) - 500n));
    expect(Object.is(multiplyRupiah(-3, 0), 0)).toBe(true);
    expect(Object.is(subtractRupiah(-0, 0), 0)).toBe(true);
    const acc = new RupiahAccumulator();
    for (const a of [1_000, 0.25, big]) acc.add(a);
    expect(acc.value).toBe(sumRupiah([1_000, 0.25, big]));
  });
});

describe("products of the numbers as Excel stores them (issue 17.1)", () => {
  it("invents no difference for a volume computed as =1/3", () => {
    expect(multiplyRupiah(1 / 3, 4_968_000_000)).toBe(1_656_000_000);
    expect(multiplyRupiah(1 / 3, 150_000_000)).toBe(50_000_000);
    expect(multiplyRupiah(2 / 3, 4_500_000)).toBe(3_000_000);
  });

  it("is within half a sen of the exact product of the stored numbers (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0001, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 1e10 }),
        (volume, price) => {
          const result = multiplyRupiah(volume, price);
          // Compare in sen with a float product: the float error is far below half a sen here.
          expect(Math.abs(result * 100 - volume * price * 100)).toBeLessThanOrEqual(0.5 + volume * price * 1e-13);
        },
      ),
    );
  });

  it("keeps signs, subnormals and -0 right", () => {
    expect(multiplyRupiah(-1.5, 1_000.01)).toBe(-1_500.02);
    expect(multiplyRupiah(1.5, -1_000.01)).toBe(-1_500.02);
    expect(multiplyRupiah(5e-324, 1)).toBe(0);
    expect(Object.is(multiplyRupiah(-0.5, 0), 0)).toBe(true);
  });

  it("says RangeError when the product is beyond any number, never Infinity", () => {
    expect(() => multiplyRupiah(1e200, 1e200)).toThrow(RangeError);
  });
});
