/**
 * One review of a revision, for every face alike (CLI, task pane): the comparison, the findings
 * on what needs renewed approval, and the new version validated as usual, all under one ruleset
 * (the caller's, else the bundled one of the new version's TA).
 */
import type { Proposal } from "../proposal/types";
import { sortFindings, type Finding } from "../rules/findings";
import type { Ruleset } from "../rules/ruleset";
import { validate } from "../rules/validate";
import { compareProposals, rulesetForVersions } from "./compare";
import { revisionFindings } from "./revision";
import type { Comparison } from "./types";

export interface RevisionReview {
  readonly comparison: Comparison;
  /** REVISION_APPROVED_CHANGED first, then the new version's own findings, each in presenting order. */
  readonly findings: readonly Finding[];
  readonly ruleset: Ruleset;
}

export function reviewRevision(old: Proposal, now: Proposal, ruleset?: Ruleset): RevisionReview {
  const rs = ruleset ?? rulesetForVersions(old, now);
  const comparison = compareProposals(old, now, { ruleset: rs });
  const revision = revisionFindings(comparison, rs);
  const own = sortFindings(validate(now, rs));
  return { comparison, findings: [...revision, ...own], ruleset: rs };
}
