/**
 * The shared runtime's active ruleset (core/rules/active.ts) seen by the pane: the bundled
 * rulesets and those loaded here as RulesetViews, the user's choice made from a view, and the
 * active ruleset as one cached view object (React's useSyncExternalStore needs the same object
 * until something changes).
 */
import { bundledRulesets } from "../../core/rules/bundled";
import {
  activeRuleset,
  activeRulesetVersion,
  rulesetSelection,
  selectRuleset,
  subscribeActiveRuleset,
} from "../../core/rules/active";
import type { Ruleset } from "../../core/rules/ruleset";
import type { ActiveRulesetView, RulesetSource, RulesetView } from "../engine";
import { choiceView, coreRuleset, rulesetView } from "./rulesetViews";

export interface ActiveRulesetViews {
  /** Newest fiscal year first. */
  readonly bundled: readonly RulesetView[];
  /** The view of a ruleset loaded in the pane (kept, so the same ruleset has the same view). */
  remember(ruleset: Ruleset, source: RulesetSource): RulesetView;
  /** The view of any core ruleset: bundled, loaded here, or loaded by another copy of the pane's code. */
  viewOf(ruleset: Ruleset): RulesetView;
  select(view: RulesetView | undefined): void;
  current(): ActiveRulesetView;
  subscribe(listener: () => void): () => void;
}

export function activeRulesetViews(): ActiveRulesetViews {
  const bundled = [...bundledRulesets()].reverse().map((r) => rulesetView(r, { kind: "bundled" }));
  const loaded = new Map<Ruleset, RulesetView>();
  const remember = (ruleset: Ruleset, source: RulesetSource): RulesetView => {
    const view = rulesetView(ruleset, source);
    loaded.set(ruleset, view);
    return view;
  };
  const viewOf = (ruleset: Ruleset): RulesetView =>
    bundled.find((v) => coreRuleset(v) === ruleset) ??
    loaded.get(ruleset) ??
    remember(ruleset, { kind: "file", name: ruleset.title });
  let cache: { readonly version: number; readonly view: ActiveRulesetView } | undefined;

  return {
    bundled,
    remember,
    viewOf,
    select(view) {
      if (!view) selectRuleset({ kind: "auto" });
      else if (view.source.kind === "bundled") selectRuleset({ kind: "ta", ta: view.ta });
      else selectRuleset({ kind: "loaded", ruleset: coreRuleset(view) });
    },
    current() {
      const version = activeRulesetVersion();
      if (cache?.version === version) return cache.view;
      const choice = activeRuleset();
      const selection = rulesetSelection();
      const ruleset = viewOf(choice.ruleset);
      const selected = selection.kind === "auto" ? "auto" : ruleset.key;
      cache = { version, view: { selected, ruleset, choice: choiceView(choice) } };
      return cache.view;
    },
    subscribe: subscribeActiveRuleset,
  };
}
