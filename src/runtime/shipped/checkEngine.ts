/**
 * The part of the shipped engine a ribbon command needs: one check (readProposal → core's choice
 * of ruleset under the shared runtime's active selection → validate → summarize). Kept apart
 * from coreEngine.ts so that the commands bundle carries no template, ruleset-loading or
 * comparison code it never uses.
 */
import type { Grid } from "../../core/grid/types";
import { summarize } from "../../core/budget/summarize";
import { readProposal } from "../../core/proposal";
import { chooseActiveRuleset } from "../../core/rules/active";
import { findingsUnder } from "../../core/rules/choose";
import type { CheckEngine, CheckOutcome } from "../engine";
import { activeRulesetViews, type ActiveRulesetViews } from "./activeRuleset";
import { budgetView, documentTotals } from "./budgetView";
import { choiceView } from "./rulesetViews";

export function createCheckEngine(active: ActiveRulesetViews = activeRulesetViews()): CheckEngine {
  return {
    activeRuleset: () => active.current(),
    check(grids: readonly Grid[]): CheckOutcome {
      const proposal = readProposal(grids);
      const choice = chooseActiveRuleset(proposal);
      const { ruleset } = choice;
      const findings = findingsUnder(proposal, choice);
      const budget =
        proposal.parts.length > 0
          ? { ...budgetView(summarize(proposal, ruleset)), ...documentTotals(proposal, ruleset) }
          : undefined;
      return {
        ruleset: active.viewOf(ruleset),
        choice: choiceView(choice),
        findings,
        budget,
        sheets: proposal.sheets ?? [],
      };
    },
  };
}
