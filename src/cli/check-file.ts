/**
 * Checks one file: read it under the limits, readProposal, validate with the right ruleset, and
 * summarise. Never throws: a file that cannot be read, or that trips a bug, becomes an
 * `unreadable` report with its reason, so one bad file never stops the batch. This is the unit of
 * work a pool worker runs.
 */
import { readProposal } from "../core/proposal";
import type { Proposal } from "../core/proposal/types";
import { checkProposal } from "../core/rules/choose";
import type { Ruleset } from "../core/rules/ruleset";
import { readWorkbookFile } from "../xlsx/grid-reader";
import type { ReadLimits } from "../xlsx/limits";
import { isUnreadableError } from "../xlsx/unreadable";
import { factsOf } from "./facts";
import { reportFromFindings, unreadableReport, type FileReport } from "./report";

export interface CheckOptions {
  readonly limits: ReadLimits;
  /** A ruleset loaded with --rules; otherwise --ta or the proposal's own TA picks a bundled one. */
  readonly ruleset?: Ruleset;
  /** The TA of --ta. */
  readonly ta?: number;
}

export async function checkFile(path: string, display: string, options: CheckOptions): Promise<FileReport> {
  let proposal: Proposal;
  try {
    proposal = readProposal(await readWorkbookFile(path, options.limits));
  } catch (e) {
    return failureReport(display, e);
  }
  try {
    // The same decision every face makes (core/rules/choose.ts).
    const { choice, findings } = checkProposal(proposal, { ruleset: options.ruleset, ta: options.ta });
    return reportFromFindings(display, findings, factsOf(proposal, choice.ruleset));
  } catch (e) {
    return unreadableReport(display, "INTERNAL_ERROR", { detail: describe(e) });
  }
}

function failureReport(display: string, e: unknown): FileReport {
  if (isUnreadableError(e)) return unreadableReport(display, e.reason, e.params);
  return unreadableReport(display, "INTERNAL_ERROR", { detail: describe(e) });
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
