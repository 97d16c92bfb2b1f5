/** Why a ruleset applies, in the user's words: core's choice (reason, TA, fallback) as the pane says it. */
import type { RulesetChoiceView } from "../../runtime/engine";
import type { Strings } from "../i18n/strings.id";

export function rulesetWhy(choice: RulesetChoiceView, t: Strings): string {
  if (choice.fallback && choice.ta !== undefined) return t.whyFallback(choice.ta);
  switch (choice.reason) {
    case "loaded":
      return t.whyLoaded;
    case "ta":
      return t.whyChosen;
    case "proposal":
      return choice.ta === undefined ? t.whyDefault : t.whyProposal(choice.ta);
    case "default":
      return t.whyDefault;
  }
}
