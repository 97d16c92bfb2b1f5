import * as money from "./index";

describe("the money module's entry", () => {
  it("offers the reader, the writers and the arithmetic together", () => {
    const parsed = money.parseRupiah("Rp2.950.000,00");
    expect(parsed).toEqual({ ok: true, value: 2_950_000 });
    const value = parsed.ok ? parsed.value : Number.NaN;
    expect(money.formatRupiah(value, { decimals: 2 })).toBe("Rp2.950.000,00");
    expect(money.terbilang(value, { rupiah: true })).toEqual({
      ok: true,
      words: "dua juta sembilan ratus lima puluh ribu rupiah",
    });
    expect(money.ringkas(money.sumRupiah([value, 9_440_000]))).toBe("Rp12,39 juta");
    expect(money.describeParseFailure("AMBIGUOUS_SEPARATOR", "en")).toMatch(/two different amounts/);
  });
});
