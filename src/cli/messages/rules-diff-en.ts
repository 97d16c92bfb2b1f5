/** Texts of `dak rules --diff` in English (`--lang en`); same keys as rules-diff-id.ts. */
import type { MessageTools } from "./id";
import type { RULES_DIFF_ID } from "./rules-diff-id";

type P = Readonly<Record<string, string>>;

export const RULES_DIFF_EN: Record<keyof typeof RULES_DIFF_ID, (p: P, tools: MessageTools) => string> = {
  "usage.badDiff": (p) =>
    `--diff: no bundled rules for fiscal year ${p.value} (available: ${p.available}); name the year to compare with, e.g. --diff 2022`,
  "rules.diff.heading": (p) => `What changed since TA ${p.from}, by the rules of TA ${p.to}`,
  "rules.diff.from": (p) => `  since: ${p.title}`,
  "rules.diff.to": (p) => `  now:   ${p.title}`,
  "rules.diff.count": (p, { plural }) => `${p.count} ${plural("count", "difference", "differences")}.`,
  "rules.diff.none": () => `No differences.`,
  "rules.diff.same": (p) => `TA ${p.from} and TA ${p.to} use the same rules (${p.id}): no differences.`,
};
