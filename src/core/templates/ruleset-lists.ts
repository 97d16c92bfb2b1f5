/** The template lists (dropdown sources) of a ruleset: official names, in the ruleset's order. */
import { allowedMetode, allowedSatuan, menuNames } from "../rules/lookup";
import type { Ruleset } from "../rules/ruleset";
import type { TemplateContext, TemplateLists } from "./context";

export function listsFromRuleset(ruleset: Ruleset): TemplateLists {
  const rincianByMenu: Record<string, string[]> = {};
  for (const menu of ruleset.menus) rincianByMenu[menu.name] = menu.rincian.map((r) => r.name);
  return {
    menus: menuNames(ruleset),
    rincianByMenu,
    satuan: allowedSatuan(ruleset),
    metode: allowedMetode(ruleset),
    penunjangMenu: ruleset.menus.find((m) => m.penunjang)?.name,
  };
}

/** A template context for a ruleset's fiscal year, with optional user settings. */
export function contextFromRuleset(
  ruleset: Ruleset,
  settings: Omit<TemplateContext, "ta" | "lists"> = {},
): TemplateContext {
  return { ...settings, ta: ruleset.ta, lists: listsFromRuleset(ruleset) };
}
