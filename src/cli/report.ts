/**
 * What checking one file gives: plain data (it crosses the worker boundary as a structured clone)
 * holding the raw findings; messages are made late, in the user's language, by the presenters.
 */
import { cellPosition, type Finding } from "../core/rules/findings";
import type { ReasonParams, UnreadableReason } from "../xlsx/unreadable";

export type FileStatus = "ok" | "invalid" | "unreadable";

export interface FileFacts {
  readonly kabKota?: string;
  readonly provinsi?: string;
  readonly ta?: number;
  /** The id of the ruleset core chose for the file (rules/choose.ts): "ta2022", or a loaded file's id. */
  readonly ruleset?: string;
  /** Rupiah; null when unknown (no pagu stated, amounts unreadable). */
  readonly pagu: number | null;
  readonly total: number | null;
  readonly sisa: number | null;
  /** Penunjang share of the pagu, 0–1; null when unknown. */
  readonly penunjangShare: number | null;
  /**
   * Core's verdict on the penunjang cap under the file's own ruleset (core/budget/verdicts.ts):
   * within, over or off (the rule disabled), and the cap as a share of the pagu. Absent when the
   * pagu is unknown or too small to judge shares.
   */
  readonly penunjangVerdict?: { readonly state: "within" | "over" | "off"; readonly maxShare: number };
  /** Where the meta block states the pagu and the kab/kota (the allocation check points there). */
  readonly paguCell?: { readonly sheet: string; readonly cell: string };
  readonly kabKotaCell?: { readonly sheet: string; readonly cell: string };
  /** Every sheet read with its kind (DESIGN.md §3a, §6); empty for a file that could not be read. */
  readonly sheets?: readonly { readonly sheet: string; readonly kind: string }[];
}

export interface FileReport {
  /** The path as the user gave it or as found under a folder they gave. */
  readonly file: string;
  readonly status: FileStatus;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly facts: FileFacts;
  /** Why the file could not be read (status "unreadable" only). */
  readonly reason?: { readonly code: UnreadableReason; readonly params: ReasonParams };
}

export const NO_FACTS: FileFacts = { pagu: null, total: null, sisa: null, penunjangShare: null };

export function unreadableReport(file: string, code: UnreadableReason, params: ReasonParams = {}): FileReport {
  return {
    file,
    status: "unreadable",
    findings: [],
    errors: 0,
    warnings: 0,
    facts: NO_FACTS,
    reason: { code, params },
  };
}

export function reportFromFindings(file: string, findings: readonly Finding[], facts: FileFacts): FileReport {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return {
    file,
    status: errors > 0 ? "invalid" : "ok",
    findings: sortFindingsBySheet(findings),
    errors,
    warnings,
    facts,
  };
}

/**
 * Findings by sheet, then row, then column of their cell, then severity and code: a file's
 * findings read top to bottom. Each cell is parsed once (cellPosition), not at every comparison.
 */
export function sortFindingsBySheet(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const keyed = findings.map((f) => ({ f, at: cellPosition(f.cell) }));
  keyed.sort(
    (a, b) =>
      a.f.sheet.localeCompare(b.f.sheet) ||
      a.at - b.at ||
      rank[a.f.severity] - rank[b.f.severity] ||
      a.f.code.localeCompare(b.f.code),
  );
  return keyed.map((k) => k.f);
}

/** 0 = no error findings, 1 = at least one error finding, 2 = an unreadable file. */
export function exitCodeOf(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.status === "unreadable")) return 2;
  return reports.some((r) => r.status === "invalid") ? 1 : 0;
}
