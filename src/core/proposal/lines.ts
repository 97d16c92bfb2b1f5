/**
 * The table body (DESIGN.md §3): lines from under the header (and its numbering row) to the first
 * blank row or a Total/Jumlah row, with "Sub Total" rows kept apart and KRISNA heading rows
 * setting menu and rincian for the lines below them.
 *
 * Decisions, for what officials really send:
 * - A "blank" row is blank in every visible column of the table, not counting the No cell (templates
 *   come pre-numbered) nor zeros (template formulas such as =E20*G20 on empty rows).
 * - A blank row that is hidden does not end the table: the official cannot see it, and ending
 *   there would silently drop the visible lines below it.
 * - Hidden rows that hold a line are still lines (Excel's SUM counts them and KRISNA would get
 *   them); the line says `hidden: true` so a presenter can mention it.
 * - One blank spacer row right under the header is allowed; the table ends at the next one.
 * - When the table ends at blank rows that are followed directly by a Total row, that row's
 *   amount is still the stated total (templates reserve empty rows above their total).
 * - A menu or rincian cell left empty takes the last one written above, from a heading row or a
 *   line (vertically merged cells keep their text in the top cell only); the line is then marked
 *   `menuInherited`/`rincianInherited`. A new menu forgets the previous menu's rincian.
 */
import { compactKey } from "./text-key";
import { isBlank, NO_CELL, numberCell, textCell } from "./cells";
import { coordinateCell, type CoordinateAxis } from "./coordinate";
import type { CellValue } from "../grid/types";
import type { TableHeader } from "./header";
import type { SheetView } from "./sheet-view";
import type { ColumnKey, NumberCell, ProposalLine, StatedSubtotal, TextCell } from "./types";
import { rowMarker, type RowMarker } from "./vocabulary";

