import { getRuleset } from "../../src/core/rules/bundled";
import { RULES } from "../../src/core/rules/registry";
import { validate } from "../../src/core/rules/validate";
import { CASES } from "./cases";

const base = getRuleset(2020)!;
const pairs = (xs: ReadonlyArray<readonly [string, string]>) => xs.map(([c, cell]) => `${c} ${cell}`).sort();

describe.each(CASES)("$code: $name", ({ proposal, ruleset, expected }) => {
  it("gives exactly the expected findings", () => {
    const findings = validate(proposal, ruleset ? ruleset(base) : base);
    expect(pairs(findings.map((f) => [f.code, f.cell]))).toEqual(pairs(expected));
  });
});

/** Families `validate` checks; the others (package, revision, allocation, rules) are tested beside their checks. */
const VALIDATED = new Set(["reading", "line", "penunjang", "budget", "sentra"]);
const validatedCodes = RULES.filter((r) => VALIDATED.has(r.family)).map((r) => r.code);

describe("rule cases", () => {
  it.each(validatedCodes)("%s has a failing and a passing case", (code) => {
    const mine = CASES.filter((c) => c.code === code);
    expect(mine.some((c) => c.expected.some(([x]) => x === code))).toBe(true);
    expect(mine.some((c) => !c.expected.some(([x]) => x === code))).toBe(true);
  });
});
