/**
 * compareProposals(old, new): what changed between two versions of an RK (DESIGN.md §6), lines
 * matched by what they are (match.ts), not by where they sit. Pure and close to linear in the
 * number of lines.
 */
import type { Proposal } from "../proposal/types";
import { chooseRuleset, proposalTa, type RulesetOptions } from "../rules/choose";
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
   * menus and kinds the totals use. Default: rulesetForVersions (core's choice by the TA).
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

/**
 * The ruleset of a revision: core's one choice (rules/choose.ts) for the new version's TA, else
 * the old one's when only it states a TA, else the newest, under the user's choice (`options`,
 * as chooseRuleset takes them); a TA no file covers gets the nearest earlier ruleset, as in
 * every face.
 */
export function rulesetForVersions(old: Proposal, now: Proposal, options: RulesetOptions = {}): Ruleset {
  return chooseRuleset(proposalTa(now) || !proposalTa(old) ? now : old, options).ruleset;
}

/** True when the versions differ in a line or a meta field (the pagu included). */
export function hasDifferences(c: Comparison): boolean {
  return c.changes.length > 0 || c.meta.length > 0;
}
