/**
 * The Bandingkan tab's outcome from the core's review of a revision: the comparison, the
 * revision findings, the new version's own findings counted, and the cells to mark (those that
 * need renewed approval with the rule's severity, every other changed cell as info).
 */
import { reviewRevision, rulesetForVersions } from "../../core/compare";
import type { Grid } from "../../core/grid/types";
import { readProposal } from "../../core/proposal";
import { activeOptions } from "../../core/rules/active";
import type { MarkSpot } from "../../excel/adapter";
import type { CompareOutcome } from "../engine";

/** Under the ruleset core chooses for the two versions and the user's choice in the shared runtime. */
export function compareOutcome(old: Grid, now: Grid): CompareOutcome {
  const [before, after] = [readProposal([old]), readProposal([now])];
  const review = reviewRevision(before, after, rulesetForVersions(before, after, activeOptions()));
  const revision = review.findings.filter((f) => f.code === "REVISION_APPROVED_CHANGED");
  const own = review.findings.filter((f) => f.code !== "REVISION_APPROVED_CHANGED");
  const count = (s: string) => own.filter((f) => f.severity === s).length;
  const marks: MarkSpot[] = revision.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));
  const marked = new Set(marks.map((m) => `${m.sheet}!${m.cell}`));
  const info = (sheet: string, cell: string) => {
    if (cell && !marked.has(`${sheet}!${cell}`)) {
      marked.add(`${sheet}!${cell}`);
      marks.push({ sheet, cell, severity: "info" });
    }
  };
  for (const c of review.comparison.changes) {
    if (c.change === "added" && c.new) info(c.new.sheet, c.new.cell);
    else if (c.change === "removed" && c.old) info(c.old.sheet, c.old.cell);
    else if (c.new) for (const f of c.fields) info(c.new.sheet, f.newCell);
  }
  return {
    comparison: review.comparison,
    revision,
    newVersion: { errors: count("error"), warnings: count("warning"), infos: count("info") },
    marks,
  };
}
