/**
 * compareProposals(old, new): what changed between two versions of an RK (DESIGN.md §6), lines
 * matched by what they are (match.ts), not by where they sit. Pure and close to linear in the
 * number of lines.
 */
import type { Proposal } from "../proposal/types";
import { defaultRuleset, getRuleset } from "../rules/bundled";
import { indexRuleset } from "../rules/index-ruleset";
import type { Ruleset } from "../rules/ruleset";
import { changeList } from "./changes";
import { lineViews } from "./line-view";
import { matchLines } from "./match";
import { metaChanges } from "./meta";
import { compareTotals } from "./totals";
import type { Comparison } from "./types";

export interface CompareOptions {
  /**
   * The ruleset whose menu, rincian, satuan and metode aliases count as the same name, and whose
   * menus and kinds the totals use. Default: the bundled ruleset of the new version's TA, else
   * the latest one.
   */
  readonly ruleset?: Ruleset;
}

export function compareProposals(old: Proposal, now: Proposal, options: CompareOptions = {}): Comparison {
  const ruleset = options.ruleset ?? rulesetForVersions(old, now);
  const index = indexRuleset(ruleset);
  const matching = matchLines(lineViews(old, index), lineViews(now, index));
  const { changes, unchanged } = changeList(matching);
  return { changes, meta: metaChanges(old, now), totals: compareTotals(old, now, index), unchanged };
}

/** The bundled ruleset of the new version's TA, else the old one's, else the latest. */
export function rulesetForVersions(old: Proposal, now: Proposal): Ruleset {
  return bundledRulesetOf(now) ?? bundledRulesetOf(old) ?? defaultRuleset();
}

/** The bundled ruleset of the first TA the proposal states, if one is bundled. */
function bundledRulesetOf(p: Proposal): Ruleset | undefined {
  for (const part of p.parts) {
    const ta = part.meta.ta;
    if (ta?.kind === "number") return getRuleset(ta.value);
  }
  return undefined;
}

/** True when the versions differ in a line or a meta field (the pagu included). */
export function hasDifferences(c: Comparison): boolean {
  return c.changes.length > 0 || c.meta.length > 0;
}
