import fc from "fast-check";
import {
  TERBILANG_FAIL_MESSAGES,
  TERBILANG_MAX,
  terbilang,
  type TerbilangFailReason,
  type TerbilangOptions,
} from "./terbilang";

describe("terbilang (integers)", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [111, "seratus sebelas"],
    [200, "dua ratus"],
    [999, "sembilan ratus sembilan puluh sembilan"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1100, "seribu seratus"],
    [2000, "dua ribu"],
    [11_000, "sebelas ribu"],
    [100_000, "seratus ribu"],
    [101_000, "seratus satu ribu"],
    [1_000_000, "satu juta"],
    [1_001_000, "satu juta seribu"],
    [2_950_000, "dua juta sembilan ratus lima puluh ribu"],
    [1_000_000_000, "satu miliar"],
    [1_000_000_000_000, "satu triliun"],
    [1_000_001_000_000, "satu triliun satu juta"],
    [3_715_830_000, "tiga miliar tujuh ratus lima belas juta delapan ratus tiga puluh ribu"],
    [
      TERBILANG_MAX,
      "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar " +
        "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu " +
        "sembilan ratus sembilan puluh sembilan",
    ],
    [-5_000, "minus lima ribu"],
    [-0, "nol"],
  ])("%d -> %s", (n, words) => {
    expect(terbilang(n)).toEqual({ ok: true, words });
  });
});

describe("terbilang with options", () => {
  it.each<[number, TerbilangOptions, string]>([
    [2_950_000, { rupiah: true }, "dua juta sembilan ratus lima puluh ribu rupiah"],
    [2_950_000, { rupiah: true, titleCase: true }, "Dua Juta Sembilan Ratus Lima Puluh Ribu Rupiah"],
    [2_950_000, { titleCase: true }, "Dua Juta Sembilan Ratus Lima Puluh Ribu"],
    [0, { rupiah: true }, "nol rupiah"],
    [1_500_000.5, { sen: true }, "satu juta lima ratus ribu rupiah lima puluh sen"],
    [1_500_000.5, { rupiah: true, sen: true }, "satu juta lima ratus ribu rupiah lima puluh sen"],
    [1_500_000, { sen: true }, "satu juta lima ratus ribu rupiah"],
    [12.01, { sen: true }, "dua belas rupiah satu sen"],
    [0.5, { sen: true }, "lima puluh sen"],
    [0.999, { sen: true }, "satu rupiah"],
    [-0.25, { sen: true, titleCase: true }, "Minus Dua Puluh Lima Sen"],
    [-5_000, { rupiah: true }, "minus lima ribu rupiah"],
  ])("%d %j -> %s", (n, options, words) => {
    expect(terbilang(n, options)).toEqual({ ok: true, words });
  });
});

describe("terbilang refuses what it cannot spell, as a value", () => {
  it.each<[number, TerbilangOptions, TerbilangFailReason]>([
    [1.5, {}, "NOT_INTEGER"],
    [1.5, { rupiah: true }, "NOT_INTEGER"],
    [TERBILANG_MAX + 1, {}, "OUT_OF_RANGE"],
    [-(TERBILANG_MAX + 1), { rupiah: true }, "OUT_OF_RANGE"],
    [1e15 + 0.5, { sen: true }, "OUT_OF_RANGE"],
    [Number.NaN, {}, "NOT_FINITE"],
    [Number.POSITIVE_INFINITY, {}, "NOT_FINITE"],
  ])("%d %j -> %s", (n, options, reason) => {
    expect(terbilang(n, options)).toEqual({ ok: false, reason, message: TERBILANG_FAIL_MESSAGES.id[reason] });
  });
});

describe("terbilang properties", () => {
  const integer = fc.integer({ min: -TERBILANG_MAX, max: TERBILANG_MAX });
  const words = (n: number, options?: TerbilangOptions): string => {
    const result = terbilang(n, options);
    if (!result.ok) throw new Error(`${n}: ${result.reason}`);
    return result.words;
  };

  it("never has double, leading or trailing spaces", () => {
    fc.assert(
      fc.property(integer, fc.boolean(), fc.boolean(), (n, rupiah, titleCase) => {
        const w = words(n, { rupiah, titleCase });
        expect(w).not.toMatch(/\s\s|^\s|\s$/);
      }),
    );
  });

  it('never says "satu ratus", "satu belas", or "satu ribu" for one thousand', () => {
    // "sembilan ratus satu ribu" (901.000) is right: only a count that is exactly 1 must be "se-".
    const oneThousand = /(^|(minus|ribu|juta|miliar|triliun) )satu ribu\b/;
    fc.assert(
      fc.property(integer, (n) => {
        const w = words(n);
        expect(w).not.toMatch(/\bsatu (ratus|belas)\b/);
        expect(w).not.toMatch(oneThousand);
      }),
    );
    for (const n of [1_000, 1_001_000, 5_000_001_000, 2_000_000_001_000, -1_000])
      expect(words(n)).not.toMatch(oneThousand);
  });

  it("differs for different integers", () => {
    fc.assert(
      fc.property(integer, integer, (a, b) => {
        fc.pre(a !== b);
        expect(words(a)).not.toBe(words(b));
      }),
    );
    const seen = new Map<string, number>();
    for (let n = -2_000; n <= 1_002_000; n += n < 3_000 ? 1 : 997) {
      const w = words(n);
      expect(seen.get(w) ?? n).toBe(n);
      seen.set(w, n);
    }
  });

  it("Title Case capitalises exactly the first letter of every word", () => {
    fc.assert(
      fc.property(integer, (n) => {
        expect(words(n, { titleCase: true }).toLowerCase()).toBe(words(n));
        expect(words(n, { titleCase: true })).toMatch(/^([A-Z][a-z]*)( [A-Z][a-z]*)*$/);
      }),
    );
  });
});
