/**
 * The human-readable output: one block per file (a heading, its findings sorted by sheet and
 * cell, a summary line), then one line for the batch. Colour only when asked (stdout is a TTY).
 */
import type { AllocationSummary } from "../core/allocation";
import { allocationProblemText } from "./allocation";
import { formatSeconds } from "../core/i18n/numbers";
import { t } from "./messages";
import { oneLine, reasonText, type Presenter } from "./presenter";
import type { FileReport } from "./report";

export interface TableOptions {
  readonly color: boolean;
  readonly seconds: number;
  /** --alokasi: the batch's allocation summary and the table's path as the user gave it. */
  readonly allocation?: { readonly summary: AllocationSummary; readonly path: string };
}

const ANSI = {
  red: "\x1b[31m",
  yellow: "\x1b[33m",
  green: "\x1b[32m",
  cyan: "\x1b[36m",
  bold: "\x1b[1m",
  dim: "\x1b[2m",
  reset: "\x1b[0m",
};
export type Paint = (style: keyof typeof ANSI, text: string) => string;

export function painter(color: boolean): Paint {
  return color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_s, text) => text;
}

export function formatTable(reports: readonly FileReport[], p: Presenter, options: TableOptions): string {
  const paint = painter(options.color);
  const blocks = reports.map((r) => fileBlock(r, p, paint));
  const alloc = options.allocation ? `${allocationBlock(p, paint, options.allocation)}\n` : "";
  return `${blocks.join("\n")}\n${alloc}${batchLine(reports, p, paint, options.seconds)}\n`;
}

export function fileBlock(r: FileReport, p: Presenter, paint: Paint): string {
  const lines = [paint("bold", oneLine(heading(r)))];
  if (r.status === "unreadable") {
    lines.push(`  ${paint("red", `${t(p.lang, "status.unreadable")}:`)} ${oneLine(reasonText(p, r))}`);
    return lines.join("\n") + "\n";
  }
  // A finding about a whole sheet has no cell: "RAB", not "RAB!".
  const where = r.findings.map((f) => (f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.sheet || f.cell));
  const sev = r.findings.map((f) => t(p.lang, `severity.${f.severity}`));
  const whereWidth = Math.max(0, ...where.map((w) => w.length));
  const sevWidth = Math.max(0, ...sev.map((s) => s.length));
  const codeWidth = Math.max(0, ...r.findings.map((f) => f.code.length));
  r.findings.forEach((f, i) => {
    const colour = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "cyan";
    lines.push(
      `  ${oneLine(where[i]).padEnd(whereWidth)}  ${paint(colour, sev[i].padEnd(sevWidth))}  ${f.code.padEnd(codeWidth)}  ${oneLine(p.message(f))}`,
    );
  });
  if (r.findings.length === 0) lines.push(`  ${paint("dim", t(p.lang, "table.noFindings"))}`);
  const status = r.status === "ok" ? paint("green", t(p.lang, "status.ok")) : paint("red", t(p.lang, "status.invalid"));
  const money =
    r.facts.pagu !== null || r.facts.total !== null
      ? ` · ${t(p.lang, "table.paguTotal", { pagu: amount(p, r.facts.pagu), total: amount(p, r.facts.total) })}`
      : "";
  lines.push(`  ${status}: ${t(p.lang, "table.fileSummary", { errors: r.errors, warnings: r.warnings })}${money}`);
  return lines.join("\n") + "\n";
}

function heading(r: FileReport): string {
  const place = [r.facts.kabKota, r.facts.provinsi].filter(Boolean).join(", ");
  const parts = [r.file, place, r.facts.ta !== undefined ? `TA ${r.facts.ta}` : ""].filter(Boolean);
  return parts.join(" · ");
}

function amount(p: Presenter, n: number | null): string {
  return n === null ? "–" : p.rupiah(n);
}

export function batchLine(reports: readonly FileReport[], p: Presenter, paint: Paint, seconds: number): string {
  const count = (s: FileReport["status"]) => reports.filter((r) => r.status === s).length;
  const text = t(p.lang, "table.batchSummary", {
    files: reports.length,
    ok: count("ok"),
    invalid: count("invalid"),
    unreadable: count("unreadable"),
    errors: reports.reduce((a, r) => a + r.errors, 0),
    warnings: reports.reduce((a, r) => a + r.warnings, 0),
    seconds: formatSeconds(seconds, p.lang),
  });
  return paint("bold", text);
}

function allocationBlock(
  p: Presenter,
  paint: Paint,
  { summary, path }: { summary: AllocationSummary; path: string },
): string {
  const sent = summary.entries - summary.missing.length;
  const lines = [
    paint("bold", oneLine(t(p.lang, "alokasi.heading", { path, entries: summary.entries, sent }))),
    `  ${t(p.lang, "alokasi.sums", { allocated: p.rupiah(summary.allocated), proposed: p.rupiah(summary.proposed) })}`,
  ];
  for (const x of summary.problems) lines.push(`  ${paint("yellow", oneLine(allocationProblemText(p.lang, x)))}`);
  if (summary.missing.length > 0) {
    lines.push(`  ${paint("yellow", t(p.lang, "alokasi.missing", { count: summary.missing.length }))}`);
    for (const e of summary.missing) {
      const place = [e.kabKota, e.provinsi].filter(Boolean).join(", ");
      lines.push(`    ${oneLine(place)} · ${p.rupiah(e.pagu)}`);
    }
  }
  return lines.join("\n") + "\n";
}
