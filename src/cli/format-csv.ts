/**
 * `--format csv`: one row per finding (file, sheet, cell, severity, code, message), RFC 4180
 * quoting, CRLF line ends. Cells are safe to open in a spreadsheet: text starting with = + - @,
 * a tab or a carriage return gets a leading apostrophe so it is never taken for a formula. An
 * unreadable file is one row with severity "unreadable", its reason code and message.
 */
import { echoText } from "./echo";
import { reasonText, type Presenter } from "./presenter";
import type { FileReport } from "./report";

const CSV_HEADER = ["file", "sheet", "cell", "severity", "code", "message"] as const;

export function formatCsv(reports: readonly FileReport[], p: Presenter): string {
  return csvHeader() + reports.map((r) => csvRows(r, p)).join("");
}

export function csvHeader(): string {
  return `${CSV_HEADER.join(",")}\r\n`;
}

/** The rows of one file, each ending in CRLF. */
export function csvRows(r: FileReport, p: Presenter): string {
  const rows: string[][] = [];
  if (r.reason) rows.push([r.file, "", "", "unreadable", r.reason.code, reasonText(p, r)]);
  for (const f of r.findings) rows.push([r.file, f.sheet, f.cell, f.severity, f.code, p.message(f)]);
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

/**
 * Caps the text and drops terminal escape codes (echoText), neutralises formula injection, then
 * quotes when needed (comma, quote, CR or LF).
 */
export function csvCell(raw: string): string {
  const value = echoText(raw);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
