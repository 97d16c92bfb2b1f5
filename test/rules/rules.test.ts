import { getRuleset } from "../../src/core/rules/bundled";
import { BATCH_FINDING_CODES, FINDING_CODES } from "../../src/core/rules/findings";
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
  // Batch codes (allocation) are not validate()'s: src/core/allocation/allocation.test.ts covers them.
  const perProposal = FINDING_CODES.filter((c) => !BATCH_FINDING_CODES.includes(c));
  it.each(perProposal)("%s has a failing and a passing case", (code) => {
    const mine = CASES.filter((c) => c.code === code);
    expect(mine.some((c) => c.expected.some(([x]) => x === code))).toBe(true);
    expect(mine.some((c) => !c.expected.some(([x]) => x === code))).toBe(true);
  });
});
