/**
 * `dak bandingkan --format json`: DESIGN.md §6 — `{ changes, totals, findings }`, plus the two
 * files, the ruleset used and the meta fields that changed (the pagu among them).
 */
import type { RevisionReview } from "../core/compare";
import type { Presenter } from "./presenter";

export function bandingkanJson(
  review: RevisionReview,
  files: { readonly old: string; readonly new: string },
  p: Presenter,
): string {
  const { comparison: c, ruleset } = review;
  const out = {
    old: files.old,
    new: files.new,
    ta: ruleset.ta,
    ruleset: ruleset.id,
    changes: c.changes,
    meta: c.meta,
    totals: c.totals,
    findings: review.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: p.message(f),
      params: f.params,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
