import fc from "fast-check";
import { formatAngka, formatRupiah, groupThousands } from "./format";
import { parseRupiah } from "./parse";
import { ringkas } from "./ringkas";

describe("formatRupiah (PUEBI)", () => {
  it.each<[number, number | undefined, string]>([
    [2_950_000, undefined, "Rp2.950.000"],
    [2_950_000, 2, "Rp2.950.000,00"],
    [500_000, 2, "Rp500.000,00"],
    [0, undefined, "Rp0"],
    [999, undefined, "Rp999"],
    [1_000, undefined, "Rp1.000"],
    [-5_000, undefined, "-Rp5.000"],
    [-5_000.5, 2, "-Rp5.000,50"],
    [1_234.565, 2, "Rp1.234,57"],
    [2.675, 2, "Rp2,68"],
    [0.5, undefined, "Rp0,50"],
    [0.5, 0, "Rp1"],
    [187_500.5, undefined, "Rp187.500,50"],
    [-0.4, undefined, "-Rp0,40"],
    [-0.4, 0, "Rp0"],
    [-0.001, 2, "Rp0,00"],
    [999_999_999_999_999, undefined, "Rp999.999.999.999.999"],
    [1e21, undefined, "Rp1.000.000.000.000.000.000.000"],
  ])("%d (decimals %s) -> %s", (value, decimals, text) => {
    expect(formatRupiah(value, decimals === undefined ? {} : { decimals })).toBe(text);
  });

  it("formats digits without the currency", () => {
    expect(formatAngka(-1_500_000.25, 2)).toBe("1.500.000,25");
    expect(groupThousands("1234567")).toBe("1.234.567");
    expect(groupThousands("123")).toBe("123");
  });

  it("treats a non-finite value or invalid decimals as misuse", () => {
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatRupiah(1, { decimals: -1 })).toThrow(RangeError);
  });
});

describe("ringkas", () => {
  it.each<[number, string]>([
    [1_850_000_000_000, "Rp1,85 triliun"],
    [400_000_000_000, "Rp400 miliar"],
    [395_000_000_000, "Rp395 miliar"],
    [166_300_000_000, "Rp166,3 miliar"],
    [12_390_000, "Rp12,39 juta"],
    [12_385_000, "Rp12,39 juta"],
    [12_384_999, "Rp12,38 juta"],
    [1_000_000, "Rp1 juta"],
    [999_999_999, "Rp1 miliar"],
    [1_846_000_000_000_000, "Rp1.846 triliun"],
    [950_000, "Rp950.000"],
    [0, "Rp0"],
    [-12_390_000, "-Rp12,39 juta"],
    [-950_000, "-Rp950.000"],
  ])("%d -> %s", (value, text) => {
    expect(ringkas(value)).toBe(text);
  });

  it.each<[number, string]>([
    [1_850_000_000_000, "Rp1.85 trillion"],
    [166_300_000_000, "Rp166.3 billion"],
    [-12_390_000, "-Rp12.39 million"],
    [1_846_000_000_000_000, "Rp1,846 trillion"],
    [950_000, "Rp950,000"],
  ])("in English: %d -> %s", (value, text) => {
    expect(ringkas(value, "en")).toBe(text);
  });

  it("reads back (parseRupiah) within the rounding of its two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 1e15 }), (x) => {
        const back = parseRupiah(ringkas(x));
        expect(back.ok).toBe(true);
        if (back.ok) expect(Math.abs(back.value - x) / x).toBeLessThanOrEqual(0.005);
      }),
    );
  });
});

describe("parseRupiah(formatRupiah(x)) == x", () => {
  it("for integer amounts up to 10^15", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (x) => {
        expect(parseRupiah(formatRupiah(x))).toMatchObject({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
  });

  it("for sen amounts up to 10^15", () => {
    const senAmount = fc
      .tuple(fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
      .map(([rupiah, sen, negative]) => (negative ? -1 : 1) * Number(`${rupiah}.${String(sen).padStart(2, "0")}`));
    fc.assert(
      fc.property(senAmount, (x) => {
        expect(parseRupiah(formatRupiah(x, { decimals: 2 }))).toMatchObject({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
  });
});
