/**
 * Core rulesets seen by the pane: a RulesetView for display and selection, and the way back to
 * the core Ruleset the engine validates with (kept beside the view, never copied into UI state).
 */
import { isRuleId, ruleDeclaration } from "../../core/rules/registry";
import type { RulesetChoice } from "../../core/rules/choose";
import type { Ruleset } from "../../core/rules/ruleset";
import type { RuleView, RulesetChoiceView, RulesetSource, RulesetView } from "../engine";

const CORE = new WeakMap<RulesetView, Ruleset>();

export function rulesetView(ruleset: Ruleset, source: RulesetSource): RulesetView {
  const rules: RuleView[] = Object.entries(ruleset.rules)
    .filter(([, spec]) => spec.enabled !== false)
    .map(([id, spec]) => {
      // The rule's code, title and description come from its one declaration (src/core/rules/declarations).
      const declared = isRuleId(id) ? ruleDeclaration(id) : undefined;
      return {
        id,
        code: declared?.code ?? id,
        title: declared?.title,
        description: declared?.description,
        severity: spec.severity,
        status: spec.status,
        basis: spec.basis,
      };
    });
  const view: RulesetView = {
    key: source.kind === "bundled" ? `ta${ruleset.ta}` : `${source.kind}:${source.name}`,
    ta: ruleset.ta,
    name: ruleset.title,
    source,
    rules,
  };
  CORE.set(view, ruleset);
  return view;
}

export function coreRuleset(view: RulesetView): Ruleset {
  const ruleset = CORE.get(view);
  if (!ruleset) throw new Error(`ruleset view ${view.key} was not made by rulesetView()`);
  return ruleset;
}

/** Why the ruleset applies, without the ruleset itself. */
export function choiceView(choice: RulesetChoice): RulesetChoiceView {
  return { reason: choice.reason, fallback: choice.fallback, ...(choice.ta !== undefined ? { ta: choice.ta } : {}) };
}
