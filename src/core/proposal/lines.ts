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

  const markerOf = (row: number): RowMarker | undefined => {
    for (let col = left; col <= right; col++) {
      const v = view.value(row, col);
      if (typeof v === "string" && !isBlank(v)) {
        const m = rowMarker(v);
        if (m) return m;
      }
    }
    return undefined;
  };
  const isBlankRow = (row: number): boolean => {
    for (let col = left; col <= right; col++) {
      const v = view.value(row, col);
      if (isBlank(v) || v === 0 || view.isHiddenColumn(col)) continue;
      if (col === noCol && !(typeof v === "string" && rowMarker(v))) continue;
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

  function txt(col: number, row: number, rowNo: string): TextCell {
    return col < 0 ? NO_CELL : textCell(view.value(row, col), view.columnLabel(col) + rowNo);
  }

  function nr(col: number, row: number, rowNo: string, factor: number): NumberCell {
    return col < 0 ? NO_CELL : numberCell(view.value(row, col), view.columnLabel(col) + rowNo, factor);
  }

  function readLine(row: number): ProposalLine {
    // Hot path (once per line): addresses built from the row number string made once, and no
    // closure created per line.
    const rowNo = String(row + 1);
    const ownMenu = txt(menuCol, row, rowNo);
    const ownRincian = txt(rincianCol, row, rowNo);
    let menuInherited = false;
    let rincianInherited = false;
    let lineMenu = ownMenu;
    if (ownMenu.kind === "text") {
      if (!menu || menu.kind !== "text" || !sameName(menu.value, ownMenu.value)) {
        rincian = undefined;
        menuStart = lines.length;
      }
      menu = ownMenu;
    } else if (ownMenu.kind === "empty" && menu) {
      lineMenu = menu;
      menuInherited = true;
    }
    let lineRincian = ownRincian;
    if (ownRincian.kind === "text") rincian = ownRincian;
    else if (ownRincian.kind === "empty" && rincian) {
      lineRincian = rincian;
      rincianInherited = true;
    }
    const line: Mutable<ProposalLine> = {
      row,
      menu: lineMenu,
      rincian: lineRincian,
      menuInherited,
      rincianInherited,
      uraian: txt(c.uraian, row, rowNo),
      volume: nr(volumeCol, row, rowNo, f.volume),
      satuan: txt(c.satuan, row, rowNo),
      hargaSatuan: nr(hargaCol, row, rowNo, f.hargaSatuan),
      jumlah: nr(jumlahCol, row, rowNo, f.jumlah),
      metode: txt(c.metode, row, rowNo),
      lokasi: txt(c.lokasi, row, rowNo),
      kecamatan: txt(c.kecamatan, row, rowNo),
      desa: txt(c.desa, row, rowNo),
      latitude: nr(c.latitude, row, rowNo, 1),
      longitude: nr(c.longitude, row, rowNo, 1),
      penerimaManfaat: txt(c.penerimaManfaat, row, rowNo),
      keterangan: txt(c.keterangan, row, rowNo),
    };
    if (view.isHiddenRow(row)) line.hidden = true;
    return line;
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
