import { getRuleset } from "../../src/core/rules/bundled";
import { FINDING_CODES } from "../../src/core/rules/findings";
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

describe("rule cases", () => {
  it.each([...FINDING_CODES])("%s has a failing and a passing case", (code) => {
    const mine = CASES.filter((c) => c.code === code);
    expect(mine.some((c) => c.expected.some(([x]) => x === code))).toBe(true);
    expect(mine.some((c) => !c.expected.some(([x]) => x === code))).toBe(true);
  });
});
