/**
 * The shipped engine: the Engine interface of the task pane over the real core (readProposal →
 * validate → summarize, loadRuleset, formatFinding, the template registry). No logic of its own
 * beyond turning core values into the pane's view types.
 */
import type { Grid } from "../../core/grid/types";
import { summarize } from "../../core/budget/summarize";
import { formatFinding } from "../../core/i18n/format-finding";
import { readProposal } from "../../core/proposal";
import { BUNDLED_RULESETS } from "../../core/rules/bundled";
import { loadRuleset } from "../../core/rules/load-ruleset";
import { validate } from "../../core/rules/validate";
import { TEMPLATES, templateText } from "../../core/templates";
import type { CheckOutcome, Engine, Locale, RulesetLoad, RulesetSource, RulesetView, TemplateView } from "../engine";
import { budgetView, documentTotals } from "./budgetView";
import { compareOutcome } from "./compareOutcome";
import { coreRuleset, rulesetView } from "./rulesetViews";

export function createCoreEngine(): Engine {
  const bundled = Object.values(BUNDLED_RULESETS)
    .sort((a, b) => b.ta - a.ta)
    .map((r) => rulesetView(r, { kind: "bundled" }));
  return {
    bundledRulesets: () => bundled,
    loadRuleset(json: unknown, source: RulesetSource): RulesetLoad {
      const result = loadRuleset(json);
      return result.ok
        ? { ok: true, ruleset: rulesetView(result.ruleset, source) }
        : { ok: false, problems: result.problems };
    },
    check(grids: readonly Grid[], view: RulesetView): CheckOutcome {
      const ruleset = coreRuleset(view);
      const proposal = readProposal(grids);
      const findings = validate(proposal, ruleset);
      const budget =
        proposal.parts.length > 0
          ? { ...budgetView(summarize(proposal, ruleset)), ...documentTotals(proposal, ruleset) }
          : undefined;
      return { findings, budget, sheets: proposal.sheets ?? [] };
    },
    // The pane and the findings sheet show the cell and the basis beside the message: leave them out of it.
    formatFinding: (finding, locale: Locale) =>
      formatFinding(finding, locale, { withoutWhere: true, withoutBasis: true }),
    rkSheets: (grids) => readProposal(grids).parts.map((p) => p.sheet),
    compare: (old, now, view) => compareOutcome(old, now, coreRuleset(view)),
    templates: (locale: Locale): TemplateView[] =>
      TEMPLATES.map((tpl) => ({ id: tpl.id, ...templateText(tpl.id, locale) })),
  };
}
