/**
 * Cells that share a look or a number format, grouped into as few rectangles as possible, so
 * the Office.js renderer formats a template with a few dozen range operations, not one per cell.
 */
import { parseA1, rangeA1 } from "../../core/grid/a1";

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Groups cell addresses by key, then covers each group with rectangles (row runs merged downwards). */
export function rectanglesByKey<K>(cells: ReadonlyArray<{ ref: string; key: K | undefined }>): Map<K, Rect[]> {
  const byKey = new Map<K, Array<{ row: number; col: number }>>();
  for (const { ref, key } of cells) {
    const at = parseA1(ref);
    if (key === undefined || !at) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), at]);
  }
  const out = new Map<K, Rect[]>();
  for (const [key, coords] of byKey) out.set(key, cover(coords));
  return out;
}

export function rectAddress(r: Rect): string {
  return rangeA1(r.top, r.left, r.bottom, r.right);
}

function cover(coords: ReadonlyArray<{ row: number; col: number }>): Rect[] {
  const sorted = [...coords].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Rect[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) runs[runs.length - 1] = { ...last, right: c.col };
    else runs.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  // Merge a run into the rectangle right above it when both span the same columns.
  const rects: Rect[] = [];
  const open = new Map<string, number>();
  for (const run of runs) {
    const span = `${run.left}:${run.right}`;
    const i = open.get(span);
    if (i !== undefined && rects[i].bottom === run.top - 1) rects[i] = { ...rects[i], bottom: run.top };
    else {
      open.set(span, rects.length);
      rects.push(run);
    }
  }
  return rects;
}
