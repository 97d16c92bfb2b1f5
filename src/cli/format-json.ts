/**
 * `--format json`: the shape of DESIGN.md §6. An unreadable file also carries
 * `reason: { code, message }` so that scripts learn why (codes from src/xlsx/unreadable.ts).
 */
import type { AllocationSummary } from "../core/allocation";
import { allocationProblemText } from "./allocation";
import { MAX_CELL_CHARS, capText } from "./echo";
import { reasonText, type Presenter } from "./presenter";
import type { FileReport } from "./report";

export function formatJson(reports: readonly FileReport[], p: Presenter, allocation?: AllocationSummary): string {
  const files = reports.map((r) => jsonFile(r, p));
  if (!allocation) return `${JSON.stringify({ files }, null, 2)}\n`;
  const block = {
    missing: allocation.missing.map((e) => ({ provinsi: e.provinsi, kabKota: e.kabKota, pagu: e.pagu })),
    allocated: allocation.allocated,
    proposed: allocation.proposed,
    allocatedMatched: allocation.allocatedMatched,
    problems: allocation.problems.map((x) => ({
      code: x.code,
      sheet: x.sheet,
      cell: x.cell,
      message: allocationProblemText(p.lang, x),
    })),
  };
  return `${JSON.stringify({ files, allocation: block }, null, 2)}\n`;
}

/** One element of the "files" array. */
export function jsonFile(r: FileReport, p: Presenter) {
  return {
    file: r.file,
    status: r.status,
    // The TA the proposal states and the ruleset core chose for it (DESIGN.md §6); null when unknown.
    ta: r.facts.ta ?? null,
    ruleset: r.facts.ruleset ?? null,
    sheets: r.facts.sheets ?? [],
    summary: { errors: r.errors, warnings: r.warnings, pagu: r.facts.pagu, total: r.facts.total },
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: capText(p.message(f)),
      params: cappedParams(f.params),
    })),
    ...(r.reason ? { reason: { code: r.reason.code, message: reasonText(p, r) } } : {}),
  };
}

/** Texts from the file inside params (an unknown satuan, a cell's text) capped like the message. */
function cappedParams(params: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (!Object.values(params).some((v) => typeof v === "string" && v.length > MAX_CELL_CHARS)) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? capText(v) : v]));
}
