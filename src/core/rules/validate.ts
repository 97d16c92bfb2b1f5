/**
 * validate(proposal, ruleset): every finding of every check family, in the order empty RK sheets,
 * reading, lines (sheet by sheet, row by row), penunjang uses against the physical work, budget, sentra, RK against RAB and KAK, then the
 * other documents of the package (DESIGN.md §3a). Pure and linear in the number of lines; use
 * `compareFindings` to order them for presenting.
 */
import { checkCrossDocuments } from "../package/checks/cross";
import { checkDocuments, checkEmptyParts } from "../package/checks/documents";
import { checkRealisasi } from "../package/checks/realisasi";
import type { Proposal } from "../proposal/types";
import { checkBudget } from "./checks/budget";
import { checkLines } from "./checks/line";
import { checkPenunjangMethods } from "./checks/penunjang";
import { checkReading } from "./checks/reading";
import { checkSentra } from "./checks/sentra";
import type { Finding } from "./findings";
import { indexRuleset } from "./index-ruleset";
import { resolveProposal } from "./resolve";
import type { Ruleset } from "./ruleset";
import { FindingSink } from "./sink";

export function validate(proposal: Proposal, ruleset: Ruleset): Finding[] {
  const index = indexRuleset(ruleset);
  const out = new FindingSink(ruleset);
  // An RK sheet with no line is PROPOSAL_EMPTY, and nothing else is asked of it (DESIGN.md §3a).
  checkEmptyParts(proposal, out);
  const rk = withLines(proposal);
  if (rk.parts.length > 0 || proposal.parts.length === 0) {
    checkReading(rk, index, out);
    const resolution = resolveProposal(rk, index);
    rk.parts.forEach((part, i) => checkLines(part, resolution.parts[i], index, out));
    checkPenunjangMethods(
      rk.parts.map((p) => p.sheet),
      resolution,
      index,
      out,
    );
    checkBudget(rk, resolution, index, out);
    checkSentra(rk, index, out);
    checkCrossDocuments(rk, resolution, out);
  }
  checkDocuments(proposal, index, out);
  checkRealisasi(proposal, index, out);
  return out.list();
}

/** The proposal without its empty RK parts (the same object when it has none, for the memo). */
function withLines(proposal: Proposal): Proposal {
  return proposal.parts.every((p) => p.lines.length > 0)
    ? proposal
    : { ...proposal, parts: proposal.parts.filter((p) => p.lines.length > 0) };
}
