/** The shared runtime's active ruleset: the user's choice, else the TA of the proposal last read, through core's choice. */
import { buildProposal, okLine } from "../../../test/rules/builder";
import {
  activeRuleset,
  chooseActiveRuleset,
  resetActiveRuleset,
  rulesetSelection,
  selectRuleset,
  subscribeActiveRuleset,
} from "./active";
import { getRuleset } from "./bundled";

const withTa = (ta: number | null) => buildProposal({ lines: [okLine(1)], meta: { ta } });

afterEach(resetActiveRuleset);

describe("the active ruleset of the shared runtime", () => {
  it("before any proposal is read, is the newest; a TA argument asks for that year (the nearest earlier when none covers it)", () => {
    expect(activeRuleset()).toMatchObject({ reason: "default", ruleset: { id: "ta2024" } });
    expect(activeRuleset({ ta: 2021 })).toMatchObject({ reason: "ta", ruleset: { id: "ta2021" } });
    expect(activeRuleset({ ta: 2030 })).toMatchObject({ fallback: true, ruleset: { id: "ta2024" } });
  });

  it("follows the TA of the proposal last read, for the faces that have no proposal (the custom functions)", () => {
    expect(chooseActiveRuleset(withTa(2022))).toMatchObject({ reason: "proposal", ruleset: { id: "ta2022" } });
    expect(activeRuleset()).toMatchObject({ reason: "proposal", ta: 2022, ruleset: { id: "ta2022" } });
    expect(activeRuleset({ ta: 2020 }).ruleset.id).toBe("ta2020");
  });

  it("a chosen year wins over the proposal's TA, a function's TA argument over the chosen year", () => {
    chooseActiveRuleset(withTa(2022));
    selectRuleset({ kind: "ta", ta: 2021 });
    expect(chooseActiveRuleset(withTa(2022)).ruleset.id).toBe("ta2021");
    expect(activeRuleset().ruleset.id).toBe("ta2021");
    expect(activeRuleset({ ta: 2023 }).ruleset.id).toBe("ta2023");
  });

  it("a loaded ruleset wins everywhere, as in chooseRuleset", () => {
    const mine = { ...getRuleset(2022)!, id: "dinas" };
    selectRuleset({ kind: "loaded", ruleset: mine });
    expect(chooseActiveRuleset(withTa(2020))).toMatchObject({ reason: "loaded", ruleset: { id: "dinas" } });
    expect(activeRuleset({ ta: 2020 }).ruleset.id).toBe("dinas");
    selectRuleset({ kind: "auto" });
    expect(activeRuleset().ruleset.id).toBe("ta2020");
  });

  it("tells subscribers when the choice or the proposal's TA changes, not when a run reads the same TA again", () => {
    const heard: string[] = [];
    const stop = subscribeActiveRuleset(() => heard.push(activeRuleset().ruleset.id));
    chooseActiveRuleset(withTa(2021));
    chooseActiveRuleset(withTa(2021));
    selectRuleset({ kind: "ta", ta: 2023 });
    stop();
    selectRuleset({ kind: "auto" });
    expect(heard).toEqual(["ta2021", "ta2023"]);
    expect(rulesetSelection()).toEqual({ kind: "auto" });
  });

  it("is one state for every copy of the module on the page (the pane, ribbon and functions bundles)", () => {
    selectRuleset({ kind: "ta", ta: 2020 });
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const other = require("./active") as typeof import("./active");
      expect(other.activeRuleset().ruleset.id).toBe("ta2020");
      other.selectRuleset({ kind: "ta", ta: 2022 });
    });
    expect(activeRuleset().ruleset.id).toBe("ta2022");
  });
});
