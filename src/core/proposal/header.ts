/**
 * Finding the line table's header (DESIGN.md §3): the first row holding at least four known
 * column names, any order, synonyms and bracketed units allowed, extra columns ignored.
 *
 * Two-row headers: a merged group cell ("Rincian Biaya" over Volume/Satuan/Harga Satuan/Jumlah,
 * "Koordinat" over Latitude/Longitude) keeps its text in its top-left cell only, and the headers
 * merged down over both rows keep theirs in the upper row. So the two rows are stacked column by
 * column, the lower row winning: a group title is never taken for a column, even when its text
 * happens to be a column name, because the sub-header under it takes that column.
 *
 * A table must name what is bought (menu, rincian or uraian) and an amount (volume, harga satuan
 * or jumlah): this keeps a KAK "lokasi" table (Rincian, Kecamatan, Desa, Lokus) from being taken
 * for an RK.
 *
 * Hidden columns: when a visible column and a hidden helper column carry the same name, the
 * visible one is the table's column; a hidden column is used only when no visible one has that name.
 */
import { isBlank } from "./cells";
import type { SheetView } from "./sheet-view";
import type { ColumnKey } from "./types";
import { matchColumn, type LabelMatch } from "./vocabulary";

export interface TableHeader {
  /** Upper and lower header rows (equal for a one-row header), 0-based sheet rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** First row after the header and its numbering row, if any. */
  readonly bodyStart: number;
  /** Sheet columns spanned by the header's cells (known or not), inclusive. */
  readonly left: number;
  readonly right: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Unit factor per column from its header ("Jumlah (Rp juta)" -> 1,000,000). */
  readonly factors: Readonly<Partial<Record<ColumnKey, number>>>;
}

interface HeaderCell {
  readonly col: number;
  readonly key: ColumnKey;
  readonly factor: number;
}

interface RowInfo {
  readonly known: readonly HeaderCell[];
  readonly nonEmpty: number;
  readonly numbers: number;
  readonly first: number;
  readonly last: number;
}

const MIN_KNOWN = 4;
const WHAT: readonly ColumnKey[] = ["menu", "rincian", "uraian"];
const AMOUNT: readonly ColumnKey[] = ["volume", "hargaSatuan", "jumlah"];

export function findHeader(view: SheetView): TableHeader | undefined {
  const cache = new Map<string, LabelMatch<ColumnKey> | null>();
  const lookup = (text: string): LabelMatch<ColumnKey> | null => {
    let m = cache.get(text);
    if (m === undefined) {
      m = matchColumn(text) ?? null;
      cache.set(text, m);
    }
    return m;
  };
  const rowInfo = (row: number): RowInfo => {
    const known: HeaderCell[] = [];
    let nonEmpty = 0;
    let numbers = 0;
    let first = -1;
    let last = -1;
    if (row < view.top || row >= view.bottom) return { known, nonEmpty, numbers, first, last };
    for (let col = view.left; col < view.right; col++) {
      const v = view.value(row, col);
      if (isBlank(v)) continue;
      nonEmpty++;
      if (first < 0) first = col;
      last = col;
      if (typeof v === "number") numbers++;
      else if (typeof v === "string") {
        const m = lookup(v);
        if (m) known.push({ col, key: m.key, factor: m.factor });
      }
    }
    return { known, nonEmpty, numbers, first, last };
  };

  for (let row = view.top; row < view.bottom; row++) {
    if (countStrings(view, row) < MIN_KNOWN) continue;
    const info = rowInfo(row);
    if (distinctKeys(info.known) < MIN_KNOWN) continue;
    const below = rowInfo(row + 1);
    const above = rowInfo(row - 1);
    let header: TableHeader | undefined;
    if (isSubHeaderRow(below)) header = stack(view, row, info, row + 1, below);
    else if (isMergedDownRow(above, info)) header = stack(view, row - 1, above, row, info);
    else header = stack(view, row, info, row, undefined);
    if (header) return header;
  }
  return undefined;
}

function countStrings(view: SheetView, row: number): number {
  let n = 0;
  for (let col = view.left; col < view.right; col++) {
    const v = view.value(row, col);
    if (typeof v === "string" && !isBlank(v)) n++;
  }
  return n;
}

function distinctKeys(cells: readonly HeaderCell[]): number {
  return new Set(cells.map((c) => c.key)).size;
}

/** Sub-headers under group cells: names only, at least two known, no numbers (a line has them). */
function isSubHeaderRow(lower: RowInfo): boolean {
  return lower.numbers === 0 && lower.known.length >= 2 && lower.known.length * 2 >= lower.nonEmpty;
}

/** An upper row whose headers are merged down over the found row: they sit over its blanks. */
function isMergedDownRow(upper: RowInfo, lower: RowInfo): boolean {
  if (!isSubHeaderRow(upper)) return false;
  const lowerCols = new Set(lower.known.map((c) => c.col));
  return upper.known.filter((c) => !lowerCols.has(c.col)).length >= 2;
}

function stack(
  view: SheetView,
  firstRow: number,
  upper: RowInfo,
  lastRow: number,
  lower: RowInfo | undefined,
): TableHeader | undefined {
  const byCol = new Map<number, HeaderCell>();
  for (const c of upper.known) byCol.set(c.col, c);
  if (lower) for (const c of lower.known) byCol.set(c.col, c);
  const chosen = new Map<ColumnKey, HeaderCell>();
  for (const c of [...byCol.values()].sort((a, b) => a.col - b.col)) {
    const had = chosen.get(c.key);
    if (!had || (view.isHiddenColumn(had.col) && !view.isHiddenColumn(c.col))) chosen.set(c.key, c);
  }
  if (chosen.size < MIN_KNOWN) return undefined;
  if (!WHAT.some((k) => chosen.has(k)) || !AMOUNT.some((k) => chosen.has(k))) return undefined;
  const columns: Partial<Record<ColumnKey, number>> = {};
  const factors: Partial<Record<ColumnKey, number>> = {};
  for (const [key, c] of chosen) {
    columns[key] = c.col;
    factors[key] = c.factor;
  }
  const spans = lower ? [upper, lower] : [upper];
  const left = Math.min(...spans.filter((s) => s.first >= 0).map((s) => s.first));
  const right = Math.max(...spans.map((s) => s.last));
  const bodyStart = isNumberingRow(view, lastRow + 1, left, right) ? lastRow + 2 : lastRow + 1;
  return { firstRow, lastRow, bodyStart, left, right, columns, factors };
}

/** "(1)", "2", "(8)=(5)x(7)": the column-numbering row some templates put under the header. */
const NUMBERING_TOKEN = /^\s*\(?\s*(\d{1,3})\s*\)?[\s\d()=xX*×+\-/:.]*$/;

function isNumberingRow(view: SheetView, row: number, left: number, right: number): boolean {
  if (row >= view.bottom) return false;
  let count = 0;
  let previous = 0;
  for (let col = left; col <= right; col++) {
    const v = view.value(row, col);
    if (isBlank(v)) continue;
    let n: number;
    if (typeof v === "number" && Number.isInteger(v)) n = v;
    else if (typeof v === "string") {
      const m = NUMBERING_TOKEN.exec(v);
      if (!m) return false;
      n = Number(m[1]);
    } else return false;
    if (n <= previous) return false;
    previous = n;
    count++;
  }
  return count >= 3;
}
