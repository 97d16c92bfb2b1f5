import { FINDING_CODES, type Finding, type FindingOf } from "../rules/findings";
import { getRuleset } from "../rules/bundled";
import { validate } from "../rules/validate";
import { CASES } from "../../../test/rules/cases";
import { CATALOGUES, formatFinding } from "./format-finding";
import { formatCount, formatNumber, formatPercent, formatRupiah, formatSeconds } from "./numbers";
import { countOf } from "./plural";

const base = getRuleset(2020)!;

describe("catalogues", () => {
  it.each(["id", "en"] as const)("%s has a non-empty message for every finding code, and no others", (locale) => {
    const codes = Object.keys(CATALOGUES[locale].findings).sort();
    expect(codes).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) expect(CATALOGUES[locale].findings[code].trim()).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const names = (t: string) => Array.from(t.matchAll(/\{(\w+)/g), (m) => m[1]).sort();
    for (const code of FINDING_CODES)
      expect(names(CATALOGUES.en.findings[code])).toEqual(names(CATALOGUES.id.findings[code]));
  });
});

describe("formatFinding over every finding the rule cases produce", () => {
  const findings: Finding[] = CASES.flatMap((c) => validate(c.proposal, c.ruleset ? c.ruleset(base) : base));
  it.each(["id", "en"] as const)("%s: every placeholder filled, every label known", (locale) => {
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(CASES.map((c) => c.code)));
    for (const f of findings) {
      const message = formatFinding(f, locale);
      expect(message).not.toMatch(/[{}[\]]|undefined|NaN|null/);
      for (const v of Object.values(f.params)) {
        if (typeof v === "string" && /^[a-z][a-zA-Z]+$/.test(v) && v in CATALOGUES[locale].labels) {
          expect(message).toContain(CATALOGUES[locale].labels[v]);
        }
      }
    }
  });
});

describe("formatFinding", () => {
  const mismatch: Finding = {
    code: "AMOUNT_MISMATCH",
    severity: "error",
    ruleId: "line.amount",
    sheet: "RK",
    cell: "H17",
    params: { jumlah: 114_750_000, expected: 76_500_000, volume: 2, hargaSatuan: 38_250_000, difference: 38_250_000 },
    basis: "Petunjuk KRISNA-DAK",
  };

  it("says where, what with each language's numbers, and the basis", () => {
    expect(formatFinding(mismatch, "id")).toBe(
      'Lembar "RK" sel H17: Jumlah Rp114.750.000 tidak sama dengan volume × harga satuan = 2 × Rp38.250.000 = Rp76.500.000 (selisih Rp38.250.000). Dasar: Petunjuk KRISNA-DAK.',
    );
    expect(formatFinding(mismatch, "en")).toBe(
      'Sheet "RK" cell H17: Jumlah Rp114,750,000 is not volume × unit cost = 2 × Rp38,250,000 = Rp76,500,000 (difference Rp38,250,000). Basis: Petunjuk KRISNA-DAK.',
    );
  });

  it("drops optional parts whose values are empty, and can leave out where and basis", () => {
    const cost: FindingOf<"UNIT_COST_OUT_OF_RANGE"> = {
      code: "UNIT_COST_OUT_OF_RANGE",
      severity: "warning",
      ruleId: "line.unitCost",
      sheet: "RK",
      cell: "",
      params: { value: 60_000_000, min: null, max: 50_000_000, satuan: null, rincian: "Mesin dan Peralatan" },
      basis: "Aturan dinas",
    };
    expect(formatFinding(cost)).toBe(
      'Lembar "RK": Harga satuan Rp60.000.000 untuk Mesin dan Peralatan di luar batas maksimal Rp50.000.000. Dasar: Aturan dinas.',
    );
    expect(
      formatFinding({ ...cost, params: { ...cost.params, satuan: "unit" } }, "id", {
        withoutWhere: true,
        withoutBasis: true,
      }),
    ).toBe("Harga satuan Rp60.000.000 untuk Mesin dan Peralatan di luar batas maksimal Rp50.000.000 per unit.");
  });
});

