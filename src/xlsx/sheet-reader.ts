/**
 * One worksheet part → the values of its Grid, as an XmlHandler fed while the part streams in.
 * Values are what Excel's Range.values gives: the cached result of a formula, the text of shared,
 * inline and rich strings (phonetic runs skipped), booleans, error values as CellError, and numbers
 * as stored, so a date is its serial in the workbook's own date system (1900 or 1904), as in Excel.
 *
 * What a sheet costs is what it holds: every row and every slot up to a row's last cell counts
 * against `limits.maxCells` as it is made, so a few cells placed far apart cost what their rows
 * cost, and the claimed `<dimension>` is never used. Merged areas are only collected here (they
 * follow the cells in the part) and applied by merges.ts.
 */
import { cellError, type CellValue } from "../core/grid/types";
import type { ReadLimits } from "./limits";
import { UnreadableError } from "./unreadable";
import { attr, decodeXml, type XmlHandler } from "./xml-scan";

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Rows not (yet) holding a cell share this one empty row. */
export const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COL = 16383;
export const MAX_ROW = 1048575;

export class SheetReader implements XmlHandler {
  readonly values: CellValue[][] = [];
  readonly hiddenRows: number[] = [];
  readonly merges: Area[] = [];
  /** Hidden column ranges as <col min max> give them (1-based, inclusive); see hiddenColumns(). */
  private readonly hiddenCols: [number, number][] = [];

  private row = -1;
  private col = -1;
  private cells: CellValue[] = EMPTY_ROW as CellValue[];
  /** The cell being read: its type attribute, whether it has a formula, its text so far. */
  private type: string | undefined = undefined;
  private formula = false;
  private cellText: string | undefined = undefined;
  /** Where text goes: 0 nowhere, 1 a <v>, 2 a <t> of an inline string. */
  private capture = 0;
  private inInline = false;
  private inPhonetic = false;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly counter: { slots: number },
    private readonly limits: ReadLimits,
    private readonly date1904: boolean,
  ) {}

  /** 0-based hidden columns, ascending, each once (ranges may overlap). */
  hiddenColumns(): number[] {
    const out: number[] = [];
    const ranges = this.hiddenCols.sort((a, b) => a[0] - b[0]);
    let next = 1;
    for (const [min, max] of ranges) {
      for (let c = Math.max(min, next); c <= max; c++) out.push(c - 1);
      next = Math.max(next, max + 1);
    }
    return out;
  }

  open(name: string, tag: string): void {
    switch (name) {
      case "c":
        this.col = cellColumn(attr(tag, "r"), this.col + 1);
        this.type = attr(tag, "t");
        this.formula = false;
        this.cellText = undefined;
        return;
      case "v":
        this.capture = 1;
        return;
      case "f":
        this.formula = true;
        return;
      case "row":
        this.openRow(tag);
        return;
      case "is":
        this.inInline = true;
        return;
      case "t":
        if (this.inInline && !this.inPhonetic) this.capture = 2;
        return;
      case "rPh":
        this.inPhonetic = true;
        return;
      case "col":
        this.openCol(tag);
        return;
      case "mergeCell":
        this.openMerge(attr(tag, "ref"));
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "c":
        this.place(this.value());
        return;
      case "v":
      case "t":
        this.capture = 0;
        return;
      case "is":
        this.inInline = false;
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
    }
  }

  text(s: string, start: number, end: number): void {
    if (this.capture === 0) return;
    // Entities are decoded once the cell closes (a run may come in pieces).
    const piece = s.slice(start, end);
    this.cellText = this.cellText === undefined ? piece : this.cellText + piece;
  }

  private openRow(tag: string): void {
    const r = attr(tag, "r");
    const row = r === undefined ? this.row + 1 : parseInt(r, 10) - 1;
    if (!(row >= 0 && row <= MAX_ROW)) throw corrupt(`row ${r}`);
    this.row = row;
    this.col = -1;
    const hidden = attr(tag, "hidden");
    if (hidden === "1" || hidden === "true") this.hiddenRows.push(row);
    this.cells = (this.values[row] as CellValue[] | undefined) ?? (EMPTY_ROW as CellValue[]);
  }

  private openCol(tag: string): void {
    const hidden = attr(tag, "hidden");
    if (hidden !== "1" && hidden !== "true") return;
    const min = parseInt(attr(tag, "min") ?? "", 10);
    const max = Math.min(parseInt(attr(tag, "max") ?? "", 10), MAX_COL + 1);
    if (!(min >= 1 && max >= min)) return;
    this.count(1);
    this.hiddenCols.push([min, max]);
  }

  private openMerge(ref: string | undefined): void {
    const parts = (ref ?? "").split(":");
    if (parts.length !== 2) return;
    const a = parseRef(parts[0]);
    const b = parseRef(parts[1]);
    if (!a || !b) return;
    this.count(4); // what one merged area costs to hold
    this.merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }

  private value(): CellValue {
    const raw = this.cellText;
    if (raw === undefined || raw === "") return null;
    switch (this.type) {
      case "s": {
        const s = this.sharedStrings[parseInt(raw, 10)];
        return s === undefined || s === "" ? null : s;
      }
      case "str":
        return decodeXml(raw);
      case "inlineStr":
        return excelUnescape(decodeXml(raw));
      case "b":
        return parseInt(raw, 10) !== 0;
      case "e":
        return cellError(decodeXml(raw));
      case "d":
        return isoToSerial(raw, this.date1904);
      default: {
        const n = parseFloat(raw);
        return Number.isFinite(n) ? n : cellError("#NUM!");
      }
    }
  }

  private place(v: CellValue): void {
    if (v === null) return;
    const row = this.row < 0 ? (this.row = 0) : this.row;
    const col = this.col;
    let cells = this.cells;
    if (cells === EMPTY_ROW) {
      while (this.values.length < row) {
        this.values.push(EMPTY_ROW as CellValue[]);
        this.count(1);
      }
      cells = [];
      if (this.values.length === row) this.count(1);
      this.values[row] = cells;
      this.cells = cells;
    }
    if (col >= cells.length) {
      this.count(col + 1 - cells.length);
      while (cells.length < col) cells.push(null);
    }
    cells[col] = v;
  }

  private count(slots: number): void {
    this.counter.slots += slots;
    if (this.counter.slots > this.limits.maxCells) {
      throw new UnreadableError("TOO_MANY_CELLS", { cells: this.counter.slots, limit: this.limits.maxCells });
    }
  }
}

/** The 0-based column of a cell reference such as "AB12"; `next` when there is none. */
function cellColumn(ref: string | undefined, next: number): number {
  if (ref === undefined) {
    if (next > MAX_COL) throw corrupt("column past XFD");
    return next;
  }
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  if (i === 0 || col > MAX_COL + 1) throw corrupt(`cell ${ref.slice(0, 12)}`);
  return col - 1;
}

/** "B7" → { row: 6, col: 1 }; undefined when not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  const col = cellColumn(m[1], 0);
  const row = parseInt(m[2], 10) - 1;
  return row >= 0 && row <= MAX_ROW ? { row, col } : undefined;
}

/** SpreadsheetML writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
export function excelUnescape(s: string): string {
  return s.indexOf("_x") === -1
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from 1899-12-30 (serial 0 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/** A `t="d"` cell holds an ISO 8601 date; Excel gives its serial in the workbook's date system. */
function isoToSerial(iso: string, date1904: boolean): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
  if (Number.isNaN(ms)) return cellError("#VALUE!");
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

function corrupt(why: string): UnreadableError {
  return new UnreadableError("CORRUPT", {}, `sheet: ${why}`);
}
