/**
 * Every catalogue of every face, in both languages: the same keys and placeholders (parity), and
 * every number a message prints written the locale's way (no "3753", no "0.6" in Indonesian, no
 * "0,6" in English). The pane's sample arguments are typed, so a new message with parameters
 * does not compile until it has a sample here — and then it is scanned.
 */
import { CATALOGUES as FINDING_CATALOGUES, fill } from "../../src/core/i18n/format-finding";
import { LOCALES, type Locale } from "../../src/core/i18n/locale";
import { CHANGE_WORDS } from "../../src/core/i18n/ruleset-changes";
import { PARSE_FAIL_MESSAGES, PARSE_NOTE_MESSAGES } from "../../src/core/money/parse-messages";
import { TERBILANG_FAIL_MESSAGES } from "../../src/core/money/terbilang";
import { TEMPLATE_TEXTS } from "../../src/core/templates/texts";
import { t, type MessageKey } from "../../src/cli/messages";
import { id as CLI_ID } from "../../src/cli/messages/id";
import { en as CLI_EN } from "../../src/cli/messages/en";
import { stringsFor } from "../../src/taskpane/i18n/locale";
import type { Strings } from "../../src/taskpane/i18n/strings.id";
import { PLAYGROUND_STRINGS } from "../../src/playground/strings";
import { REPORT_EN } from "../../src/cli/messages/report-en";
import { bandingkanStrings, type BandingkanStrings } from "../../src/taskpane/bandingkan/strings";
import { REPORT_ID, type ReportTexts } from "../../src/cli/messages/report-id";

type Tree = { readonly [k: string]: unknown };

/** Every leaf path of a catalogue with its kind: a text (and its {placeholders}) or a function (and its arity). */
function shape(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = `${prefix}${k}`;
    if (typeof v === "string")
      out.set(
        path,
        `text ${[...v.matchAll(/\{(\w+)(\|\w+)?\}/g)]
          .map((m) => m[0])
          .sort()
          .join(" ")}`,
      );
    // Arity is the compiler's business (a CLI message may take the plural tool or not).
    else if (typeof v === "function") out.set(path, "function");
    else if (v && typeof v === "object") for (const [p, s] of shape(v as Tree, `${path}.`)) out.set(p, s);
  }
  return out;
}

const CATALOGUES: Record<string, Record<Locale, Tree>> = {
  "core findings": FINDING_CATALOGUES as unknown as Record<Locale, Tree>,
  "ruleset changes": CHANGE_WORDS as unknown as Record<Locale, Tree>,
  "money parse failures": PARSE_FAIL_MESSAGES,
  "money parse notes": PARSE_NOTE_MESSAGES,
  "terbilang failures": TERBILANG_FAIL_MESSAGES,
  "template texts": TEMPLATE_TEXTS as unknown as Record<Locale, Tree>,
  "cli messages": { id: CLI_ID, en: CLI_EN },
  "task pane strings": { id: stringsFor("id"), en: stringsFor("en") },
  playground: PLAYGROUND_STRINGS as unknown as Record<Locale, Tree>,
  "html reports": { id: REPORT_ID, en: REPORT_EN } as unknown as Record<Locale, Tree>,
  "bandingkan tab": { id: bandingkanStrings("id"), en: bandingkanStrings("en") } as unknown as Record<Locale, Tree>,
};

describe("catalogue parity across languages", () => {
  it.each(Object.keys(CATALOGUES))("%s: same keys and placeholders in every language", (name) => {
    const [first, ...others] = LOCALES;
    const reference = shape(CATALOGUES[name][first]);
    expect(reference.size).toBeGreaterThan(0);
    for (const locale of others)
      expect(Object.fromEntries(shape(CATALOGUES[name][locale]))).toEqual(Object.fromEntries(reference));
  });
});

// --- numbers --------------------------------------------------------------------------------

/** Digits that are not written the locale's way. A year (19xx/20xx) may stand alone. */
function badNumbers(text: string, locale: Locale): string[] {
  const numbers = text.match(/\d[\d.,]*\d|\d/g) ?? [];
  const group = locale === "id" ? "." : ",";
  const decimal = locale === "id" ? "," : ".";
  const wellFormed = new RegExp(`^\\d{1,3}(\\${group}\\d{3})*(\\${decimal}\\d+)?$`);
  return numbers.filter((n) => !wellFormed.test(n) && !/^(19|20)\d\d$/.test(n));
}

