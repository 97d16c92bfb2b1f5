/**
 * The findings sheet ("Hasil Validasi"): always a new sheet (a taken name gets " (2)", " (3)", …),
 * one row per finding with a hyperlink to its cell, a styled and frozen header row. Every cell is
 * formatted as text before its value is written, so a message starting with = + - @ stays text and
 * never becomes a formula.
 */
import type { FindingHeaders, FindingRow } from "./adapter";
import { sheetReference } from "./address";
import { runExcel } from "./run";

/** Used only when the caller's title has nothing left that a sheet name may hold. */
const FALLBACK_TITLE = "Hasil Validasi";
const COLUMNS = 6;
const CELL_COLUMN = 3;
/** Rows written per sync: keeps each request (values + hyperlinks) far under 5 MB. */
export const FINDING_ROWS_PER_SYNC = 2_000;
const MAX_SHEET_NAME = 31;

export async function writeFindingsSheet(
  rows: readonly FindingRow[],
  title: string,
  headers: FindingHeaders,
): Promise<string> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const name = freeSheetName(
      title,
      worksheets.items.map((ws) => ws.name),
    );
    const sheet = worksheets.add(name);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const header = sheet.getRangeByIndexes(0, 0, 1, COLUMNS);
    header.numberFormat = [textFormats(COLUMNS)];
    header.values = [[headers.severity, headers.code, headers.sheet, headers.cell, headers.message, headers.basis]];
    header.format.font.bold = true;
    header.format.font.color = "#FFFFFF";
    header.format.fill.color = "#1F4E78";
    sheet.freezePanes.freezeRows(1);
    for (let start = 0; start < rows.length; start += FINDING_ROWS_PER_SYNC) {
      await writeBlock(context, sheet, rows.slice(start, start + FINDING_ROWS_PER_SYNC), start + 1);
    }
    sheet.getRangeByIndexes(0, 0, rows.length + 1, COLUMNS).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}

/** One sync: a block of rows as text, each with a hyperlink to its cell. */
async function writeBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: readonly FindingRow[],
  firstRow: number,
): Promise<void> {
  const block = sheet.getRangeByIndexes(firstRow, 0, rows.length, COLUMNS);
  block.numberFormat = rows.map(() => textFormats(COLUMNS));
  block.values = rows.map((r) => [r.severity, r.code, r.sheet, r.cell, r.message, r.basis]);
  rows.forEach((row, i) => {
    if (!row.sheet || !row.cell) return;
    sheet.getCell(firstRow + i, CELL_COLUMN).hyperlink = {
      documentReference: sheetReference(row.sheet, row.cell),
      textToDisplay: row.cell,
      screenTip: sheetReference(row.sheet, row.cell),
    };
  });
  await context.sync();
}

function textFormats(n: number): string[] {
  return new Array<string>(n).fill("@");
}

/** A valid sheet name from a title: no : \ / ? * [ ], no leading or trailing apostrophe, ≤ 31. */
export function safeSheetName(title: string): string {
  const cleaned = title
    .replace(/[:\\/?*[\]]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || FALLBACK_TITLE).slice(0, MAX_SHEET_NAME).trim();
}

/** The title, or "title (2)", "title (3)", … : the first name no sheet has (case-insensitive). */
export function freeSheetName(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = safeSheetName(title);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
