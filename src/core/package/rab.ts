/**
 * Reading an RAB sheet (Rincian Anggaran Biaya, DESIGN.md §3a): items with volume × harga satuan
 * = jumlah under the RK's header vocabulary, and the Jumlah / PPN / Total rows. Two layouts, as
 * dinas RABs come: the rincian in a column (the template: one block, closed by Subtotal, PPN and
 * Total rows), or rincian heading rows each followed by its items and its own Jumlah / PPN /
 * Total rows (KRISNA style). The PPN rate may be stated in a "Tarif PPN" cell above the table.
 */
import type { Grid } from "../grid/types";
import { isBlank, numberCell, textCell } from "../proposal/cells";
import { findHeader, type TableHeader } from "../proposal/header";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import type { NumberCell, TextCell } from "../proposal/types";
import { RAB_ROWS } from "./labels";

export interface RabItem {
  readonly row: number;
  /** From the rincian column, else from the heading row above. */
  readonly rincian: TextCell;
  readonly uraian: TextCell;
  readonly volume: NumberCell;
  readonly satuan: TextCell;
  readonly hargaSatuan: NumberCell;
  readonly jumlah: NumberCell;
}

export interface RabBlock {
  /** The rincian heading row that opens the block (heading layout only). */
  readonly heading?: TextCell;
  readonly items: RabItem[];
  subtotal?: NumberCell;
  ppn?: NumberCell;
  total?: NumberCell;
}

export interface RabDocument {
  readonly sheet: string;
  readonly headerRange: string;
  /** The "Tarif PPN" value (as a fraction), when the sheet states one. */
  readonly rate?: NumberCell;
  /** The column letters of jumlah (for ranges of item cells). */
  readonly jumlahColumn?: number;
  readonly blocks: readonly RabBlock[];
  readonly grandTotal?: NumberCell;
}

/** Blank rows tolerated inside the table (a form with 40 item rows, partly filled). */
const MAX_BLANK_RUN = 100;

export function readRab(grid: Grid): RabDocument | undefined {
  const view = sheetView(grid);
  const header = findHeader(view);
  if (!header) return undefined;
  const c = header.columns;
  const blocks: RabBlock[] = [];
  let block: RabBlock = { items: [] };
  let grandTotal: NumberCell | undefined;
  let blanks = 0;
  const labelEnd = c.jumlah ?? header.right + 1;
  const num = (row: number, col: number | undefined, factor = 1): NumberCell =>
    col === undefined ? { kind: "empty", cell: "" } : numberCell(view.value(row, col), view.address(row, col), factor);
  const txt = (row: number, col: number | undefined): TextCell =>
    col === undefined ? { kind: "empty", cell: "" } : textCell(view.value(row, col), view.address(row, col));
  const close = () => {
    if (block.items.length > 0 || block.heading) blocks.push(block);
  };

  for (let row = header.bodyStart; row < view.bottom; row++) {
    const volume = num(row, c.volume);
    const harga = num(row, c.hargaSatuan, header.factors.hargaSatuan);
    const jumlah = num(row, c.jumlah, header.factors.jumlah);
    const hasNumbers = volume.kind !== "empty" || harga.kind !== "empty";
    const marker = hasNumbers ? undefined : rowMarker(view, row, header.left, labelEnd);
    if (marker === "end") {
      if (jumlah.kind !== "empty") grandTotal = jumlah;
      break;
    }
    if (marker) {
      blanks = 0;
      block[marker] = jumlah;
      if (marker === "total") {
        close();
        block = { items: [] };
      }
      continue;
    }
    const uraian = txt(row, c.uraian);
    const ownRincian = txt(row, c.rincian);
    if (isBlankRow(view, row, header.left, labelEnd + 1)) {
      if (++blanks > MAX_BLANK_RUN && blocks.length + block.items.length > 0) break;
      continue;
    }
    blanks = 0;
    if (hasNumbers || (jumlah.kind !== "empty" && uraian.kind !== "empty")) {
      const rincian = ownRincian.kind !== "empty" ? ownRincian : (block.heading ?? ownRincian);
      block.items.push({ row, rincian, uraian, volume, satuan: txt(row, c.satuan), hargaSatuan: harga, jumlah });
      continue;
    }
    const heading = ownRincian.kind === "text" ? ownRincian : uraian.kind === "text" ? uraian : undefined;
    if (heading && jumlah.kind === "empty") {
      close();
      block = { heading, items: [] };
    }
  }
  close();
  const rate = readRate(view, header);
  return {
    sheet: grid.sheet,
    headerRange: `${view.address(header.firstRow, header.left)}:${view.address(header.lastRow, header.right)}`,
    ...(rate ? { rate } : {}),
    ...(c.jumlah !== undefined ? { jumlahColumn: c.jumlah } : {}),
    blocks,
    ...(grandTotal ? { grandTotal } : {}),
  };
}

type Marker = "subtotal" | "ppn" | "total" | "end";

function rowMarker(view: SheetView, row: number, from: number, to: number): Marker | undefined {
  for (let col = from; col < to; col++) {
    const v = view.value(row, col);
    if (typeof v !== "string" || isBlank(v)) continue;
    const key = RAB_ROWS.match(v)?.key;
    return key === "rate" ? undefined : key;
  }
  return undefined;
}

function isBlankRow(view: SheetView, row: number, from: number, to: number): boolean {
  for (let col = from; col < to; col++) if (!isBlank(view.value(row, col))) return false;
  return true;
}

/** "Tarif PPN" above the table, its value in the next non-empty cell; 11 (percent) reads as 0.11. */
function readRate(view: SheetView, header: TableHeader): NumberCell | undefined {
  for (let row = view.top; row < header.firstRow; row++) {
    for (let col = view.left; col < view.right; col++) {
      const v = view.value(row, col);
      if (typeof v !== "string" || RAB_ROWS.match(v)?.key !== "rate") continue;
      for (let next = col + 1; next < view.right; next++) {
        const value = view.value(row, next);
        if (isBlank(value) || value === ":") continue;
        const cell = numberCell(value, view.address(row, next));
        return cell.kind === "number" && cell.value > 1 ? { ...cell, value: cell.value / 100 } : cell;
      }
      return { kind: "empty", cell: view.address(row, col + 1) };
    }
  }
  return undefined;
}
