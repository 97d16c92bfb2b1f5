/**
 * What each row under the header is, for readBody (lines.ts): a blank row, the Total row, a
 * "Sub Total" row, a KRISNA heading row (menu or rincian, nothing bought), or a line. The rules
 * are lines.ts's; this file only looks at one row at a time.
 */
import { isBlank } from "./cells";
import type { CellValue } from "../grid/types";
import type { TableHeader } from "./header";
import type { SheetView } from "./sheet-view";
import type { ColumnKey } from "./types";
import { rowMarker, type RowMarker } from "./vocabulary";

export type RowKind = "blank" | "total" | "subtotal" | "heading" | "line";

export class BodyRows {
  private readonly left: number;
  private readonly right: number;
  private readonly noCol: number;
  private readonly volumeCol: number;
  private readonly hargaCol: number;
  private readonly menuCol: number;
  private readonly rincianCol: number;
  /** Columns a heading row leaves empty: it names a menu or rincian and buys nothing. */
  private readonly headingBlanks: readonly number[];
  /** Row markers per distinct text: a KRISNA "No" column repeats "a", "b", … on every line. */
  private readonly markers = new Map<string, RowMarker | null>();

  constructor(
    private readonly view: SheetView,
    header: TableHeader,
  ) {
    const at = (key: ColumnKey): number => header.columns[key] ?? -1;
    this.left = header.left;
    this.right = header.right;
    this.noCol = at("no");
    this.volumeCol = at("volume");
    this.hargaCol = at("hargaSatuan");
    this.menuCol = at("menu");
    this.rincianCol = at("rincian");
    this.headingBlanks = [at("uraian"), at("satuan"), at("jumlah")];
  }

  /** Where the lines start: one blank spacer row right under the header is skipped. */
  firstRow(bodyStart: number): number {
    const spacer = bodyStart < this.view.bottom && this.isBlank(bodyStart) && !this.isBlank(bodyStart + 1);
    return spacer ? bodyStart + 1 : bodyStart;
  }

  kindOf(row: number): RowKind {
    if (this.isBlank(row)) return "blank";
    if (!this.noAmounts(row)) return "line";
    const marker = this.markerOf(row);
    if (marker === "total" || marker === "subtotal") return marker;
    return this.isHeading(row) ? "heading" : "line";
  }

  /** The Total row right after the blank rows from `blank` on, or -1 (templates leave rows empty above their total). */
  totalAfterBlanks(blank: number): number {
    let r = blank + 1;
    while (r < this.view.bottom && this.isBlank(r)) r++;
    return r < this.view.bottom && this.noAmounts(r) && this.markerOf(r) === "total" ? r : -1;
  }

  /** Blank in every visible column of the table, not counting the No cell (pre-numbered) nor zeros. */
  private isBlank(row: number): boolean {
    const { view } = this;
    for (let col = this.left; col <= this.right; col++) {
      const v = view.value(row, col);
      if (isBlank(v) || v === 0 || view.isHiddenColumn(col)) continue;
      if (col === this.noCol && !(typeof v === "string" && this.marker(v))) continue;
      return false;
    }
    return true;
  }

  private noAmounts(row: number): boolean {
    return isBlank(this.raw(this.volumeCol, row)) && isBlank(this.raw(this.hargaCol, row));
  }

  private isHeading(row: number): boolean {
    const named = isText(this.raw(this.menuCol, row)) || isText(this.raw(this.rincianCol, row));
    return named && this.headingBlanks.every((c) => isBlank(this.raw(c, row)));
  }

  private markerOf(row: number): RowMarker | undefined {
    for (let col = this.left; col <= this.right; col++) {
      const v = this.view.value(row, col);
      if (typeof v === "string" && !isBlank(v)) {
        const m = this.marker(v);
        if (m) return m;
      }
    }
    return undefined;
  }

  private marker(text: string): RowMarker | undefined {
    let m = this.markers.get(text);
    if (m === undefined) {
      m = rowMarker(text) ?? null;
      if (this.markers.size < 10_000) this.markers.set(text, m);
    }
    return m ?? undefined;
  }

  private raw(col: number, row: number): CellValue {
    return col < 0 ? null : this.view.value(row, col);
  }
}

/** What textCell reads as text: anything but blanks and error values. */
function isText(v: CellValue): boolean {
  return !isBlank(v) && (typeof v === "string" || typeof v === "number" || typeof v === "boolean");
}
