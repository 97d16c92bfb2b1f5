import { excelError } from "./args";
import { angkaFn, ringkasFn, rupiahFn, terbilangFn } from "./money.functions";

/** A cell's outcome: its value, or the Excel error code it shows (with part of its message). */
type Outcome = string | number | { error: string; message?: RegExp };

function expectCell(actual: unknown, expected: Outcome): void {
  if (typeof expected === "object") {
    expect(actual).toMatchObject({ code: expected.error });
    if (expected.message) expect((actual as Error).message).toMatch(expected.message);
  } else {
    expect(actual).toBe(expected);
  }
}

const VALUE = (message?: RegExp): Outcome => ({ error: "#VALUE!", message });

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (thrown) {
    return thrown;
  }
  return "nothing thrown";
}

/** Each function on one cell: happy path, wrong type, coercion of text, empty, error cell. */
describe.each<[string, (cell: unknown) => unknown[][], Array<[string, unknown, Outcome]>]>([
  [
    "DAK.TERBILANG",
    (cell) => terbilangFn([[cell]]),
    [
      ["happy path", 2_950_000, "dua juta sembilan ratus lima puluh ribu"],
      ["negative", -5_000, "minus lima ribu"],
      ["wrong type (TRUE)", true, VALUE(/logika/)],
      ["fraction without rupiah", 1.5, VALUE(/bulat/)],
      ["beyond 999 triliun", 1e15, VALUE(/jangkauan/)],
      ["coercion of Indonesian text", "Rp2.950.000,-", "dua juta sembilan ratus lima puluh ribu"],
      ["coercion of plain digits", "11", "sebelas"],
      ["unreadable text", "1,500", VALUE(/dua jumlah/)],
      ["empty cell", null, VALUE(/wajib/)],
      ["empty text", "", VALUE(/wajib/)],
    ],
  ],
  [
    "DAK.RUPIAH",
    (cell) => rupiahFn([[cell]]),
    [
      ["happy path", 2_950_000, "Rp2.950.000"],
      ["negative", -5_000, "-Rp5.000"],
      ["wrong type (FALSE)", false, VALUE(/logika/)],
      ["coercion of text", "2950000", "Rp2.950.000"],
      ["coercion of a scale word", "1,5 M", "Rp1.500.000.000"],
      ["words are not numbers", "seratus ribu", VALUE(/huruf/)],
      ["empty cell", undefined, VALUE(/wajib/)],
    ],
  ],
  [
    "DAK.ANGKA",
    (cell) => angkaFn([[cell]]),
    [
      ["happy path", "Rp1.500.000,-", 1_500_000],
      ["a number passes", 1_234.5, 1_234.5],
      ["accounting negative", "(Rp5.000)", -5_000],
      ["scale word", "Rp166,3 miliar", 166_300_000_000],
      ["wrong type (TRUE)", true, VALUE(/logika/)],
      ["coercion of plain digits", "1500000", 1_500_000],
      ["ambiguous text says why", "1,500", VALUE(/1,5 atau 1\.500/)],
      ["extra text", "12 kg", VALUE(/teks lain/)],
      ["empty cell", null, VALUE(/wajib/)],
    ],
  ],
  [
    "DAK.RINGKAS",
    (cell) => ringkasFn([[cell]]),
    [
      ["happy path", 1_850_000_000_000, "Rp1,85 triliun"],
      ["miliar", 400_000_000_000, "Rp400 miliar"],
      ["below one juta", 950_000, "Rp950.000"],
      ["wrong type (TRUE)", true, VALUE(/logika/)],
      ["coercion of text", "Rp12.390.000", "Rp12,39 juta"],
      ["empty text", "  ", VALUE(/wajib/)],
    ],
  ],
])("%s", (_name, call, cases) => {
  it.each(cases)("%s", (_case, cell, expected) => {
    const result = call(cell);
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(1);
    expectCell(result[0][0], expected);
  });

  it("passes an error cell on unchanged", () => {
    const error = excelError("#N/A", "tidak tersedia");
    expect(call(error)[0][0]).toBe(error);
  });
});

describe("ranges spill a same-shaped array; a bad cell fails alone", () => {
  it("DAK.TERBILANG over a 2×2 range", () => {
    const error = excelError("#REF!");
    const result = terbilangFn([
      [1_000, "x"],
      [error, 11],
    ]);
    expect(result[0][0]).toBe("seribu");
    expectCell(result[0][1], VALUE(/bukan angka/));
    expect(result[1][0]).toBe(error);
    expect(result[1][1]).toBe("sebelas");
  });

  it("DAK.ANGKA over a column", () => {
    expect(angkaFn([["Rp1.500.000,00"], ["IDR 1,500,000"], ["12,39 juta"]])).toEqual([
      [1_500_000],
      [1_500_000],
      [12_390_000],
    ]);
  });

  it("DAK.RUPIAH and DAK.RINGKAS over a row", () => {
    expect(rupiahFn([[1_000, 2_000_000]])).toEqual([["Rp1.000", "Rp2.000.000"]]);
    expect(ringkasFn([[1_000_000, 2_500_000_000]])).toEqual([["Rp1 juta", "Rp2,5 miliar"]]);
  });

  it("a bare value (not a range) is treated as a 1×1 range", () => {
    expect(terbilangFn(100 as unknown as unknown[][])).toEqual([["seratus"]]);
  });
});

describe("optional arguments", () => {
  describe.each<[string, unknown, unknown, Outcome]>([
    ["omitted: lower case, no currency", undefined, undefined, "lima ribu"],
    ["empty cells act as omitted", null, "", "lima ribu"],
    ["rupiah TRUE", true, false, "lima ribu rupiah"],
    ["rupiah and Title Case", true, true, "Lima Ribu Rupiah"],
    ["coercion of words and numbers", "ya", 1, "Lima Ribu Rupiah"],
  ])("DAK.TERBILANG(5000, %s)", (_name, rupiah, kapital, expected) => {
    it(`gives ${JSON.stringify(expected)}`, () => {
      expectCell(terbilangFn([[5_000]], rupiah, kapital)[0][0], expected);
    });
  });

  it("DAK.TERBILANG with rupiah spells sen", () => {
    expect(terbilangFn([[1_500_000.5]], true)).toEqual([["satu juta lima ratus ribu rupiah lima puluh sen"]]);
  });

  it("DAK.TERBILANG: a flag that is not a boolean fails the whole call", () => {
    expect(() => terbilangFn([[5_000]], "mungkin")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });

  it("DAK.TERBILANG: an error in a flag is passed on", () => {
    const error = excelError("#DIV/0!");
    expect(thrownBy(() => terbilangFn([[5_000]], undefined, error))).toBe(error);
  });

  describe.each<[string, unknown, Outcome]>([
    ["omitted", undefined, "Rp2.950.000"],
    ["empty", null, "Rp2.950.000"],
    ["2", 2, "Rp2.950.000,00"],
    ["coercion of text", "2", "Rp2.950.000,00"],
  ])("DAK.RUPIAH(2950000, desimal %s)", (_name, desimal, expected) => {
    it(`gives ${JSON.stringify(expected)}`, () => {
      expectCell(rupiahFn([[2_950_000]], desimal)[0][0], expected);
    });
  });

  it.each([[-1], [1.5], [7], [true]])("DAK.RUPIAH rejects desimal %p with #VALUE!", (desimal) => {
    expect(() => rupiahFn([[1]], desimal)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });

  it("DAK.RUPIAH: an error in desimal is passed on", () => {
    const error = excelError("#N/A");
    expect(thrownBy(() => rupiahFn([[1]], error))).toBe(error);
  });
});
