/**
 * Merged areas as Excel's Range.values shows them: the value stays in the top-left cell and every
 * other cell of the area reads empty. Applied after a sheet is read (`<mergeCells>` follows the
 * cells), in one sweep down the rows that hold cells: each cell that holds a value is looked up
 * among the areas open at its row. The cost is O((cells + areas) · log areas), never the areas'
 * size: one merge over the whole sheet costs what the sheet's real cells cost.
 *
 * Excel never writes overlapping merged areas and repairs a file that has them; such a file is
 * refused as damaged (CORRUPT) here rather than read one way or another.
 */
import type { CellValue } from "../core/grid/types";
import { EMPTY_ROW, type Area } from "./sheet-reader";
import { UnreadableError } from "./unreadable";

export function applyMerges(values: CellValue[][], merges: readonly Area[]): void {
  if (merges.length === 0) return;
  const byTop = merges.filter((m) => m.top < values.length && (m.bottom > m.top || m.right > m.left));
  byTop.sort((a, b) => a.top - b.top);
  /** Areas open at the current row, sorted by left column (disjoint, as overlaps are refused). */
  let open: Area[] = [];
  let minBottom = Infinity;
  let next = 0;
  for (let r = 0; r < values.length; r++) {
    const cells = values[r];
    if (cells === EMPTY_ROW) continue;
    if (minBottom < r) {
      open = open.filter((m) => m.bottom >= r);
      minBottom = open.reduce((min, m) => Math.min(min, m.bottom), Infinity);
    }
    for (; next < byTop.length && byTop[next].top <= r; next++) {
      const m = byTop[next];
      if (m.bottom < r) continue;
      insert(open, m);
      minBottom = Math.min(minBottom, m.bottom);
    }
    if (open.length > 0) clearCovered(cells, r, open);
  }
}

function insert(open: Area[], m: Area): void {
  const at = firstLeftAbove(open, m.left);
  const before = open[at - 1];
  const after = open[at];
  if ((before && before.right >= m.left) || (after && after.left <= m.right)) {
    throw new UnreadableError("CORRUPT", {}, "overlapping merged areas");
  }
  open.splice(at, 0, m);
}

function clearCovered(cells: CellValue[], r: number, open: readonly Area[]): void {
  const first = open[0].left;
  for (let c = first; c < cells.length; c++) {
    if (cells[c] === null) continue;
    const m = open[firstLeftAbove(open, c) - 1];
    if (m && c <= m.right && (c !== m.left || r !== m.top)) cells[c] = null;
  }
}

/** The index of the first area whose left column is above `col` (binary search). */
function firstLeftAbove(open: readonly Area[], col: number): number {
  let lo = 0;
  let hi = open.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (open[mid].left <= col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
