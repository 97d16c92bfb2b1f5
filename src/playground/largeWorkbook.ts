/**
 * A large proposal for the benchmark and for trying the pane on a big sheet: the sample's line
 * block (the rows numbered 1, 2, … under the header) repeated until the sheet has `lines` lines,
 * renumbered; the rows above and below (meta block, total row) are kept as they are.
 */
import type { SheetModel, WorkbookModel } from "../fakehost";

type Row = SheetModel["rows"][number];

export function enlargeWorkbook(model: WorkbookModel, lines: number): WorkbookModel {
  const sheet = model.sheets.find((s) => s.visibility === "Visible");
  if (!sheet) return model;
  const block = lineBlock(sheet.rows);
  if (!block) return model;
  const template = sheet.rows.slice(block.start, block.end);
  const repeated: Row[] = [];
  for (let i = 0; i < lines; i++) {
    const row = structuredClone(template[i % template.length]) as Row;
    row[0] = i + 1;
    repeated.push(row);
  }
  sheet.rows = [...sheet.rows.slice(0, block.start), ...repeated, ...sheet.rows.slice(block.end)];
  return model;
}

/** The first run of rows whose first cell is 1, 2, 3, … (the "No" column of the line table). */
function lineBlock(rows: readonly Row[]): { start: number; end: number } | undefined {
  const start = rows.findIndex((r) => r?.[0] === 1);
  if (start < 0) return undefined;
  let end = start;
  while (end < rows.length && rows[end]?.[0] === end - start + 1) end++;
  return { start, end };
}
