import { corePresenter } from "../core-presenter";
import { NO_FACTS, reportFromFindings, unreadableReport } from "../report";
import { evaluateSentra, type SentraInput } from "../../core/evaluation";
import type { Locale } from "../../core/i18n/locale";
import { buildEvaluasiReport } from "./evaluasi-report";
import { buildValidateReport } from "./validate-report";
import { niceRange } from "./svg";

describe("buildValidateReport", () => {
  const hostile = '<script>alert("x")</script>';
  const reports = [
    reportFromFindings("a.xlsx", [], {
      ...NO_FACTS,
      kabKota: hostile,
      provinsi: `Jawa ${hostile}`,
      pagu: 2_500_000_000,
      total: 2_450_000_000,
      penunjangShare: 0.031,
    }),
    unreadableReport("b.xlsx", "NOT_XLSX"),
  ];
  const html = buildValidateReport(reports, corePresenter("id"));

  it("writes text from the files as text, never as markup", () => {
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
  it("forbids every request and carries no script", () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
  });
  it("puts numbers the Indonesian way and the unknown provinsi last", () => {
    expect(html).toContain("Rp2,5 miliar");
    expect(html).toContain("3,1%");
    expect(html.indexOf("(tidak diketahui)")).toBeGreaterThan(html.indexOf("Jawa &lt;script"));
  });
});

describe("buildValidateReport, the penunjang distribution", () => {
  /** The columns of the penunjang chart, as "label: count". */
  const binsOf = (html: string, title: string): string[] => {
    const chart = html.slice(html.indexOf(`aria-label="${title}"`));
    return [...chart.slice(0, chart.indexOf("</svg>")).matchAll(/<title>([^<]*: \d+)<\/title><\/rect>/g)].map(
      (m) => m[1],
    );
  };
  const file = (name: string, share: number, state: "within" | "over" | "off", maxShare: number) =>
    reportFromFindings(name, [], {
      ...NO_FACTS,
      pagu: 2_000_000_000,
      total: 2_000_000_000,
      penunjangShare: share,
      penunjangVerdict: { state, maxShare },
    });

  it("counts over the cap the files core judged over their own year's cap, on the scale of the highest cap", () => {
    const html = buildValidateReport(
      [
        file("a.xlsx", 0.031, "within", 0.05),
        file("b.xlsx", 0.07, "over", 0.05),
        // The rule is off in this file's ruleset: high, but not judged over.
        file("c.xlsx", 0.08, "off", 0.05),
        // A dinas ruleset with a 10% cap.
        file("d.xlsx", 0.09, "within", 0.1),
      ],
      corePresenter("id"),
    );
    expect(binsOf(html, "Sebaran porsi kegiatan penunjang terhadap pagu")).toEqual([
      "0–2%: 0",
      "2–4%: 1",
      "4–6%: 0",
      "6–8%: 0",
      "8–10%: 2",
      "melebihi batas: 1",
    ]);
    expect(html).toContain("porsi penunjang dari pagu (batas 5% / 10%)");
  });

  it("says 'from' in the last bin when a file whose rule is off lies above every cap", () => {
    const html = buildValidateReport(
      [file("a.xlsx", 0.02, "within", 0.05), file("b.xlsx", 0.12, "off", 0.05)],
      corePresenter("en"),
    );
    expect(binsOf(html, "Distribution of the support (penunjang) share of the pagu")).toEqual([
      "0–1%: 0",
      "1–2%: 0",
      "2–3%: 1",
      "3–4%: 0",
      "≥ 4%: 1",
      "over the cap: 0",
    ]);
  });
});

describe("buildValidateReport in English", () => {
  const reports = [
    reportFromFindings("a.xlsx", [], {
      ...NO_FACTS,
      provinsi: "Jawa Barat",
      pagu: 2_500_000_000,
      total: 2_450_000_000,
      penunjangShare: 0.031,
    }),
  ];
  const html = buildValidateReport(reports, corePresenter("en"));
  const text = html.replace(/<[^>]*>/g, " ");

  it("writes every number the English way, with English words and plurals", () => {
    expect(html).toContain('<html lang="en">');
    expect(text).toContain("Made by dak · 1 file");
    expect(text).toContain("Rp2.5 billion");
    expect(text).toContain("Rp2,450,000,000");
    expect(text).toContain("3.1%");
    expect(text).toContain("penunjang share of the pagu (cap 5%)");
    expect(text).not.toMatch(/Rp\d+,\d+ (miliar|juta)|\d,\d%|Dibuat/);
  });
});

describe("buildEvaluasiReport in each language", () => {
  const sentra = (name: string, before: number, after: number): SentraInput => ({
    file: "a.xlsx",
    sheet: "Data Sentra",
    row: 5,
    name,
    kabKota: "Kab. Sikka",
    provinsi: "Nusa Tenggara Timur",
    indicators: { tenaga_kerja: { before, after, cell: "L5" } },
  });
  const batch = {
    files: 1,
    withoutSentra: [],
    unreadable: [],
    result: evaluateSentra([sentra("Tenun", 1_200, 1_500), sentra("Gerabah", 800, 1_000.5)]),
  };
  const text = (lang: Locale) => buildEvaluasiReport(batch, corePresenter(lang)).replace(/<[^>]*>/g, " ");

  it("writes sums and growths the locale's way", () => {
    // Σ before 2.000, Σ after 2.500,5, aggregate 25,03%.
    expect(text("id")).toContain("2.500,5");
    expect(text("id")).toContain("25,03%");
    expect(text("en")).toContain("2,500.5");
    expect(text("en")).toContain("25.03%");
    expect(text("en")).toContain("Made by dak · 2 sentra · 1 kab/kota");
    expect(text("en")).not.toMatch(/\d,\d+%|2\.500/);
  });
});

describe("niceRange", () => {
  it.each([
    [0, 7, [0, 8, 2]],
    [0, 11_250_000_000, [0, 15_000_000_000, 5_000_000_000]],
    [-0.2, 1.8, [-0.5, 2, 0.5]],
    [0, 0, [0, 1, 1]],
  ])("%p..%p", (min, max, expected) => expect(niceRange(min, max)).toEqual(expected));
});
