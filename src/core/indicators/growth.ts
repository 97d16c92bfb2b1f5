/**
 * Growth of sentra counts (DOMAIN.md §4). A growth is a ratio: 0.31 means +31%.
 * - one sentra: (after − before) / before;
 * - many sentra, two different figures that must not be confused:
 *   aggregate growth (Σafter − Σbefore) / Σbefore  (= Σafter/Σbefore − 1, big sentra weigh more),
 *   mean growth      the plain mean of per-sentra growths (every sentra weighs the same).
 * A count growing from 0 has no percentage: that is a failure with a reason, never Infinity/NaN.
 */

export type GrowthFailure = "FROM_ZERO" | "NEGATIVE" | "NOT_FINITE";

export type GrowthResult =
  | { readonly ok: true; readonly growth: number; readonly change: number }
  | { readonly ok: false; readonly reason: GrowthFailure };

/** Growth of one count from `before` to `after`, with the absolute change. */
export function growth(before: number, after: number): GrowthResult {
  if (!Number.isFinite(before) || !Number.isFinite(after)) return { ok: false, reason: "NOT_FINITE" };
  if (before < 0 || after < 0) return { ok: false, reason: "NEGATIVE" };
  if (before === 0) return { ok: false, reason: "FROM_ZERO" };
  return { ok: true, growth: (after - before) / before, change: after - before };
}

/** after − before (defined from zero too). */
export function absoluteChange(before: number, after: number): number {
  return after - before;
}

/** Why a sentra was left out of a many-sentra figure. */
export type SkipReason =
  /** before or after is empty: the sentra's data is incomplete. */
  | "INCOMPLETE"
  /** before is 0: the sentra has no growth of its own (mean only; it still counts in the aggregate). */
  | "FROM_ZERO";

export interface SkippedSentra {
  /** Position in the input lists (0-based). */
  readonly index: number;
  readonly reason: SkipReason;
}

export type SeriesFailure =
  | {
      readonly ok: false;
      readonly reason: "LENGTH_MISMATCH";
      readonly beforeCount: number;
      readonly afterCount: number;
    }
  | { readonly ok: false; readonly reason: "NEGATIVE" | "NOT_FINITE"; readonly index: number }
  /** No sentra left to compute on (all incomplete, or all growing from 0 for the mean). */
  | { readonly ok: false; readonly reason: "NO_DATA"; readonly skipped: readonly SkippedSentra[] }
  /** Aggregate only: every complete sentra starts at 0, so Σbefore = 0. */
  | { readonly ok: false; readonly reason: "FROM_ZERO"; readonly skipped: readonly SkippedSentra[] };

export interface AggregateGrowth {
  readonly ok: true;
  readonly kind: "aggregate";
  readonly growth: number;
  readonly totalBefore: number;
  readonly totalAfter: number;
  /** Number of sentra that entered the figure. */
  readonly used: number;
  readonly skipped: readonly SkippedSentra[];
}

export interface MeanGrowth {
  readonly ok: true;
  readonly kind: "mean";
  readonly growth: number;
  readonly used: number;
  readonly skipped: readonly SkippedSentra[];
}

/** A count per sentra; null is an empty cell (the sentra is skipped as INCOMPLETE). */
export type Count = number | null;

/** Aggregate growth over many sentra: (Σafter − Σbefore) / Σbefore over the complete sentra. */
export function aggregateGrowth(before: readonly Count[], after: readonly Count[]): AggregateGrowth | SeriesFailure {
  const rows = completeRows(before, after);
  if (!rows.ok) return rows;
  if (rows.pairs.length === 0) return { ok: false, reason: "NO_DATA", skipped: rows.skipped };
  const totalBefore = orderFreeSum(rows.pairs.map((p) => p.before));
  const totalAfter = orderFreeSum(rows.pairs.map((p) => p.after));
  if (totalBefore === 0) return { ok: false, reason: "FROM_ZERO", skipped: rows.skipped };
  // (Σa − Σb)/Σb rather than Σa/Σb − 1: the same expression as one sentra's growth, so n identical
  // sentra give exactly that sentra's growth.
  return {
    ok: true,
    kind: "aggregate",
    growth: (totalAfter - totalBefore) / totalBefore,
    totalBefore,
    totalAfter,
    used: rows.pairs.length,
    skipped: rows.skipped,
  };
}

/** Mean of per-sentra growths; sentra growing from 0 have none and are skipped (FROM_ZERO). */
export function meanGrowth(before: readonly Count[], after: readonly Count[]): MeanGrowth | SeriesFailure {
  const rows = completeRows(before, after);
  if (!rows.ok) return rows;
  const skipped = [...rows.skipped];
  const growths: number[] = [];
  for (const p of rows.pairs) {
    if (p.before === 0) skipped.push({ index: p.index, reason: "FROM_ZERO" });
    else growths.push((p.after - p.before) / p.before);
  }
  skipped.sort((a, b) => a.index - b.index);
  if (growths.length === 0) return { ok: false, reason: "NO_DATA", skipped };
  return { ok: true, kind: "mean", growth: orderFreeSum(growths) / growths.length, used: growths.length, skipped };
}

interface Pair {
  readonly index: number;
  readonly before: number;
  readonly after: number;
}

function completeRows(
  before: readonly Count[],
  after: readonly Count[],
): { ok: true; pairs: Pair[]; skipped: SkippedSentra[] } | SeriesFailure {
  if (before.length !== after.length) {
    return { ok: false, reason: "LENGTH_MISMATCH", beforeCount: before.length, afterCount: after.length };
  }
  const pairs: Pair[] = [];
  const skipped: SkippedSentra[] = [];
  for (let index = 0; index < before.length; index++) {
    const b = before[index];
    const a = after[index];
    for (const v of [b, a]) {
      if (v === null) continue;
      if (!Number.isFinite(v)) return { ok: false, reason: "NOT_FINITE", index };
      if (v < 0) return { ok: false, reason: "NEGATIVE", index };
    }
    if (b === null || a === null) skipped.push({ index, reason: "INCOMPLETE" });
    else pairs.push({ index, before: b, after: a });
  }
  return { ok: true, pairs, skipped };
}

/**
 * A float sum that does not depend on the order of the rows: the values are sorted first, then
 * added with Neumaier's compensation. Sorting the rows of a table differently must never change
 * a reported growth figure, not even in its last digit.
 */
export function orderFreeSum(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  let compensation = 0;
  for (const v of sorted) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
