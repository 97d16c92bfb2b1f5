/**
 * The shipped engine: the Engine interface of the task pane over the real core (readProposal →
 * core's choice of ruleset → validate → summarize, loadRuleset, formatFinding, the template
 * registry). Which ruleset applies is core's decision under the shared runtime's active
 * selection (core/rules/active.ts), the same one the ribbon command and the custom functions
 * read; this file only turns core values into the pane's view types.
 */
import type { Grid } from "../../core/grid/types";
import { summarize } from "../../core/budget/summarize";
import { formatFinding } from "../../core/i18n/format-finding";
import { readProposal } from "../../core/proposal";
import { chooseActiveRuleset } from "../../core/rules/active";
import { findingsUnder } from "../../core/rules/choose";
import { loadRuleset } from "../../core/rules/load-ruleset";
import { TEMPLATES, templateText } from "../../core/templates";
import type { CheckOutcome, Engine, Locale, RulesetLoad, RulesetSource, TemplateView } from "../engine";
import { activeRulesetViews } from "./activeRuleset";
import { budgetView, documentTotals } from "./budgetView";
import { compareOutcome } from "./compareOutcome";
import { choiceView } from "./rulesetViews";

export function createCoreEngine(): Engine {
  const active = activeRulesetViews();
  return {
    bundledRulesets: () => active.bundled,
    loadRuleset(json: unknown, source: RulesetSource): RulesetLoad {
      const result = loadRuleset(json);
      return result.ok
        ? { ok: true, ruleset: active.remember(result.ruleset, source) }
        : { ok: false, problems: result.problems };
    },
    selectRuleset: active.select,
    activeRuleset: active.current,
    subscribe: active.subscribe,
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
    // The pane and the findings sheet show the cell and the basis beside the message: leave them out of it.
    formatFinding: (finding, locale: Locale) =>
      formatFinding(finding, locale, { withoutWhere: true, withoutBasis: true }),
    rkSheets: (grids) => readProposal(grids).parts.map((p) => p.sheet),
    compare: (old, now) => compareOutcome(old, now),
    templates: (locale: Locale): TemplateView[] =>
      TEMPLATES.map((tpl) => ({ id: tpl.id, ...templateText(tpl.id, locale) })),
  };
}
