import { excelError } from "./args";
import {
  indikatorSentra,
  klasifikasiIkm,
  levelPasar,
  pertumbuhan,
  pertumbuhanAgregat,
  pertumbuhanRata,
  sentraLayak,
  skorKelembagaan,
} from "./sentra.functions";

type Fn = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The five cases every custom function must pass (DESIGN.md §8). */
interface FiveCases {
  readonly happy: { args: unknown[]; expected: unknown };
  readonly wrongType: { args: unknown[]; code: string };
  readonly coercion: { args: unknown[]; expected: unknown };
  /** Empty or omitted input: either a value or an error code. */
  readonly empty: { args: unknown[]; expected?: unknown; code?: string };
  /** Which argument carries the error object in (the same object must come out). */
  readonly error: { args: (err: unknown) => unknown[] };
}

const col = (...xs: unknown[]) => xs.map((x) => [x]);

const CASES: Record<string, [Fn, FiveCases]> = {
  PERTUMBUHAN: [
    pertumbuhan,
    {
      happy: { args: [10, 13], expected: 0.3 },
      wrongType: { args: ["sepuluh", 13], code: "#VALUE!" },
      coercion: { args: ["10", "15"], expected: 0.5 },
      empty: { args: [null, 13], code: "#VALUE!" },
      error: { args: (e) => [10, e] },
    },
  ],
  PERTUMBUHAN_AGREGAT: [
    pertumbuhanAgregat,
    {
      happy: { args: [col(10, 30), col(20, 30)], expected: 0.25 },
      wrongType: { args: [col(10, "banyak"), col(20, 30)], code: "#VALUE!" },
      coercion: { args: [col("10", 30), col(20, "30")], expected: 0.25 },
      // The empty sentra is skipped: only 10 -> 20 counts.
      empty: { args: [col(10, null), col(20, 30)], expected: 1 },
      error: { args: (e) => [col(10, e), col(20, 30)] },
    },
  ],
  PERTUMBUHAN_RATA: [
    pertumbuhanRata,
    {
      happy: { args: [col(10, 30), col(20, 30)], expected: 0.5 },
      wrongType: { args: [col(10, true), col(20, 30)], code: "#VALUE!" },
      coercion: { args: [col("10", 30), col(20, "30")], expected: 0.5 },
      empty: { args: [col(null, null), col(null, null)], code: "#N/A" },
      error: { args: (e) => [col(10, 30), col(e, 30)] },
    },
  ],
  INDIKATOR_SENTRA: [
    indikatorSentra,
    {
      happy: {
        args: [[["Unit IKM", 20, 25]]],
        expected: expect.arrayContaining([["Jumlah unit IKM", 20, 25, 5, 0.25]]),
      },
      wrongType: { args: [[["Harga emas", 1, 2]]], code: "#VALUE!" },
      coercion: {
        args: [[["Tenaga kerja", "40", "70"]]],
        expected: expect.arrayContaining([["Tenaga kerja", 40, 70, 30, 0.75]]),
      },
      empty: { args: [[[null, null, null]]], code: "#N/A" },
      error: { args: (e) => [[["Produk", e, 10]]] },
    },
  ],
  SKOR_KELEMBAGAAN: [
    skorKelembagaan,
    {
      happy: { args: [col(true, true, false, true)], expected: 0.75 },
      wrongType: { args: [col(true, "mungkin")], code: "#VALUE!" },
      coercion: { args: [col("ya", 1, "tidak", "✓")], expected: 0.75 },
      empty: { args: [col(null, null)], code: "#N/A" },
      error: { args: (e) => [col(true, e)] },
    },
  ],
  LEVEL_PASAR: [
    levelPasar,
    {
      happy: { args: ["Nasional"], expected: 4 },
      wrongType: { args: [true], code: "#VALUE!" },
      coercion: { args: ["3"], expected: 3 },
      empty: { args: [null], code: "#N/A" },
      error: { args: (e) => [e] },
    },
  ],
  KLASIFIKASI_IKM: [
    klasifikasiIkm,
    {
      happy: { args: [10, 500_000_000], expected: "Kecil (Permenperin 64/M-IND/PER/7/2016)" },
      wrongType: { args: ["banyak", 500_000_000], code: "#VALUE!" },
      coercion: { args: ["25", "2000000000"], expected: "Menengah (Permenperin 64/M-IND/PER/7/2016)" },
      // Omitted regime = Permenperin; BPS needs no investment.
      empty: { args: [30, null, "BPS"], expected: "Sedang (BPS (tenaga kerja))" },
      error: { args: (e) => [10, e] },
    },
  ],
  SENTRA_LAYAK: [
    sentraLayak,
    {
      happy: { args: [12, "SK 050/123/2019", "Koperasi Maju"], expected: "LAYAK" },
      wrongType: { args: ["dua belas", "SK 1", "ya"], code: "#VALUE!" },
      coercion: { args: ["5", 123, "ya"], expected: "LAYAK" },
      empty: { args: [8], expected: "TIDAK LAYAK: SK sentra belum ada; pengelola belum ada" },
      error: { args: (e) => [12, e, "ya"] },
    },
  ],
};

