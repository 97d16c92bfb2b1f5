import fc from "fast-check";
import { describeParseFailure, describeParseNote, MAX_TEXT_LENGTH, parseRupiah, type ParseFailReason } from "./parse";
import { PARSE_FAIL_MESSAGES, PARSE_NOTE_MESSAGES } from "./parse-messages";

describe("parseRupiah reads the variants of DOMAIN.md §6", () => {
  describe.each<[string, number, string[]]>([
    // PUEBI and its everyday variants
    ["Rp500.000,00", 500_000, []],
    ["Rp1.500.000,00", 1_500_000, []],
    ["Rp.1.500.000,-", 1_500_000, []],
    ["Rp. 1.500.000.-", 1_500_000, []],
    ["Rp 1.500.000", 1_500_000, []],
    ["RP 1.500.000,--", 1_500_000, []],
    ["rp1.500.000", 1_500_000, []],
    ["1.500.000,00", 1_500_000, []],
    ["1.500.000,00,-", 1_500_000, []],
    ["1500000", 1_500_000, []],
    ["  Rp\u00a01.500.000  ", 1_500_000, []],
    ["Rp2.950.000,50", 2_950_000.5, []],
    ["Rp0,-", 0, []],
    ["Rp 1.500.000 rupiah", 1_500_000, []],
    // the thousands dot is never a decimal point when it can be a thousands separator
    ["1.500", 1_500, []],
    ["12.345", 12_345, []],
    // … and is a decimal point when it cannot be one
    ["1.5", 1.5, ["DECIMAL_POINT"]],
    ["1234.56", 1234.56, ["DECIMAL_POINT"]],
    ["0.500", 0.5, ["DECIMAL_POINT"]],
    // the comma is the decimal mark, or unambiguous US grouping
    ["1,5", 1.5, []],
    ["1,50", 1.5, []],
    ["0,500", 0.5, []],
    ["1500,000", 1_500, []],
    ["IDR 1,500,000", 1_500_000, ["US_FORMAT"]],
    ["IDR1,500,000.00", 1_500_000, ["US_FORMAT"]],
    ["1,500.50", 1_500.5, ["US_FORMAT"]],
    // scale words
    ["Rp1,5 M", 1_500_000_000, ["SCALE_WORD"]],
    ["Rp1,5M", 1_500_000_000, ["SCALE_WORD"]],
    ["1,5 miliar", 1_500_000_000, ["SCALE_WORD"]],
    ["Rp166,3 miliar", 166_300_000_000, ["SCALE_WORD"]],
    ["Rp 2,5 Milyar", 2_500_000_000, ["SCALE_WORD"]],
    ["12,39 juta", 12_390_000, ["SCALE_WORD"]],
    ["12,39 Jt.", 12_390_000, ["SCALE_WORD"]],
    ["Rp395 miliar", 395_000_000_000, ["SCALE_WORD"]],
    ["Rp1,85 triliun", 1_850_000_000_000, ["SCALE_WORD"]],
    ["Rp1,85 Trilyun", 1_850_000_000_000, ["SCALE_WORD"]],
    ["2 T", 2_000_000_000_000, ["SCALE_WORD"]],
    ["5 rb", 5_000, ["SCALE_WORD"]],
    ["5rb.", 5_000, ["SCALE_WORD"]],
    ["7,5 ribu", 7_500, ["SCALE_WORD"]],
    ["1.500 juta", 1_500_000_000, ["SCALE_WORD"]],
    ["1,2345678 ribu", 1234.5678, ["SCALE_WORD"]],
    ["1,5 miliar rupiah", 1_500_000_000, ["SCALE_WORD"]],
    // stray spaces
    ["Rp.1 . 800.000.000", 1_800_000_000, ["SPACES_IGNORED"]],
    ["1.500. 000", 1_500_000, ["SPACES_IGNORED"]],
    ["Rp 1 500 000", 1_500_000, []],
    // negatives
    ["(Rp5.000)", -5_000, ["ACCOUNTING_NEGATIVE"]],
    ["( Rp 5.000 )", -5_000, ["ACCOUNTING_NEGATIVE"]],
    ["Rp(5.000)", -5_000, ["ACCOUNTING_NEGATIVE"]],
    ["-Rp5.000", -5_000, []],
    ["- Rp 5.000", -5_000, []],
    ["Rp -5.000", -5_000, []],
    ["\u2212Rp5.000", -5_000, []],
    ["+5.000", 5_000, []],
    ["-0", 0, []],
    // plausibility
    ["Rp 1.846 Triliun", 1_846_000_000_000_000, ["SCALE_WORD", "VERY_LARGE"]],
  ])("%j", (text, value, notes) => {
    it(`reads ${value}${notes.length ? ` noting ${notes.join(", ")}` : ""}`, () => {
      const result = parseRupiah(text);
      expect(result).toEqual(notes.length ? { ok: true, value, notes } : { ok: true, value });
    });
  });

  it("returns 0, never -0", () => {
    const result = parseRupiah("-0,00");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });
});