describe("Indonesian numbers", () => {
  it.each([
    [1_500_000, "Rp1.500.000"],
    [187_500.5, "Rp187.500,50"],
    [-5_000, "-Rp5.000"],
    [0, "Rp0"],
    [999_999_999_999_999, "Rp999.999.999.999.999"],
    // Exact rounding of the decimal text (toFixed gives "1.00" and "2.67" here).
    [1.005, "Rp1,01"],
    [2.675, "Rp2,68"],
    [0.1 + 0.2, "Rp0,30"],
    [-1_500.004, "-Rp1.500"],
    [-0.001, "Rp0"],
  ])("formatRupiah(%p) = %s", (n, text) => expect(formatRupiah(n)).toBe(text));

  it("formats plain numbers and shares", () => {
    expect(formatNumber(12.5)).toBe("12,5");
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatPercent(0.0399)).toBe("3,99%");
    expect(formatPercent(0.05)).toBe("5%");
    // One formatter per locale: English writes the same figures the English way.
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatPercent(0.9698, "en")).toBe("96.98%");
    expect(formatRupiah(3_824_400_000.5, "en")).toBe("Rp3,824,400,000.50");
    expect(formatCount(3753)).toBe("3.753");
    expect(formatSeconds(0.6)).toBe("0,6");
    expect(formatSeconds(0.64, "en")).toBe("0.6");
  });

  it("takes plural forms from Intl.PluralRules", () => {
    expect(countOf("en", 1, { one: "warning", other: "warnings" })).toBe("1 warning");
    expect(countOf("en", 22_484, { one: "warning", other: "warnings" })).toBe("22,484 warnings");
    expect(countOf("id", 1, { other: "peringatan" })).toBe("1 peringatan");
    expect(countOf("id", 3_753, { one: "x", other: "kesalahan" })).toBe("3.753 kesalahan");
  });
});

describe("NOT_A_NUMBER says why the text is not a number", () => {
  const finding = (field: string, text: string, reason: string): Finding => ({
    code: "NOT_A_NUMBER",
    severity: "error",
    ruleId: "line.notANumber",
    sheet: "RK",
    cell: "M14",
    params: { field, text, reason },
  });

  it.each([
    ["id", "latitude", "6°44'30\" LS", "COORD_DMS", "derajat-menit-detik tidak dibaca"],
    ["en", "latitude", "6°44'30\" LS", "COORD_DMS", "degrees-minutes-seconds are not read"],
    ["id", "longitude", "106.8 LS", "COORD_HEMISPHERE_AXIS", "milik sumbu lain"],
    ["en", "longitude", "1.234.567", "COORD_GROUPING", "no thousands separators"],
    ["id", "volume", "dua unit", "WORDS", "ditulis dengan huruf"],
    ["en", "hargaSatuan", "Rp1,500", "AMBIGUOUS_SEPARATOR", "could mean two different amounts"],
  ] as const)("%s: %s %j (%s)", (locale, field, text, reason, words) => {
    const message = formatFinding(finding(field, text, reason), locale);
    expect(message).toContain(text);
    expect(message).toContain(words);
    expect(message).not.toContain(reason);
  });

  it.each(["id", "en"] as const)("%s: every coordinate reason has its own text", (locale) => {
    const reasons = CATALOGUES[locale].reasons ?? {};
    const coord = ["COORD_FORMAT", "COORD_GROUPING", "COORD_DMS", "COORD_HEMISPHERE_AXIS", "COORD_SIGN_AND_HEMISPHERE"];
    const texts = coord.map((r) => reasons[r]);
    expect(texts.every((t) => typeof t === "string" && t.length > 10)).toBe(true);
    expect(new Set(texts).size).toBe(coord.length);
  });
});
