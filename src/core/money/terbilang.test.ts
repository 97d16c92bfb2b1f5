import { terbilang } from "./terbilang";

describe("terbilang (integers)", () => {
  it.each([
    [0, "nol"],
    [11, "sebelas"],
    [100, "seratus"],
    [1000, "seribu"],
    [1_000_000, "satu juta"],
    [2_950_000, "dua juta sembilan ratus lima puluh ribu"],
    [1_000_000_000, "satu miliar"],
    [1_000_000_000_000, "satu triliun"],
    [3_715_830_000, "tiga miliar tujuh ratus lima belas juta delapan ratus tiga puluh ribu"],
  ])("%i -> %s", (n, words) => {
    expect(terbilang(n)).toEqual({ ok: true, words });
  });

  it("refuses what it cannot spell", () => {
    expect(terbilang(1.5)).toEqual({ ok: false, reason: "NOT_INTEGER" });
    expect(terbilang(1e15)).toEqual({ ok: false, reason: "OUT_OF_RANGE" });
    expect(terbilang(Number.NaN)).toEqual({ ok: false, reason: "NOT_INTEGER" });
  });
});