describe("parseRupiah refuses what it cannot read for sure, saying why", () => {
  describe.each<[string, ParseFailReason]>([
    ["", "EMPTY"],
    ["   \t ", "EMPTY"],
    ["1".repeat(MAX_TEXT_LENGTH + 1), "TOO_LONG"],
    ["seratus juta", "WORDS"],
    ["Rp seratus ribu", "WORDS"],
    ["Rp", "NO_DIGITS"],
    ["Rp,-", "NO_DIGITS"],
    ["-", "NO_DIGITS"],
    ["()", "NO_DIGITS"],
    ["#N/A", "NOT_A_NUMBER"],
    ["abc123", "NOT_A_NUMBER"],
    ["5%", "EXTRA_TEXT"],
    ["1e6", "EXTRA_TEXT"],
    ["12 kg", "EXTRA_TEXT"],
    ["1.5 million", "EXTRA_TEXT"],
    ["Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)", "EXTRA_TEXT"],
    ["1.50.000", "BAD_GROUPING"],
    ["1.500.", "BAD_GROUPING"],
    ["1..500", "BAD_GROUPING"],
    ["1.500,000.00", "BAD_GROUPING"],
    ["1,500.000,00", "BAD_GROUPING"],
    ["0.500.000", "BAD_GROUPING"],
    ["2 3", "BAD_GROUPING"],
    [",5", "NO_DIGITS"],
    ["1,500", "AMBIGUOUS_SEPARATOR"],
    ["IDR 1,500", "AMBIGUOUS_SEPARATOR"],
    ["Rp 12,390 juta", "AMBIGUOUS_SEPARATOR"],
    ["Rp1,5 m", "AMBIGUOUS_SCALE"],
    ["3 t", "AMBIGUOUS_SCALE"],
    ["--5", "BAD_SIGN"],
    ["-(5.000)", "BAD_SIGN"],
    ["(5.000", "BAD_SIGN"],
    ["5.000)", "BAD_SIGN"],
    ["5.000-", "BAD_SIGN"],
    ["99999999999999999999", "OUT_OF_RANGE"],
    ["9.999.999 triliun", "OUT_OF_RANGE"],
  ])("%j", (text, reason) => {
    it(`is ${reason} with the Indonesian message`, () => {
      expect(parseRupiah(text)).toEqual({ ok: false, reason, message: describeParseFailure(reason, "id") });
    });
  });

  it("rejects a hostile very long text without scanning it", () => {
    const hostile = "1.".repeat(5_000_000) + "5";
    expect(parseRupiah(hostile)).toMatchObject({ ok: false, reason: "TOO_LONG" });
  });
});

describe("messages", () => {
  const reasons = Object.keys(PARSE_FAIL_MESSAGES.id) as ParseFailReason[];

  it.each(reasons)("%s has a distinct message in id and en", (reason) => {
    const id = describeParseFailure(reason, "id");
    const en = describeParseFailure(reason, "en");
    expect(id).not.toBe("");
    expect(en).not.toBe("");
    expect(en).not.toBe(id);
  });

  it("every language has every reason and note", () => {
    expect(Object.keys(PARSE_FAIL_MESSAGES.en).sort()).toEqual([...reasons].sort());
    expect(Object.keys(PARSE_NOTE_MESSAGES.en).sort()).toEqual(Object.keys(PARSE_NOTE_MESSAGES.id).sort());
    expect(describeParseNote("US_FORMAT", "en")).toMatch(/English/);
  });
});

describe("amounts the way cells hold them (issue 17.4)", () => {
  it.each<[string, number]>([
    ["Rp 750.000\n", 750_000],
    ["\tRp 750.000\n", 750_000],
    ["1.500.000,00\r\n", 1_500_000],
    ["\n\n12,39 juta ", 12_390_000],
  ])("reads %j despite its line breaks", (text, value) => {
    expect(parseRupiah(text)).toMatchObject({ ok: true, value });
  });

  it("refuses an amount whose sen a number cannot hold instead of rounding them away", () => {
    expect(parseRupiah("999.999.999.999.999,99")).toMatchObject({ ok: false, reason: "OUT_OF_RANGE" });
    expect(parseRupiah("999.999.999.999.999")).toMatchObject({ ok: true, value: 999_999_999_999_999 });
    expect(parseRupiah("100.000.000.000.000,50")).toMatchObject({ ok: true, value: 100_000_000_000_000.5 });
  });

  it("gives what the decimal text gives (plain-arithmetic path, property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.stringMatching(/^[0-9]{1,12}$/),
        fc.constantFrom("", " juta", " M", " ribu"),
        (whole, fraction, scale) => {
          const exponent = { "": 0, " juta": 6, " M": 9, " ribu": 3 }[scale]!;
          const digits = `${whole}${fraction}`;
          const point = String(whole).length + exponent;
          const decimal = `${digits.padEnd(point, "0").slice(0, point)}.${digits.slice(point) || "0"}`;
          const expected = Number(decimal);
          const r = parseRupiah(`${whole},${fraction}${scale}`);
          if (expected > Number.MAX_SAFE_INTEGER || (expected >= 1e13 && fraction !== "")) return;
          if (r.ok) expect(r.value).toBe(expected);
          else expect(["AMBIGUOUS_SEPARATOR", "OUT_OF_RANGE"]).toContain(r.reason);
        },
      ),
    );
  });
});
