/**
 * Reading a sentra sheet (Data Sentra & Indikator, DESIGN.md §3a): one row per sentra with its
 * name, kabupaten/kota, SK number and, for each of the six M&E indicators (src/core/indicators),
 * the value before and after. Two header layouts are read: an indicator name over "Sebelum" /
 * "Sesudah" sub-headers (the template's), or one row of "Unit IKM (Sebelum)" style headers.
 * Facts only: checks are in checks/sentra-sheet.ts; `dak evaluasi` reads the same rows.
 */
import type { CellValue, Grid } from "../grid/types";
import { findIndicator, type IndicatorDefinition } from "../indicators/definitions";
import { readMarketLevel } from "../indicators/market";
import { isBlank, numberCell, textCell } from "../proposal/cells";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import type { NumberCell, TextCell } from "../proposal/types";
import { labelRow, PHASES, SENTRA_COLUMNS } from "./labels";

export type IndicatorId = IndicatorDefinition["id"];

export interface IndicatorCells {
  readonly before: NumberCell;
  readonly after: NumberCell;
}

export interface SentraRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly name: TextCell;
  readonly provinsi: TextCell;
  readonly kabKota: TextCell;
  readonly sk: TextCell;
  /** Absent when the sheet has no pengelola column (then it is not a condition to check). */
  readonly pengelola?: TextCell;
  readonly indicators: Readonly<Partial<Record<IndicatorId, IndicatorCells>>>;
}

export interface SentraSheet {
  readonly sheet: string;
  /** The header cell of the sentra names (or of the first indicator): where a sheet-wide finding points. */
  readonly headerCell: string;
  /** The indicators the sheet has columns for, in column order. */
  readonly indicators: readonly IndicatorId[];
  /** Rows that hold a sentra name or any indicator value (blank template rows are left out). */
  readonly rows: readonly SentraRow[];
}

interface Columns {
  readonly fixed: Partial<Record<"name" | "provinsi" | "kabKota" | "sk" | "pengelola", number>>;
  readonly indicators: Map<IndicatorId, { before?: number; after?: number }>;
  readonly headerRow: number;
  /** Last header row (the sub-header row in a two-row header). */
  readonly lastRow: number;
}

const HEADER_SEARCH_ROWS = 40;
const PHASE_WORD = /^(.*?)[\s(/-]*\b(sebelum|sesudah|setelah|awal|akhir|before|after|baseline)\b\)?\s*$/i;
const END_WORDS = /^(jumlah|total|pertumbuhan|rata)/i;

/** The sentra rows of a sheet, or undefined when it has no indicator header. */
export function readSentraSheet(grid: Grid): SentraSheet | undefined {
  const view = sheetView(grid);
  const cols = findColumns(view);
  if (!cols) return undefined;
  const rows: SentraRow[] = [];
  for (let row = cols.lastRow + 1; row < view.bottom; row++) {
    const first = firstText(view, row);
    if (first !== undefined && END_WORDS.test(first.trim())) break;
    const parsed = readRow(view, row, cols);
    if (parsed) rows.push(parsed);
  }
  const nameCol = cols.fixed.name ?? Math.min(...[...cols.indicators.values()].map((c) => c.before ?? c.after ?? 0));
  return {
    sheet: grid.sheet,
    headerCell: view.address(cols.headerRow, nameCol),
    indicators: [...cols.indicators.keys()],
    rows,
  };
}

/** The number of IKM units of a sentra row: after when given, else before. */
export function sentraUnits(row: SentraRow): NumberCell | undefined {
  const cells = row.indicators.unit_ikm;
  if (!cells) return undefined;
  return cells.after.kind !== "empty" ? cells.after : cells.before.kind !== "empty" ? cells.before : undefined;
}

function findColumns(view: SheetView): Columns | undefined {
  const end = Math.min(view.bottom, view.top + HEADER_SEARCH_ROWS);
  let best: Columns | undefined;
  for (let row = view.top; row < end; row++) {
    const found = columnsAt(view, row);
    if (found && (!best || found.indicators.size > best.indicators.size)) best = found;
  }
  return best;
}

