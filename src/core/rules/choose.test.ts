/** Which ruleset applies, decided once for every face: explicit choice, else the proposal's TA, else the newest. */
import { buildProposal, okLine } from "../../../test/rules/builder";
import { getRuleset } from "./bundled";
import { checkProposal, chooseRuleset } from "./choose";

const withTa = (ta: number | null) => buildProposal({ lines: [okLine(1), okLine(2)], meta: { ta } });

describe("chooseRuleset", () => {
  it.each([
    [2020, "ta2020"],
    [2022, "ta2022"],
    [2024, "ta2024"],
    [2027, "ta2024"],
  ])("a TA %s proposal gets %s, without a fallback", (ta, id) => {
    expect(chooseRuleset(withTa(ta))).toMatchObject({ reason: "proposal", ta, fallback: false, ruleset: { id } });
  });

  it("a TA no file covers gets the nearest earlier ruleset, and RULESET_FALLBACK on the TA cell says so", () => {
    const { choice, findings } = checkProposal(withTa(2029));
    expect(choice).toMatchObject({ fallback: true, ruleset: { id: "ta2024" } });
    const fallback = findings.filter((f) => f.code === "RULESET_FALLBACK");
    expect(fallback).toMatchObject([{ cell: "C3", params: { ta: 2029, used: "ta2024", usedTa: 2024 } }]);
    expect(checkProposal(withTa(2022)).findings.some((f) => f.code === "RULESET_FALLBACK")).toBe(false);
  });

  it("an explicit TA or a loaded ruleset wins over the proposal's TA; no TA at all gets the newest", () => {
    expect(chooseRuleset(withTa(2020), { ta: 2022 })).toMatchObject({ reason: "ta", ruleset: { id: "ta2022" } });
    const mine = { ...getRuleset(2022)!, id: "dinas" };
    expect(chooseRuleset(withTa(2020), { ruleset: mine })).toMatchObject({
      reason: "loaded",
      ruleset: { id: "dinas" },
    });
    expect(chooseRuleset(withTa(null))).toMatchObject({ reason: "default", ruleset: { id: "ta2024" } });
  });
});
