/** Maps the batch's reports to the recap workbook's rows, in the user's language. */
import type { AllocationSummary } from "../core/allocation";
import { writeRecapWorkbook, type RecapFindingRow, type RecapLabels, type RecapRow } from "../xlsx/recap-writer";
import { t, type MessageKey } from "./messages";
import { reasonText, type Presenter } from "./presenter";
import type { FileReport } from "./report";
import type { SlimReport } from "./stream-output";

/** The row that says how many findings of a file the recap leaves to the outputs. */
function omitted(r: SlimReport, p: Presenter): RecapFindingRow[] {
  if (r.recapOmitted === 0) return [];
  const message = t(p.lang, "recap.omitted", { count: r.recapOmitted });
  return [{ file: r.file, kabKota: r.facts.kabKota ?? "", sheet: "", cell: "", severity: "", code: "", message }];
}

function recapRows(reports: readonly FileReport[], p: Presenter): { rows: RecapRow[]; findings: RecapFindingRow[] } {
  const rows = reports.map((r): RecapRow => ({
    kabKota: r.facts.kabKota ?? "",
    provinsi: r.facts.provinsi ?? "",
    ta: r.facts.ta ?? null,
    pagu: r.facts.pagu,
    total: r.facts.total,
    sisa: r.facts.sisa,
    penunjangShare: r.facts.penunjangShare,
    errors: r.status === "unreadable" ? null : r.errors,
    warnings: r.status === "unreadable" ? null : r.warnings,
    kinds: kindsFound(r),
    status: t(p.lang, `status.${r.status}`),
    file: r.file,
    note: reasonText(p, r),
  }));
  const findings = reports.flatMap((r) =>
    "recapFindings" in r
      ? [...(r as SlimReport).recapFindings, ...omitted(r as SlimReport, p)]
      : r.findings.map((f): RecapFindingRow => ({
          file: r.file,
          kabKota: r.facts.kabKota ?? "",
          sheet: f.sheet,
          cell: f.cell,
          severity: t(p.lang, `severity.${f.severity}`),
          code: f.code,
          message: p.message(f),
        })),
  );
  return { rows, findings };
}

/** The kinds of sheet the file holds ("rk, rab, kak"), each once, in the order of DESIGN.md §3a. */
function kindsFound(r: FileReport): string {
  const order = ["rk", "rab", "kak", "sentra", "realisasi"];
  const found = new Set((r.facts.sheets ?? []).map((s) => s.kind));
  return order.filter((k) => found.has(k)).join(", ");
}

const LABEL_KEYS: Readonly<Record<keyof RecapLabels, MessageKey>> = {
  kabKota: "recap.kabKota",
  provinsi: "recap.provinsi",
  ta: "recap.ta",
  pagu: "recap.pagu",
  total: "recap.total",
  sisa: "recap.sisa",
  penunjangShare: "recap.penunjang",
  errors: "recap.errors",
  warnings: "recap.warnings",
  kinds: "recap.kinds",
  status: "recap.status",
  file: "recap.file",
  note: "recap.reason",
  sheet: "recap.sheet",
  cell: "recap.cell",
  severity: "recap.severity",
  code: "recap.code",
  message: "recap.message",
};

export async function writeRecap(
  path: string,
  reports: readonly FileReport[],
  p: Presenter,
  force: boolean,
  allocation?: AllocationSummary,
): Promise<void> {
  const { rows, findings } = recapRows(reports, p);
  const labels = Object.fromEntries(Object.entries(LABEL_KEYS).map(([k, key]) => [k, t(p.lang, key)])) as RecapLabels;
  const missing = allocation && {
    sheet: t(p.lang, "recap.missingSheet"),
    rows: allocation.missing.map((e) => ({ provinsi: e.provinsi, kabKota: e.kabKota, pagu: e.pagu })),
  };
  await writeRecapWorkbook(path, rows, findings, labels, { overwrite: force, missing });
}
