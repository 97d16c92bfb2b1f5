/**
 * The before/after table of the six sentra indicators (DOMAIN.md §4) -> one row per indicator
 * with before, after, change and growth. Input columns: indikator | awal | akhir | [satuan awal]
 * | [satuan akhir]; rows in any order, an optional header row, labels matched tolerantly. A bad
 * cell spoils only its own row; an unknown or repeated label spoils the table (never guessed).
 */
import { parseRupiah } from "../money/parse";
import type { CellError, CellValue } from "../grid/types";
import { isCellError } from "../grid/types";
import { capacityGrowth } from "./capacity";
import { findIndicator, SENTRA_INDICATORS, type IndicatorDefinition } from "./definitions";
import { growth } from "./growth";
import { readMarketLevel } from "./market";

export type RowProblem =
  | { readonly problem: "MISSING" }
  | { readonly problem: "FROM_ZERO" | "NEGATIVE" | "NOT_A_NUMBER" | "OUT_OF_RANGE" | "UNIT_CHANGED" }
  | { readonly problem: "CELL_ERROR"; readonly error: CellError };

export interface IndicatorRow {
  readonly indicator: IndicatorDefinition;
  /** The value read (a market word becomes its level); null when the cell is empty or unusable. */
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | RowProblem;
  readonly growth: number | RowProblem;
}

export type IndicatorTableResult =
  | { readonly ok: true; readonly rows: readonly IndicatorRow[] }
  | { readonly ok: false; readonly reason: "TOO_FEW_COLUMNS" | "EMPTY" }
  | {
      readonly ok: false;
      readonly reason: "UNKNOWN_INDICATOR" | "DUPLICATE_INDICATOR";
      readonly row: number;
      readonly label: string;
    };

type Read = { value: number } | RowProblem | null;

/** Reads the table; rows come out in the order of SENTRA_INDICATORS, absent ones as MISSING. */
export function readIndicatorTable(table: readonly (readonly CellValue[])[]): IndicatorTableResult {
  if (table.length === 0) return { ok: false, reason: "EMPTY" };
  if (Math.max(...table.map((r) => r.length)) < 3) return { ok: false, reason: "TOO_FEW_COLUMNS" };
  const found = new Map<IndicatorDefinition["id"], IndicatorRow>();
  for (let r = 0; r < table.length; r++) {
    const cells = table[r];
    if (cells.every((c) => c === null || c === "")) continue;
    const label = isCellError(cells[0]) || cells[0] === null ? "" : String(cells[0]);
    const indicator = findIndicator(label);
    if (!indicator) {
      if (r === 0 && isHeaderRow(cells)) continue;
      return { ok: false, reason: "UNKNOWN_INDICATOR", row: r, label };
    }
    if (found.has(indicator.id)) return { ok: false, reason: "DUPLICATE_INDICATOR", row: r, label };
    found.set(indicator.id, computeRow(indicator, cells));
  }
  if (found.size === 0) return { ok: false, reason: "EMPTY" };
  const missing: RowProblem = { problem: "MISSING" };
  const rows = SENTRA_INDICATORS.map(
    (indicator) =>
      found.get(indicator.id) ?? { indicator, before: null, after: null, change: missing, growth: missing },
  );
  return { ok: true, rows };
}

function computeRow(indicator: IndicatorDefinition, cells: readonly CellValue[]): IndicatorRow {
  const b = readValue(indicator, cells[1] ?? null);
  const a = readValue(indicator, cells[2] ?? null);
  const before = b !== null && "value" in b ? b.value : null;
  const after = a !== null && "value" in a ? a.value : null;
  // The first problem in reading order (before, then after) speaks for the row.
  const problem = [b, a].find((x): x is RowProblem => x !== null && "problem" in x);
  if (problem) return { indicator, before, after, change: problem, growth: problem };
  if (before === null || after === null) {
    const missing: RowProblem = { problem: "MISSING" };
    return { indicator, before, after, change: missing, growth: missing };
  }
  const change = after - before;
  const unitBefore = cellText(cells[3]);
  const unitAfter = cells.length > 4 ? cellText(cells[4]) : unitBefore;
  const g = indicator.unitSensitive
    ? capacityGrowth({ value: before, unit: unitBefore }, { value: after, unit: unitAfter })
    : growth(before, after);
  if (!g.ok && g.reason === "UNIT_CHANGED") {
    const p: RowProblem = { problem: "UNIT_CHANGED" };
    return { indicator, before, after, change: p, growth: p };
  }
  return { indicator, before, after, change, growth: g.ok ? g.growth : { problem: "FROM_ZERO" } };
}

function readValue(indicator: IndicatorDefinition, cell: CellValue): Read {
  if (cell === null || cell === "") return null;
  if (isCellError(cell)) return { problem: "CELL_ERROR", error: cell };
  if (typeof cell === "boolean") return { problem: "NOT_A_NUMBER" };
  if (indicator.kind === "ordinal") {
    const level = readMarketLevel(cell);
    if (level.ok) return { value: level.level };
    return { problem: level.reason === "UNKNOWN_WORDS" ? "NOT_A_NUMBER" : "OUT_OF_RANGE" };
  }
  let value: number;
  if (typeof cell === "number") value = cell;
  else {
    const parsed = parseRupiah(cell);
    if (!parsed.ok) return { problem: "NOT_A_NUMBER" };
    value = parsed.value;
  }
  if (!Number.isFinite(value)) return { problem: "NOT_A_NUMBER" };
  if (value < 0) return { problem: "NEGATIVE" };
  if (indicator.kind === "share" && value > 1) return { problem: "OUT_OF_RANGE" };
  return { value };
}

/** A header row: its label is not an indicator and its value cells hold non-numeric text. */
function isHeaderRow(cells: readonly CellValue[]): boolean {
  return [cells[1], cells[2]].every((c) => typeof c === "string" && !parseRupiah(c).ok);
}

function cellText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined || isCellError(cell) ? "" : String(cell);
}