describe.each(Object.entries(CASES))("DAK.%s: the five cases", (_id, [fn, c]) => {
  const call = (args: unknown[]) => () => fn(...args);

  it("happy path", () => {
    const result = fn(...c.happy.args);
    if (typeof c.happy.expected === "number") expect(result).toBeCloseTo(c.happy.expected, 12);
    else expect(result).toEqual(c.happy.expected);
  });
  it("wrong type gives an error with a message", () => {
    expect(call(c.wrongType.args)).toThrow(expect.objectContaining({ code: c.wrongType.code }));
    expect(call(c.wrongType.args)).toThrow(/\S/);
  });
  it("coerces a number written as text", () => {
    const result = fn(...c.coercion.args);
    if (typeof c.coercion.expected === "number") expect(result).toBeCloseTo(c.coercion.expected, 12);
    else expect(result).toEqual(c.coercion.expected);
  });
  it("handles empty or omitted input", () => {
    if (c.empty.code) expect(call(c.empty.args)).toThrow(expect.objectContaining({ code: c.empty.code }));
    else expect(fn(...c.empty.args)).toEqual(c.empty.expected);
  });
  it("propagates an error value", () => {
    const err = excelError("#N/A", "sumber kosong");
    let caught: unknown;
    let result: unknown;
    try {
      result = fn(...c.error.args(err));
    } catch (e) {
      caught = e;
    }
    // A scalar function throws the very error object; a table returns it in the affected cells.
    if (caught !== undefined) expect(caught).toBe(err);
    else expect((result as unknown[][]).flat()).toContain(err);
  });
});

