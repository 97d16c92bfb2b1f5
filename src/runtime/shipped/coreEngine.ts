/**
 * The shipped engine: the Engine interface of the task pane over the real core (the check of
 * checkEngine.ts, loadRuleset, formatFinding, compare, the template registry). Which ruleset
 * applies is core's decision under the shared runtime's active selection (core/rules/active.ts),
 * the same one the ribbon command and the custom functions read; this file only turns core
 * values into the pane's view types.
 */
import { formatFinding } from "../../core/i18n/format-finding";
import { describeRulesetChanges } from "../../core/i18n/ruleset-changes";
import { readProposal } from "../../core/proposal";
import { diffRulesets } from "../../core/rules/changes";
import { loadRuleset } from "../../core/rules/load-ruleset";
import { TEMPLATES, templateText } from "../../core/templates";
import type { Engine, Locale, RulesetLoad, RulesetSource, TemplateView } from "../engine";
import { activeRulesetViews } from "./activeRuleset";
import { createCheckEngine } from "./checkEngine";
import { compareOutcome } from "./compareOutcome";
import { coreRuleset } from "./rulesetViews";

export function createCoreEngine(): Engine {
  const active = activeRulesetViews();
  return {
    ...createCheckEngine(active),
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
    rulesetChanges: (view, since, locale) =>
      describeRulesetChanges(diffRulesets(coreRuleset(since), coreRuleset(view)).changes, locale),
    // The pane and the findings sheet show the cell and the basis beside the message: leave them out of it.
    formatFinding: (finding, locale: Locale) =>
      formatFinding(finding, locale, { withoutWhere: true, withoutBasis: true }),
    rkSheets: (grids) => readProposal(grids).parts.map((p) => p.sheet),
    compare: (old, now) => compareOutcome(old, now),
    templates: (locale: Locale): TemplateView[] =>
      TEMPLATES.map((tpl) => ({ id: tpl.id, ...templateText(tpl.id, locale) })),
  };
}
