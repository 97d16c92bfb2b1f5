/**
 * `dak rules --diff YEAR`: what differs between the ruleset of YEAR and the one shown (--ta or
 * --rules), in words (grouped, one thing per item, a line per difference) or, with --format json,
 * as the core's list of changes: `{ "from", "to", "changes": [ { "kind", … } ] }`.
 */
import { diffRulesets } from "../core/rules/changes";
import { describeRulesetChanges } from "../core/i18n/ruleset-changes";
import type { Ruleset } from "../core/rules/ruleset";
import { t, type Lang } from "./messages";

/** The years a ruleset covers, as the user reads them ("2022", "2024–2027"). */
export const rulesetYears = (r: Ruleset): string => (r.taTo > r.ta ? `${r.ta}–${r.taTo}` : String(r.ta));

/** The two rulesets and the years to call them by (the years the user named, where named). */
export interface DiffSides {
  readonly from: Ruleset;
  readonly to: Ruleset;
  readonly fromYear: string;
  readonly toYear: string;
}

export function rulesDiffOutput(sides: DiffSides, format: "table" | "json", lang: Lang): string {
  const { from, to } = sides;
  const diff = diffRulesets(from, to);
  if (format === "json") return `${JSON.stringify(diff, null, 2)}\n`;
  const span = { from: sides.fromYear, to: sides.toYear };
  if (diff.changes.length === 0 && from === to) return `${t(lang, "rules.diff.same", { ...span, id: to.id })}\n`;
  const out = [
    t(lang, "rules.diff.heading", span),
    t(lang, "rules.diff.from", { title: from.title }),
    t(lang, "rules.diff.to", { title: to.title }),
  ];
  for (const section of describeRulesetChanges(diff.changes, lang)) {
    out.push("", section.heading);
    for (const item of section.items) {
      out.push(`  ${item.subject}${item.code ? ` (${item.code})` : ""}`);
      for (const detail of item.details) out.push(`    - ${detail}`);
    }
  }
  out.push(
    "",
    diff.changes.length === 0
      ? t(lang, "rules.diff.none")
      : t(lang, "rules.diff.count", { count: diff.changes.length }),
  );
  return `${out.join("\n")}\n`;
}
