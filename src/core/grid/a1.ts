/** A1 addresses without a sheet prefix, from 0-based sheet coordinates and back. */

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (0, 0) -> "A1"; (14, 7) -> "H15". */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`bad row index ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

/** "B15:H15" from two corners (a single cell when they are equal). */
export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  const a = toA1(r1, c1);
  const b = toA1(r2, c2);
  return a === b ? a : `${a}:${b}`;
}

export interface CellCoord {
  readonly row: number;
  readonly col: number;
}

/** "H15" -> { row: 14, col: 7 }; accepts "$H$15"; undefined for anything else. */
export function parseA1(address: string): CellCoord | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** "B15:H15" -> both corners; a single cell gives equal corners. */
export function parseRangeA1(address: string): { start: CellCoord; end: CellCoord } | undefined {
  const [a, b, extra] = address.split(":");
  if (extra !== undefined) return undefined;
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  return { start, end };
}
