import fc from "fast-check";
import { aggregateGrowth, growth, meanGrowth, orderFreeSum } from "./growth";

describe("growth of one count", () => {
  it.each([
    [10, 13, 0.3, 3],
    [4, 2, -0.5, -2],
    [7, 7, 0, 0],
  ])("%d -> %d = %d", (before, after, g, change) => {
    const r = growth(before, after);
    expect(r.ok && r.growth).toBeCloseTo(g, 12);
    expect(r.ok && r.change).toBe(change);
  });
  it.each([
    [0, 5, "FROM_ZERO"],
    [0, 0, "FROM_ZERO"],
    [-1, 5, "NEGATIVE"],
    [3, -5, "NEGATIVE"],
    [Number.NaN, 5, "NOT_FINITE"],
    [1, Number.POSITIVE_INFINITY, "NOT_FINITE"],
  ])("%d -> %d fails with %s", (before, after, reason) => {
    expect(growth(before, after)).toEqual({ ok: false, reason });
  });
});

describe("aggregate and mean growth over many sentra", () => {
  it("reports the sentra skipped and why", () => {
    const before = [10, null, 0, 20];
    const after = [15, 8, 6, 20];
    const agg = aggregateGrowth(before, after);
    expect(agg).toMatchObject({ ok: true, kind: "aggregate", totalBefore: 30, totalAfter: 41, used: 3 });
    expect(agg.ok && agg.skipped).toEqual([{ index: 1, reason: "INCOMPLETE" }]);
    const mean = meanGrowth(before, after);
    expect(mean).toMatchObject({ ok: true, kind: "mean", used: 2 });
    expect(mean.ok && mean.growth).toBeCloseTo(0.25, 12);
    expect(mean.ok && mean.skipped).toEqual([
      { index: 1, reason: "INCOMPLETE" },
      { index: 2, reason: "FROM_ZERO" },
    ]);
  });
  it("refuses mismatched lengths, negatives and empty data", () => {
    expect(aggregateGrowth([1, 2], [1])).toEqual({
      ok: false,
      reason: "LENGTH_MISMATCH",
      beforeCount: 2,
      afterCount: 1,
    });
    expect(meanGrowth([1, 2], [1, -2])).toEqual({ ok: false, reason: "NEGATIVE", index: 1 });
    expect(aggregateGrowth([null], [3])).toMatchObject({ ok: false, reason: "NO_DATA" });
    expect(aggregateGrowth([0, 0], [1, 2])).toMatchObject({ ok: false, reason: "FROM_ZERO" });
    expect(meanGrowth([0], [1])).toMatchObject({
      ok: false,
      reason: "NO_DATA",
      skipped: [{ index: 0, reason: "FROM_ZERO" }],
    });
  });
});

const count = fc.integer({ min: 0, max: 1_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000 });
const maybeCount = fc.option(count, { nil: null, freq: 5 });

describe("properties", () => {
  it("aggregate growth of identical rows equals each row's growth (exactly, for counts)", () => {
    fc.assert(
      fc.property(positive, count, fc.integer({ min: 1, max: 500 }), (b, a, n) => {
        const one = growth(b, a);
        const agg = aggregateGrowth(Array(n).fill(b), Array(n).fill(a));
        expect(agg.ok && one.ok && agg.growth === one.growth).toBe(true);
        const mean = meanGrowth(Array(n).fill(b), Array(n).fill(a));
        if (!one.ok || !mean.ok) throw new Error("positive counts must give a growth");
        // The mean adds n floats and divides: exact up to a relative rounding error, and growths
        // reach 10^6 (1 -> 1,000,000), so the tolerance must be relative, not absolute.
        expect(Math.abs(mean.growth - one.growth)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(one.growth)));
      }),
    );
  });

  it("aggregate growth of identical rows stays close for fractional amounts (capacity)", () => {
    const amount = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 1, max: 200 }), (b, a, n) => {
        const one = growth(b, a);
        const agg = aggregateGrowth(Array(n).fill(b), Array(n).fill(a));
        if (!one.ok || !agg.ok) throw new Error("positive amounts must give a growth");
        expect(Math.abs(agg.growth - one.growth)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(one.growth)));
      }),
    );
  });

  it("permuting rows changes neither aggregate nor mean (not even the last digit)", () => {
    const rows = fc.array(fc.tuple(maybeCount, maybeCount), { minLength: 1, maxLength: 40 });
    const fractional = fc.array(
      fc.tuple(fc.double({ min: 0.001, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true })),
      { minLength: 1, maxLength: 40 },
    );
    const check = (pairs: [number | null, number | null][], seed: number) => {
      const order = pairs.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 101) - ((y * 7919 + seed) % 101));
      const shuffled = order.map((i) => pairs[i]);
      for (const f of [aggregateGrowth, meanGrowth]) {
        const a = f(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        const b = f(
          shuffled.map((p) => p[0]),
          shuffled.map((p) => p[1]),
        );
        expect(b.ok).toBe(a.ok);
        if (a.ok && b.ok) {
          expect(b.growth).toBe(a.growth);
          expect(b.used).toBe(a.used);
          expect(b.skipped.length).toBe(a.skipped.length);
        }
      }
    };
    fc.assert(fc.property(rows, fc.nat(), check));
    fc.assert(fc.property(fractional, fc.nat(), check));
  });

  it("never returns Infinity or NaN", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(maybeCount, maybeCount), { maxLength: 30 }), (pairs) => {
        for (const f of [aggregateGrowth, meanGrowth]) {
          const r = f(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          if (r.ok) expect(Number.isFinite(r.growth)).toBe(true);
        }
      }),
    );
  });

  it("orderFreeSum equals the exact sum for integers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (xs) => {
        expect(orderFreeSum(xs)).toBe(Number(xs.reduce((s, x) => s + BigInt(x), 0n)));
      }),
    );
  });
});