/** Sample arguments for every pane message that takes any: numbers large enough to need grouping or decimals. */
type PaneFunctions = {
  [K in keyof Strings as Strings[K] extends (...args: never[]) => string ? K : never]: Strings[K];
};
const PANE_SAMPLES: { [K in keyof PaneFunctions]: Parameters<PaneFunctions[K]> } = {
  readingProgress: [22_484, 3_753_001],
  summary: [3_753, 22_484, 1],
  shownOf: [100, 3_753],
  goToCell: ["RK!H15"],
  marked: [1_250],
  unmarked: [1_250],
  exported: ["Hasil Validasi"],
  penunjangOfCap: [0.029_8, 0.05],
  stage: [2],
  chartLabel: ["Pagu"],
  insertNamed: ["RK"],
  inserted: ["RK (2)"],
  sourceFile: ["aturan.json"],
  sourceSheet: ["Aturan"],
  loaded: ["TA 2020"],
  jsonSyntaxAt: [1_250, 15],
  loadFailedCount: [1_250],
  sheetMissing: ["Aturan"],
  markProgress: [2_000, 26_237],
  markCancelled: [4_000],
  capLegend: [0.05],
  sheetEmpty: ["Aturan"],
  errGeneric: ["GeneralException"],
  commandResult: [26_237, 1, "TA 2022"],
  rulesetApplied: ["TA 2022", "TA usulan 2022"],
  whyProposal: [2022],
  whyFallback: [2029],
  stageNeeds: [0.75, 0.7],
  basisOf: ["PMK 25/2024 Pasal 46"],
  changesHeading: ["2022"],
  changesOption: ["2024–2027", true],
  changesCount: [3_753],
};

/** Sample arguments for every report text that takes any. */
type ReportFunctions = {
  [K in keyof ReportTexts as ReportTexts[K] extends (...args: never[]) => string ? K : never]: ReportTexts[K];
};
const REPORT_SAMPLES: { [K in keyof ReportFunctions]: Parameters<ReportFunctions[K]> } = {
  validateSubtitle: [1_250],
  evaluasiSubtitle: [3_753, 1_250],
  penunjangAxis: ["5%"],
  missingTitle: [1_250],
  excludedTitle: [3_753],
};

type BandingkanFunctions = {
  [
    K in keyof BandingkanStrings as BandingkanStrings[K] extends (...args: never[]) => string ? K : never
  ]: BandingkanStrings[K];
};
const BANDINGKAN_SAMPLES: { [K in keyof BandingkanFunctions]: Parameters<BandingkanFunctions[K]> } = {
  needTwo: [1],
  summary: [1_250, 3_753, 22_484],
  approval: [1_250],
  pagu: ["Rp950", "Rp990"],
  meta: ["Pagu", "a", "b"],
  newVersion: [3_753, 22_484],
  goTo: ["RK!H15"],
  marked: [26_237],
  unmarked: [26_237],
};

describe.each(LOCALES)("numbers in %s messages", (locale) => {
  it("bandingkan tab: every message with parameters", () => {
    const strings = bandingkanStrings(locale) as unknown as Record<string, (...args: unknown[]) => string>;
    for (const [key, args] of Object.entries(BANDINGKAN_SAMPLES)) {
      const text = strings[key](...args);
      expect({ key, bad: badNumbers(text, locale) }).toEqual({ key, bad: [] });
    }
  });

  it("html reports: every text with parameters", () => {
    const texts = (locale === "id" ? REPORT_ID : REPORT_EN) as unknown as Record<string, (...a: unknown[]) => string>;
    for (const [key, args] of Object.entries(REPORT_SAMPLES)) {
      const text = texts[key](...args);
      expect({ key, bad: badNumbers(text, locale) }).toEqual({ key, bad: [] });
    }
    expect(REPORT_EN.validateSubtitle(1)).toBe("Made by dak · 1 file");
  });

  it("task pane: every message with parameters", () => {
    const strings = stringsFor(locale) as unknown as Record<string, (...args: unknown[]) => string>;
    for (const [key, args] of Object.entries(PANE_SAMPLES)) {
      const text = strings[key](...args);
      expect({ key, bad: badNumbers(text, locale) }).toEqual({ key, bad: [] });
    }
    expect(stringsFor(locale).summary(3_753, 22_484, 0)).toContain(
      locale === "id" ? "3.753 kesalahan" : "3,753 errors",
    );
  });

  it("cli: every message, with every parameter a number", () => {
    const numbers = new Proxy({}, { get: () => 3_753.25, has: () => true, ownKeys: () => [] });
    // t() formats each param it is given: give each key the params its message reads.
    for (const key of Object.keys(CLI_ID) as MessageKey[]) {
      const names = new Set<string>();
      const spy = new Proxy({}, { get: (_, name) => (names.add(String(name)), "x") });
      (CLI_ID[key] as (p: unknown, x: unknown) => string)(spy, { plural: () => "x" });
      const params = Object.fromEntries([...names].map((n) => [n, Reflect.get(numbers, n) as number]));
      const text = t(locale, key, params);
      expect({ key, bad: badNumbers(text, locale) }).toEqual({ key, bad: [] });
    }
  });

  it("core findings: every template with numeric parameters", () => {
    const cat = FINDING_CATALOGUES[locale];
    for (const [code, template] of Object.entries(cat.findings)) {
      const params: Record<string, string | number | string[]> = {};
      for (const m of template.matchAll(/\{(\w+)(?:\|(\w+))?\}/g)) {
        const [, name, filter] = m;
        params[name] =
          filter === "list"
            ? ["a", "b"]
            : filter === "label" || filter === "reason" || filter === "raw"
              ? "x"
              : 3_824_400_000.5;
      }
      const text = fill(template, params, cat, locale);
      expect({ code, bad: badNumbers(text, locale) }).toEqual({ code, bad: [] });
    }
  });
});
