/**
 * Tests as data per fiscal year: every rule a year's file changes against the file it extends
 * (severity, status, basis, enabled) is run both ways under that year's ruleset, with the rule
 * cases of cases.ts: its failing case gives the finding with that year's severity and basis, its
 * passing case gives none. Families validate() does not check (package, revision, allocation,
 * rules) are tested beside their checks.
 */
import { BUNDLED_SOURCES } from "../../src/core/rules/bundled-sources";
import { BUNDLED_RULESETS, bundledRulesetById, bundledRulesets, bundledSpans } from "../../src/core/rules/bundled";
import { RULE_CODES, type RuleId } from "../../src/core/rules/registry";
import { validate } from "../../src/core/rules/validate";
import { CASES } from "./cases";

type Source = { readonly extends?: string; readonly rules?: Readonly<Record<string, unknown>> };

const changed = Object.entries(BUNDLED_SOURCES as Readonly<Record<string, Source>>).flatMap(([id, source]) =>
  source.extends === undefined
    ? []
    : Object.keys(source.rules ?? {})
        .filter((rule) => CASES.some((c) => c.code === RULE_CODES[rule as RuleId]))
        .map((rule) => [id, rule as RuleId] as const),
);

describe.each(changed)("%s: %s", (id, rule) => {
  const ruleset = bundledRulesetById(id)!;
  const spec = ruleset.rules[rule];
  const code = RULE_CODES[rule];
  const mine = CASES.filter((c) => c.code === code);
  const run = (c: (typeof CASES)[number]) =>
    validate(c.proposal, c.ruleset ? c.ruleset(ruleset) : ruleset).filter((f) => f.code === code);

  it("fails its failing case with this year's severity and basis (or stays silent when switched off)", () => {
    const failing = mine.find((c) => c.expected.some(([x]) => x === code))!;
    const found = run(failing);
    if (spec.enabled === false && !failing.ruleset) expect(found).toEqual([]);
    else expect(found[0]).toMatchObject({ severity: spec.severity, ruleId: rule, basis: spec.basis });
  });

  it("passes its passing case", () => {
    const passing = mine.find((c) => !c.expected.some(([x]) => x === code))!;
    expect(run(passing)).toEqual([]);
  });
});

describe("years", () => {
  it("change some rule in every year after the first", () => {
    expect(new Set(changed.map(([id]) => id))).toEqual(new Set(["ta2021", "ta2022", "ta2023", "ta2024"]));
  });

  it("DAK Nonfisik items are reported from TA 2023 on, not before", () => {
    const nonfisik = CASES.find((c) => c.code === "NONFISIK_ITEM" && c.expected.length > 0)!;
    const codes = (id: string) => validate(nonfisik.proposal, bundledRulesetById(id)!).map((f) => f.code);
    expect(codes("ta2022")).not.toContain("NONFISIK_ITEM");
    expect(codes("ta2023")).toContain("NONFISIK_ITEM");
    expect(codes("ta2024")).toContain("NONFISIK_ITEM");
  });
});

describe("the bundled rulesets' index", () => {
  it("says the years each file covers as loading it does, without loading any first", () => {
    expect(bundledSpans().map(({ ta, taTo }) => `${ta}-${taTo}`)).toEqual(
      bundledRulesets().map((r) => `${r.ta}-${r.taTo}`),
    );
    expect(Object.values(BUNDLED_RULESETS).map((r) => r.id)).toEqual(bundledRulesets().map((r) => r.id));
  });
});
