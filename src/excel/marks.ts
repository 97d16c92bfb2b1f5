/**
 * Marks on finding cells: conditional formats of type custom whose formula carries our marker,
 * `=ISTEXT("DAK-IKM:error")` (always true, so the format always shows). Being conditional
 * formats they are saved with the workbook and survive reopening; they change no cell value or
 * cell format, so removing them leaves every cell exactly as before; and they are recognised by
 * their formula alone, so the user's own conditional formats are never touched.
 */
import { parseRangeA1 } from "../core/grid/a1";
import type { Severity } from "../core/rules/findings";
import type { MarkOptions, MarkSpot } from "./adapter";
import { runExcel, yieldToEventLoop } from "./run";

export const MARK_MARKER = "DAK-IKM";

const MARK_COLORS: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_MARKER}:${severity}")`;
}

/** Whether a custom conditional format's formula is one of ours. */
export function isMarkFormula(formula: string): boolean {
  return formula.includes(`"${MARK_MARKER}:`);
}

/**
 * Marks written per request: each costs about 500 bytes of request (range, format, formula,
 * two colours), so 2,000 stay near 1 MB, well under Excel on the web's 5 MB payload limit,
 * however many findings there are (26,000 findings = 14 requests).
 */
export const MARK_BATCH = 2000;
/** Deletions per request: each is one small operation (about 100 bytes). */
const DELETE_BATCH = 10_000;

/**
 * Removes our previous marks, then marks each finding's cell (worst severity wins), MARK_BATCH
 * marks per sync, yielding between batches (progress, and Office's 5-second watchdog). When the
 * signal aborts, the marks written so far stay (they are ours and "remove marks" takes them
 * away) and the count so far is returned.
 */
export async function addMarks(findings: readonly MarkSpot[], options: MarkOptions = {}): Promise<number> {
  return runExcel(async (context) => {
    const { sheetNames, marks } = await findMarks(context);
    // The last deletions are queued, not synced: they go with the first batch of new marks.
    const queued = await deleteMarks(context, marks, false);
    const targets = markTargets(findings, sheetNames);
    options.onProgress?.({ done: 0, total: targets.length });
    if (targets.length === 0 && queued) await context.sync();
    let cells = 0;
    for (let start = 0; start < targets.length; start += MARK_BATCH) {
      if (options.signal?.aborted) break;
      cells += await writeBatch(context, targets.slice(start, start + MARK_BATCH));
      const done = Math.min(targets.length, start + MARK_BATCH);
      options.onProgress?.({ done, total: targets.length });
      if (done < targets.length) await yieldToEventLoop();
    }
    return cells;
  });
}

/**
 * Deletes marks, DELETE_BATCH per sync (each deletion is a request operation). With
 * syncLast false the last batch is only queued; returns whether deletions wait for a sync.
 */
async function deleteMarks(
  context: Excel.RequestContext,
  marks: readonly Excel.ConditionalFormat[],
  syncLast = true,
): Promise<boolean> {
  for (let start = 0; start < marks.length; start += DELETE_BATCH) {
    const last = start + DELETE_BATCH >= marks.length;
    await deleteBatch(context, marks.slice(start, start + DELETE_BATCH), syncLast || !last);
  }
  return !syncLast && marks.length > 0;
}

async function deleteBatch(
  context: Excel.RequestContext,
  marks: readonly Excel.ConditionalFormat[],
  sync: boolean,
): Promise<void> {
  for (const mark of marks) mark.delete();
  if (sync) await context.sync();
}

/** One batch of marks in one sync; returns how many cells they cover. */
async function writeBatch(context: Excel.RequestContext, batch: readonly MarkTarget[]): Promise<number> {
  const sheets = new Map<string, Excel.Worksheet>();
  let cells = 0;
  for (const target of batch) {
    let sheet = sheets.get(target.sheet);
    if (!sheet) sheets.set(target.sheet, (sheet = context.workbook.worksheets.getItem(target.sheet)));
    const format = sheet.getRange(target.cell).conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = markFormula(target.severity);
    format.custom.format.fill.color = MARK_COLORS[target.severity].fill;
    format.custom.format.font.color = MARK_COLORS[target.severity].font;
    cells += target.cells;
  }
  await context.sync();
  return cells;
}

/** Removes every mark this add-in made, and nothing else; returns how many marks (ranges) went. */
export async function removeMarks(): Promise<number> {
  return runExcel(async (context) => {
    const { marks } = await findMarks(context);
    await deleteMarks(context, marks);
    return marks.length;
  });
}

/** Three syncs: sheet names, the conditional formats of every sheet, the formulas of the custom ones. */
async function findMarks(
  context: Excel.RequestContext,
): Promise<{ sheetNames: string[]; marks: Excel.ConditionalFormat[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheetNames = worksheets.items.map((ws) => ws.name);
  const collections = worksheets.items.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load("items/type");
    return formats;
  });
  await context.sync();
  const custom = collections.flatMap((c) => c.items).filter((cf) => cf.type === Excel.ConditionalFormatType.custom);
  if (custom.length === 0) return { sheetNames, marks: [] };
  const rules = custom.map((cf) => {
    const rule = cf.custom.rule;
    rule.load("formula");
    return rule;
  });
  await context.sync();
  return { sheetNames, marks: custom.filter((_, i) => isMarkFormula(rules[i].formula)) };
}

interface MarkTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly cells: number;
}

/** One target per distinct (sheet, cell) on an existing sheet, with the worst severity. */
export function markTargets(findings: readonly MarkSpot[], sheetNames: readonly string[]): MarkTarget[] {
  const sheets = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const byKey = new Map<string, MarkTarget>();
  for (const f of findings) {
    const sheet = sheets.get(f.sheet.toLowerCase());
    const range = f.cell ? parseRangeA1(f.cell) : undefined;
    if (!sheet || !range) continue;
    const cell = f.cell.toUpperCase();
    const key = `${sheet}!${cell}`;
    const previous = byKey.get(key);
    if (previous && SEVERITY_RANK[previous.severity] <= SEVERITY_RANK[f.severity]) continue;
    const cells = (Math.abs(range.end.row - range.start.row) + 1) * (Math.abs(range.end.col - range.start.col) + 1);
    byKey.set(key, { sheet, cell, severity: f.severity, cells });
  }
  return [...byKey.values()];
}