export interface TableBody {
  readonly lines: readonly ProposalLine[];
  readonly subtotals: readonly StatedSubtotal[];
  readonly statedTotal?: NumberCell;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function readBody(view: SheetView, header: TableHeader): TableBody {
  const { columns, factors, left, right } = header;
  const at = (key: ColumnKey): number => columns[key] ?? -1;
  const noCol = at("no");
  const volumeCol = at("volume");
  const hargaCol = at("hargaSatuan");
  const jumlahCol = at("jumlah");
  const menuCol = at("menu");
  const rincianCol = at("rincian");
  const c = {
    uraian: at("uraian"),
    satuan: at("satuan"),
    metode: at("metode"),
    lokasi: at("lokasi"),
    kecamatan: at("kecamatan"),
    desa: at("desa"),
    latitude: at("latitude"),
    longitude: at("longitude"),
    penerimaManfaat: at("penerimaManfaat"),
    keterangan: at("keterangan"),
  };
  const f = { volume: factors.volume ?? 1, hargaSatuan: factors.hargaSatuan ?? 1, jumlah: factors.jumlah ?? 1 };

  const raw = (col: number, row: number) => (col < 0 ? null : view.value(row, col));
  const num = (key: ColumnKey, row: number): NumberCell => {
    const col = at(key);
    return col < 0 ? NO_CELL : numberCell(view.value(row, col), view.address(row, col), factors[key] ?? 1);
  };

  // Row markers per distinct text: a KRISNA "No" column repeats "a", "b", … on every line.
  const markers = new Map<string, RowMarker | null>();
  const marker = (text: string): RowMarker | undefined => {
    let m = markers.get(text);
    if (m === undefined) {
      m = rowMarker(text) ?? null;
      if (markers.size < 10_000) markers.set(text, m);
    }
    return m ?? undefined;
  };
  const markerOf = (row: number): RowMarker | undefined => {
    for (let col = left; col <= right; col++) {
      const v = view.value(row, col);
      if (typeof v === "string" && !isBlank(v)) {
        const m = marker(v);
        if (m) return m;
      }
    }
    return undefined;
  };
  const isBlankRow = (row: number): boolean => {
    for (let col = left; col <= right; col++) {
      const v = view.value(row, col);
      if (isBlank(v) || v === 0 || view.isHiddenColumn(col)) continue;
      if (col === noCol && !(typeof v === "string" && marker(v))) continue;
      return false;
    }
    return true;
  };
  const noAmounts = (row: number) => isBlank(raw(volumeCol, row)) && isBlank(raw(hargaCol, row));

  const lines: ProposalLine[] = [];
  const subtotals: StatedSubtotal[] = [];
  let statedTotal: NumberCell | undefined;
  let menu: TextCell | undefined;
  let rincian: TextCell | undefined;
  let menuStart = 0;
  let groupStart = 0;

  let row = header.bodyStart;
  if (row < view.bottom && isBlankRow(row) && !isBlankRow(row + 1)) row++;
  for (; row < view.bottom; row++) {
    if (isBlankRow(row)) {
      if (view.isHiddenRow(row)) continue;
      statedTotal = totalAfterBlanks(row);
      break;
    }
    if (noAmounts(row)) {
      const marker = markerOf(row);
      if (marker === "total") {
        statedTotal = num("jumlah", row);
        break;
      }
      if (marker === "subtotal") {
        const from = groupStart < lines.length ? groupStart : menuStart;
        subtotals.push({ amount: num("jumlah", row), lineIndexes: range(from, lines.length) });
        groupStart = lines.length;
        continue;
      }
      if (isHeading(row)) {
        const m = textCell(raw(menuCol, row), menuCol < 0 ? "" : view.address(row, menuCol));
        const r = textCell(raw(rincianCol, row), rincianCol < 0 ? "" : view.address(row, rincianCol));
        if (m.kind === "text") {
          menu = m;
          rincian = undefined;
          menuStart = lines.length;
        }
        if (r.kind === "text") rincian = r;
        groupStart = lines.length;
        continue;
      }
    }
    lines.push(readLine(row));
  }
  return statedTotal ? { lines, subtotals, statedTotal } : { lines, subtotals };

  function isHeading(row: number): boolean {
    const named = [menuCol, rincianCol].some((c) => c >= 0 && textCell(view.value(row, c), "").kind === "text");
    return named && [at("uraian"), at("satuan"), jumlahCol].every((c) => isBlank(raw(c, row)));
  }

  function totalAfterBlanks(blank: number): NumberCell | undefined {
    let r = blank + 1;
    while (r < view.bottom && isBlankRow(r)) r++;
    return r < view.bottom && noAmounts(r) && markerOf(r) === "total" ? num("jumlah", r) : undefined;
  }

  function readLine(row: number): ProposalLine {
    // Hot path (once per line): the row's values read directly, addresses built from column
    // letters made once and the row number string made once per line.
    const values = view.rowValues(row) ?? [];
    const rowNo = String(row + 1);
    let menuInherited = false;
    let rincianInherited = false;
    let lineMenu: TextCell;
    const menuValue = menuCol < 0 ? null : values[menuCol - view.left];
    if (menu !== undefined && isBlank(menuValue)) {
      // Inherited from the heading row or line above: no cell of this row to build.
      lineMenu = menu;
      menuInherited = true;
    } else {
      lineMenu = menuCol < 0 ? NO_CELL : textCell(menuValue, view.columnLabel(menuCol) + rowNo);
      if (lineMenu.kind === "text") {
        if (!menu || menu.kind !== "text" || !sameName(menu.value, lineMenu.value)) {
          rincian = undefined;
          menuStart = lines.length;
        }
        menu = lineMenu;
      }
    }
    let lineRincian: TextCell;
    const rincianValue = rincianCol < 0 ? null : values[rincianCol - view.left];
    if (rincian !== undefined && isBlank(rincianValue)) {
      lineRincian = rincian;
      rincianInherited = true;
    } else {
      lineRincian = rincianCol < 0 ? NO_CELL : textCell(rincianValue, view.columnLabel(rincianCol) + rowNo);
      if (lineRincian.kind === "text") rincian = lineRincian;
    }
    const line: Mutable<ProposalLine> = {
      row,
      menu: lineMenu,
      rincian: lineRincian,
      menuInherited,
      rincianInherited,
      uraian: txt(values, c.uraian, rowNo),
      volume: nr(values, volumeCol, rowNo, f.volume),
      satuan: txt(values, c.satuan, rowNo),
      hargaSatuan: nr(values, hargaCol, rowNo, f.hargaSatuan),
      jumlah: nr(values, jumlahCol, rowNo, f.jumlah),
      metode: txt(values, c.metode, rowNo),
      lokasi: txt(values, c.lokasi, rowNo),
      kecamatan: txt(values, c.kecamatan, rowNo),
      desa: txt(values, c.desa, rowNo),
      latitude: coordinate(values, c.latitude, rowNo, "latitude"),
      longitude: coordinate(values, c.longitude, rowNo, "longitude"),
      penerimaManfaat: txt(values, c.penerimaManfaat, rowNo),
      keterangan: txt(values, c.keterangan, rowNo),
    };
    if (view.isHiddenRow(row)) line.hidden = true;
    return line;
  }

  function txt(values: readonly CellValue[], col: number, rowNo: string): TextCell {
    return col < 0 ? NO_CELL : textCell(values[col - view.left], view.columnLabel(col) + rowNo);
  }

  function nr(values: readonly CellValue[], col: number, rowNo: string, factor: number): NumberCell {
    return col < 0 ? NO_CELL : numberCell(values[col - view.left], view.columnLabel(col) + rowNo, factor);
  }

  /** Coordinates typed as text follow their own rules ("106.845" is not 106,845: see coordinate.ts). */
  function coordinate(values: readonly CellValue[], col: number, rowNo: string, axis: CoordinateAxis): NumberCell {
    if (col < 0) return NO_CELL;
    const v = values[col - view.left];
    const cell = view.columnLabel(col) + rowNo;
    return typeof v === "string" && !isBlank(v) ? coordinateCell(v, cell, axis) : numberCell(v, cell);
  }
}

function sameName(a: string, b: string): boolean {
  return a === b || compactKey(a) === compactKey(b);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