describe("growth errors the issue names", () => {
  it.each([
    ["growth from zero", () => pertumbuhan(0, 5), "#DIV/0!", /nol/],
    ["negative count", () => pertumbuhan(-1, 5), "#NUM!", /negatif/],
    ["text", () => pertumbuhan("lima", 5), "#VALUE!", /bukan angka/],
    ["mismatched ranges", () => pertumbuhanAgregat(col(1, 2, 3), col(1, 2)), "#VALUE!", /3 sel.*2 sel/],
    ["mismatched ranges (mean)", () => pertumbuhanRata(col(1, 2), col(1, 2, 3)), "#VALUE!", /harus sama/],
    ["aggregate of all-zero sentra", () => pertumbuhanAgregat(col(0, 0), col(3, 4)), "#DIV/0!", /agregat/],
    ["mean of all-zero sentra", () => pertumbuhanRata(col(0, 0), col(3, 4)), "#DIV/0!", /berawal dari 0/],
    ["negative in a range", () => pertumbuhanAgregat(col(1, -2), col(1, 2)), "#NUM!", /Sentra ke-2/],
  ])("%s", (_name, run, code, message) => {
    expect(run).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it("aggregate and mean differ when sentra differ in size", () => {
    // 10 -> 20 (+100%) and 90 -> 90 (0%): aggregate 100 -> 110 = 10%, mean of 100% and 0% = 50%.
    expect(pertumbuhanAgregat(col(10, 90), col(20, 90))).toBeCloseTo(0.1, 12);
    expect(pertumbuhanRata(col(10, 90), col(20, 90))).toBeCloseTo(0.5, 12);
  });

  it("the mean skips a sentra growing from 0, the aggregate keeps it", () => {
    expect(pertumbuhanRata(col(0, 10), col(5, 15))).toBeCloseTo(0.5, 12);
    expect(pertumbuhanAgregat(col(0, 10), col(5, 15))).toBeCloseTo(1, 12);
  });
});

describe("DAK.INDIKATOR_SENTRA output", () => {
  const table = [
    ["Indikator", "Awal", "Akhir", "Satuan awal", "Satuan akhir"],
    ["Jumlah unit IKM", 20, 25],
    ["Jenis produk", 0, 4],
    ["Kelembagaan", 0.5, 0.75],
    ["Pasar", "kab/kota", "nasional"],
    ["Tenaga kerja", 40, null],
    ["Kapasitas produksi", 2, 3, "ton/bulan", "kg/hari"],
  ];
  const result = indikatorSentra(table) as unknown[][];
  const code = (v: unknown) => (v as { code: string }).code;

  it("has a header and one row per indicator in a fixed order", () => {
    expect(result[0]).toEqual(["Indikator", "Awal", "Akhir", "Perubahan", "Pertumbuhan"]);
    expect(result.map((r) => r[0]).slice(1)).toEqual([
      "Jumlah unit IKM",
      "Jumlah/jenis produk",
      "Formalitas kelembagaan",
      "Jangkauan pasar",
      "Tenaga kerja",
      "Kapasitas produksi",
    ]);
  });
  it("computes counts, shares and market levels", () => {
    expect(result[1]).toEqual(["Jumlah unit IKM", 20, 25, 5, 0.25]);
    expect(result[3]).toEqual(["Formalitas kelembagaan", 0.5, 0.75, 0.25, 0.5]);
    expect(result[4]).toEqual(["Jangkauan pasar", 2, 4, 2, 1]);
  });
  it("puts a clear error only in the cells that cannot be computed", () => {
    expect(result[2][3]).toBe(4);
    expect(code(result[2][4])).toBe("#DIV/0!");
    expect(code(result[5][3])).toBe("#N/A");
    expect(code(result[6][4])).toBe("#VALUE!");
    expect((result[6][4] as Error).message).toMatch(/[Ss]atuan/);
  });
  it("refuses a repeated indicator", () => {
    expect(() =>
      indikatorSentra([
        ["Produk", 1, 2],
        ["produk", 3, 4],
      ]),
    ).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

describe("DAK.KLASIFIKASI_IKM regimes name themselves", () => {
  it.each([
    [19, 999_999_999, undefined, "Kecil (Permenperin 64/M-IND/PER/7/2016)"],
    [19, 1_000_000_000, undefined, "Menengah (Permenperin 64/M-IND/PER/7/2016)"],
    [20, 15_000_000_000, "permenperin", "Menengah (Permenperin 64/M-IND/PER/7/2016)"],
    [20, 15_000_000_001, undefined, "Besar (Permenperin 64/M-IND/PER/7/2016)"],
    [null, 1_000_000_000, "PP 7/2021", "Mikro (PP 7/2021 (modal usaha))"],
    [null, 5_000_000_001, "pp 7/2021", "Menengah (PP 7/2021 (modal usaha))"],
    [null, 16_000_000_000, "PP 7/2021 penjualan", "Menengah (PP 7/2021 (hasil penjualan tahunan))"],
    [4, null, "BPS", "Mikro (BPS (tenaga kerja))"],
    [100, null, "bps", "Besar (BPS (tenaga kerja))"],
  ])("%p workers, %p rupiah, regime %p -> %s", (workers, amount, regime, expected) => {
    expect(klasifikasiIkm(workers, amount, regime)).toBe(expected);
  });
  it.each([
    [[10, 1, "UU Cipta Kerja"], "#VALUE!"],
    [[-1, 1], "#NUM!"],
    [[2.5, 1], "#NUM!"],
    [[0, null, "BPS"], "#NUM!"],
    [[10, -5], "#NUM!"],
  ])("%p -> %s", (args, code) => {
    expect(() => klasifikasiIkm(...(args as [unknown, unknown, unknown?]))).toThrow(expect.objectContaining({ code }));
  });
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "regime %p (a name every object has) is an unknown regime",
    (regime) => {
      expect(() => klasifikasiIkm(10, 1, regime)).toThrow(
        expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("Rezim tidak dikenal") }),
      );
    },
  );
  it("says which amount is negative: annual sales under PP 7/2021 penjualan, investment otherwise", () => {
    expect(() => klasifikasiIkm(null, -5, "PP 7/2021 penjualan")).toThrow(
      expect.objectContaining({ code: "#NUM!", message: "Penjualan tahunan tidak boleh negatif." }),
    );
    expect(() => klasifikasiIkm(null, -5, "PP 7/2021")).toThrow(
      expect.objectContaining({ message: "Investasi tidak boleh negatif." }),
    );
  });
});

describe("DAK.SENTRA_LAYAK lists every failing condition", () => {
  it("too small, no SK, pengelola explicitly absent", () => {
    expect(sentraLayak(3, "", "tidak ada")).toBe(
      "TIDAK LAYAK: unit IKM 3, kurang dari 5; SK sentra belum ada; pengelola belum ada",
    );
  });
  it("refuses negative or fractional unit counts", () => {
    expect(() => sentraLayak(-1, "SK", "ya")).toThrow(expect.objectContaining({ code: "#NUM!" }));
    expect(() => sentraLayak(5.5, "SK", "ya")).toThrow(expect.objectContaining({ code: "#NUM!" }));
  });
});
