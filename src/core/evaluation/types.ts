/** The sentra M&E across kab/kota (`dak evaluasi`, DOMAIN.md §4): inputs and results as plain data. */
import type { CellValue } from "../grid/types";
import type { IndicatorDefinition } from "../indicators/definitions";

export type IndicatorId = IndicatorDefinition["id"];

/** One indicator of one sentra as read from its sheet: the cells as they are. */
export interface IndicatorCells {
  readonly before: CellValue;
  readonly after: CellValue;
  /** Address of the "before" cell (A1, no sheet), for the exclusion list. */
  readonly cell: string;
}

/** One sentra row of a sentra sheet. */
export interface SentraInput {
  readonly file: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly name: string;
  readonly kabKota: string;
  readonly provinsi: string;
  readonly indicators: Readonly<Partial<Record<IndicatorId, IndicatorCells>>>;
}

/**
 * Why a sentra is left out of an indicator's figures:
 * - NO_BEFORE / NO_AFTER: one of the two values is empty;
 * - EMPTY: both are empty;
 * - UNIT_CHANGED: production capacity stated in different units before and after;
 * - UNREADABLE: a value is not a number (text, an Excel error, negative, out of its range);
 * - FROM_ZERO: "before" is 0: no growth of its own, left out of the mean only (it still counts
 *   in the aggregate).
 */
export type ExclusionReason = "NO_BEFORE" | "NO_AFTER" | "EMPTY" | "UNIT_CHANGED" | "UNREADABLE" | "FROM_ZERO";

export interface Exclusion {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly sentra: string;
  readonly kabKota: string;
  readonly indicator: IndicatorId;
  readonly reason: ExclusionReason;
  /** For UNREADABLE: the row problem of the core reader (NOT_A_NUMBER, CELL_ERROR, NEGATIVE, OUT_OF_RANGE). */
  readonly detail?: string;
}

/** One indicator of one sentra after reading: values, and growth when it has one. */
export interface SentraIndicator {
  readonly before: number | null;
  readonly after: number | null;
  readonly growth: number | null;
}

export interface SentraResult {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly kabKota: string;
  readonly provinsi: string;
  readonly indicators: Readonly<Record<IndicatorId, SentraIndicator>>;
}

/** An indicator over many sentra: the two figures DOMAIN.md §4 asks for, each named as what it is. */
export interface IndicatorSummary {
  readonly id: IndicatorId;
  /** Sentra in the aggregate (both values usable). */
  readonly used: number;
  readonly totalBefore: number;
  readonly totalAfter: number;
  /** Σafter/Σbefore − 1; null when no sentra is usable or Σbefore = 0. */
  readonly aggregate: number | null;
  /** Mean of per-sentra growths; null when no sentra has one. */
  readonly mean: number | null;
  /** Sentra in the mean (usable and before > 0). */
  readonly meanUsed: number;
}

export interface GroupSummary {
  readonly provinsi: string;
  readonly kabKota: number;
  readonly sentra: number;
  readonly indicators: readonly IndicatorSummary[];
}

export interface EvaluationResult {
  readonly sentra: readonly SentraResult[];
  readonly overall: GroupSummary;
  /** Per provinsi, sorted by name; "" = provinsi unknown (last). */
  readonly byProvinsi: readonly GroupSummary[];
  readonly excluded: readonly Exclusion[];
}
