/**
 * validate(proposal, ruleset): every finding of every check family, in the order reading, lines
 * (sheet by sheet, row by row), budget, sentra. Pure and linear in the number of lines; use
 * `compareFindings` to order them for presenting.
 */
import type { Proposal } from "../proposal/types";
import { checkBudget } from "./checks/budget";
import { checkLines } from "./checks/line";
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
  checkReading(proposal, index, out);
  const resolution = resolveProposal(proposal, index);
  proposal.parts.forEach((part, i) => checkLines(part, resolution.parts[i], index, out));
  checkBudget(proposal, resolution, index, out);
  checkSentra(proposal, index, out);
  return out.list();
}
