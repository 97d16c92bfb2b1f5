/** Range addresses as the fake host reads and reports them. */
import { parseA1, rangeA1 } from "../core/grid/a1";
import { invalidArgument } from "./errors";
import type { Bounds } from "./model";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "A1", "B2:D9", "$A$1", "A:C", "3:5" -> inclusive 0-based bounds. */
export function parseAddress(address: string): Bounds {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) throw invalidArgument(`address ${address}`);
  const [a, b = a] = parts;
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const c0 = (parseA1(`${a}1`) as { col: number }).col;
    const c1 = (parseA1(`${b}1`) as { col: number }).col;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r0 = Number(a) - 1;
    const r1 = Number(b) - 1;
    if (r0 < 0 || r1 < 0) throw invalidArgument(`address ${address}`);
    return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLUMNS - 1 };
  }
  const s = parseA1(a);
  const e = parseA1(b);
  if (!s || !e || s.row >= MAX_ROWS || e.row >= MAX_ROWS || s.col >= MAX_COLUMNS || e.col >= MAX_COLUMNS) {
    throw invalidArgument(`address ${address}`);
  }
  return {
    r0: Math.min(s.row, e.row),
    r1: Math.max(s.row, e.row),
    c0: Math.min(s.col, e.col),
    c1: Math.max(s.col, e.col),
  };
}

export function boundsAddress(b: Bounds): string {
  return rangeA1(b.r0, b.c0, b.r1, b.c1);
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Range.address: entire rows as "13:13" and entire columns as "B:B", as Excel reports them. */
export function sheetAddress(sheetName: string, b: Bounds): string {
  return `${quoteSheetName(sheetName)}!${absoluteAddress(b).replace(/\$/g, "")}`;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** An absolute address as Excel reports it: "$A$1:$B$2", entire rows "$13:$13", entire columns "$A:$A". */
export function absoluteAddress(b: Bounds): string {
  const col = (c: number) => boundsAddress({ r0: 0, c0: c, r1: 0, c1: c }).replace(/\d+$/, "");
  if (b.c0 === 0 && b.c1 === MAX_COLUMNS - 1) return `$${b.r0 + 1}:$${b.r1 + 1}`;
  if (b.r0 === 0 && b.r1 === MAX_ROWS - 1) return `$${col(b.c0)}:$${col(b.c1)}`;
  const cell = (r: number, c: number) => `$${col(c)}$${r + 1}`;
  const start = cell(b.r0, b.c0);
  return b.r0 === b.r1 && b.c0 === b.c1 ? start : `${start}:${cell(b.r1, b.c1)}`;
}
