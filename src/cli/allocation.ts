/**
 * `dak validate --alokasi`: reads the allocation table (main thread, while the pool checks the
 * RKs), then adds each RK's allocation findings to its report and gives the batch's summary.
 * The check itself is the core's (src/core/allocation); this file only reads and merges.
 */
import { resolve } from "node:path";
import { checkAllocation, readAllocationTable, type AllocationSummary, type AllocationTable } from "../core/allocation";
import type { AllocationProblem } from "../core/allocation";
import { readWorkbookFile } from "../xlsx/grid-reader";
import type { ReadLimits } from "../xlsx/limits";
import { isUnreadableError } from "../xlsx/unreadable";
import { t, type Lang } from "./messages";
import { reportFromFindings, type FileReport } from "./report";

export type AlokasiRead =
  | { readonly ok: true; readonly table: AllocationTable }
  | {
      readonly ok: false;
      readonly key: "usage.alokasiUnreadable" | "usage.alokasiNoTable";
      readonly params: Record<string, string>;
    };

export async function readAlokasi(path: string, cwd: string, limits: ReadLimits): Promise<AlokasiRead> {
  let grids;
  try {
    grids = await readWorkbookFile(resolve(cwd, path), limits);
  } catch (e) {
    const detail = isUnreadableError(e) ? e.reason : e instanceof Error ? e.message : String(e);
    return { ok: false, key: "usage.alokasiUnreadable", params: { path, detail } };
  }
  const table = readAllocationTable(grids);
  const notFound = table.problems.find((p) => p.code === "TABLE_NOT_FOUND");
  if (notFound) return { ok: false, key: "usage.alokasiNoTable", params: { path, sheets: notFound.text } };
  return { ok: true, table };
}

/** The reports with their allocation findings added (re-sorted, re-counted), and the summary. */
export function applyAllocation(
  reports: readonly FileReport[],
  table: AllocationTable,
): { reports: FileReport[]; summary: AllocationSummary } {
  const facts = reports.map((r) => (r.status === "unreadable" ? null : r.facts));
  const result = checkAllocation(
    table,
    facts.map((f) =>
      f === null
        ? null
        : {
            kabKota: f.kabKota,
            provinsi: f.provinsi,
            ta: f.ta,
            pagu: f.pagu,
            total: f.total,
            paguCell: f.paguCell,
            kabKotaCell: f.kabKotaCell,
          },
    ),
  );
  const merged = reports.map((r, i) => {
    const extra = result.findings[i];
    if (extra.length === 0) return r;
    return reportFromFindings(r.file, [...r.findings, ...extra], r.facts);
  });
  return { reports: merged, summary: result.summary };
}

export function allocationProblemText(lang: Lang, p: AllocationProblem): string {
  return t(lang, `alokasi.problem.${p.code}`, {
    sheet: p.sheet,
    cell: p.cell,
    text: p.text,
    firstCell: p.firstCell ?? "",
  });
}
