/** The template context used by the template tests: the bundled TA 2020 ruleset's lists. */
import { getRuleset } from "../../src/core/rules/bundled";
import { contextFromRuleset } from "../../src/core/templates/ruleset-lists";
import type { TemplateContext } from "../../src/core/templates/context";

export function ta2020Context(settings: Omit<TemplateContext, "ta" | "lists"> = {}): TemplateContext {
  const ruleset = getRuleset(2020);
  if (!ruleset) throw new Error("TA 2020 ruleset is not bundled");
  return contextFromRuleset(ruleset, settings);
}