function columnsAt(view: SheetView, row: number): Columns | undefined {
  const indicators = new Map<IndicatorId, { before?: number; after?: number }>();
  const groups: Array<{ id: IndicatorId; col: number }> = [];
  const values = view.rowValues(row) ?? [];
  values.forEach((v, i) => {
    if (typeof v !== "string" || isBlank(v)) return;
    const col = view.left + i;
    const phased = PHASE_WORD.exec(v);
    const label = stripBrackets(phased ? phased[1] : v);
    const indicator = label === "" ? undefined : findIndicator(label);
    if (!indicator) return;
    const slot = indicators.get(indicator.id) ?? {};
    indicators.set(indicator.id, slot);
    if (phased) slot[phaseOf(phased[2])] ??= col;
    else groups.push({ id: indicator.id, col });
  });
  if (indicators.size < 2) return undefined;
  let lastRow = row;
  if (groups.length > 0) {
    // Sub-headers under each group cell, up to the next group cell.
    const sub = labelRow(view, row + 1, PHASES);
    if (Object.keys(sub.columns).length > 0) lastRow = row + 1;
    const starts = groups.map((g) => g.col).sort((a, b) => a - b);
    for (const g of groups) {
      const next = starts.find((c) => c > g.col) ?? view.right;
      const slot = indicators.get(g.id)!;
      for (let col = g.col; col < next; col++) {
        const v = view.value(row + 1, col);
        const m = typeof v === "string" ? PHASES.match(v) : undefined;
        if (m) slot[m.key] ??= col;
      }
    }
  }
  const fixed: Columns["fixed"] = {};
  for (const r of lastRow === row ? [row] : [row, row + 1]) {
    const named = labelRow(view, r, SENTRA_COLUMNS).columns;
    for (const [k, c] of Object.entries(named) as Array<[keyof Columns["fixed"], number]>) fixed[k] ??= c;
  }
  return { fixed, indicators, headerRow: row, lastRow };
}

function stripBrackets(text: string): string {
  return text.replace(/[([{][^)\]}]*[)\]}]/g, " ").trim();
}

function phaseOf(word: string): "before" | "after" {
  return PHASES.match(word)?.key ?? (/^(sesudah|setelah|akhir|after)$/i.test(word) ? "after" : "before");
}

function firstText(view: SheetView, row: number): string | undefined {
  for (const v of view.rowValues(row) ?? []) if (typeof v === "string" && !isBlank(v)) return v;
  return undefined;
}

function readRow(view: SheetView, row: number, cols: Columns): SentraRow | undefined {
  const text = (col: number | undefined): TextCell =>
    col === undefined ? { kind: "empty", cell: "" } : textCell(view.value(row, col), view.address(row, col));
  const indicators: Partial<Record<IndicatorId, IndicatorCells>> = {};
  let anyValue = false;
  for (const [id, c] of cols.indicators) {
    const before = indicatorCell(view, row, c.before, id);
    const after = indicatorCell(view, row, c.after, id);
    if (before.kind !== "empty" || after.kind !== "empty") anyValue = true;
    indicators[id] = { before, after };
  }
  const name = text(cols.fixed.name);
  if (!anyValue && name.kind === "empty") return undefined;
  const out: SentraRow = {
    row,
    name,
    provinsi: text(cols.fixed.provinsi),
    kabKota: text(cols.fixed.kabKota),
    sk: text(cols.fixed.sk),
    indicators,
  };
  return cols.fixed.pengelola === undefined ? out : { ...out, pengelola: text(cols.fixed.pengelola) };
}

/** A before/after value; a market level may be written as a word ("nasional"). */
function indicatorCell(view: SheetView, row: number, col: number | undefined, id: IndicatorId): NumberCell {
  if (col === undefined) return { kind: "empty", cell: "" };
  const v: CellValue = view.value(row, col);
  const cell = view.address(row, col);
  if (id === "pasar" && typeof v === "string" && !isBlank(v)) {
    const level = readMarketLevel(v);
    if (level.ok) return { kind: "number", value: level.level, cell };
  }
  return numberCell(v, cell);
}
