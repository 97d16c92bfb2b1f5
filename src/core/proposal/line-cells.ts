/**
 * The cells readBody (lines.ts) keeps: each line's sixteen, a heading row's menu and rincian, and
 * the amount of a Sub Total or Total row. They are placed cells (placed-cells.ts): the address is
 * made only when a finding asks for it. The menu and rincian in force, inherited by the lines
 * below them, are MenuGroups's.
 */
import { compactKey } from "./text-key";
import { isBlank, NO_CELL, readNumber, readText } from "./cells";
import { readCoordinate, type CoordinateAxis } from "./coordinate";
import type { CellValue } from "../grid/types";
import type { TableHeader } from "./header";
import { AT_PLACE, placeOf } from "./placed-cells";
import type { SheetView } from "./sheet-view";
import type { ColumnKey, NumberCell, ProposalLine, TextCell } from "./types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The menu and rincian in force and where the current groups of lines begin (a Sub Total adds
 * up the lines back to its rincian heading or the previous subtotal). A new menu forgets the
 * previous menu's rincian.
 */
export class MenuGroups {
  menu: TextCell | undefined = undefined;
  rincian: TextCell | undefined = undefined;
  private menuStart = 0;
  private groupStart = 0;

  /** A heading row: its menu and/or rincian hold for the lines below. */
  heading(menu: TextCell, rincian: TextCell, lineCount: number): void {
    if (menu.kind === "text") this.newMenu(menu, lineCount);
    if (rincian.kind === "text") this.rincian = rincian;
    this.groupStart = lineCount;
  }

  /** A menu written on a line: a different one starts a new menu. */
  lineMenu(menu: TextCell, lineCount: number): void {
    const same = this.menu?.kind === "text" && menu.kind === "text" && sameName(this.menu.value, menu.value);
    if (!same) this.newMenu(menu, lineCount);
    else this.menu = menu;
  }

  /** The lines a Sub Total row closes; the next group starts after it. */
  closeGroup(lineCount: number): number[] {
    const from = this.groupStart < lineCount ? this.groupStart : this.menuStart;
    this.groupStart = lineCount;
    const out: number[] = [];
    for (let i = from; i < lineCount; i++) out.push(i);
    return out;
  }

  private newMenu(menu: TextCell, lineCount: number): void {
    this.menu = menu;
    this.rincian = undefined;
    this.menuStart = lineCount;
  }
}

export class LineCells {
  private readonly left: number;
  private readonly menuCol: number;
  private readonly rincianCol: number;
  private readonly jumlahFactor: number;
  /** Column of each field (-1: the table has none), in ProposalLine's order. */
  private readonly col: Readonly<Record<ColumnKey, number>>;
  private readonly volumeFactor: number;
  private readonly hargaFactor: number;

  constructor(
    private readonly view: SheetView,
    header: TableHeader,
  ) {
    const c = header.columns;
    const at = (key: ColumnKey): number => c[key] ?? -1;
    this.col = {
      no: at("no"),
      menu: at("menu"),
      rincian: at("rincian"),
      uraian: at("uraian"),
      volume: at("volume"),
      satuan: at("satuan"),
      hargaSatuan: at("hargaSatuan"),
      jumlah: at("jumlah"),
      metode: at("metode"),
      lokasi: at("lokasi"),
      kecamatan: at("kecamatan"),
      desa: at("desa"),
      latitude: at("latitude"),
      longitude: at("longitude"),
      penerimaManfaat: at("penerimaManfaat"),
      keterangan: at("keterangan"),
    };
    this.left = view.left;
    this.menuCol = this.col.menu;
    this.rincianCol = this.col.rincian;
    this.volumeFactor = header.factors.volume ?? 1;
    this.hargaFactor = header.factors.hargaSatuan ?? 1;
    this.jumlahFactor = header.factors.jumlah ?? 1;
  }

  /** The jumlah of a Sub Total or Total row. */
  amount(row: number): NumberCell {
    const col = this.col.jumlah;
    return col < 0 ? NO_CELL : readNumber(this.view.value(row, col), AT_PLACE, placeOf(row, col), this.jumlahFactor);
  }

  headingMenu(row: number): TextCell {
    return this.text(this.view.rowValues(row) ?? [], this.menuCol, row);
  }

  headingRincian(row: number): TextCell {
    return this.text(this.view.rowValues(row) ?? [], this.rincianCol, row);
  }

  /**
   * One line (the hot path: once per line, the row's values read directly). A menu or rincian
   * cell left empty takes the one in force, and the line says so (menuInherited/rincianInherited).
   */
  line(row: number, groups: MenuGroups, lineCount: number): ProposalLine {
    const values = this.view.rowValues(row) ?? [];
    const { col } = this;
    const menuInherited = groups.menu !== undefined && isBlank(this.value(values, col.menu));
    const menu = menuInherited ? (groups.menu as TextCell) : this.text(values, col.menu, row);
    if (!menuInherited && menu.kind === "text") groups.lineMenu(menu, lineCount);
    const rincianInherited = groups.rincian !== undefined && isBlank(this.value(values, col.rincian));
    const rincian = rincianInherited ? (groups.rincian as TextCell) : this.text(values, col.rincian, row);
    if (!rincianInherited && rincian.kind === "text") groups.rincian = rincian;
    const line: Mutable<ProposalLine> = {
      row,
      menu,
      rincian,
      menuInherited,
      rincianInherited,
      uraian: this.text(values, col.uraian, row),
      volume: this.number(values, col.volume, row, this.volumeFactor),
      satuan: this.text(values, col.satuan, row),
      hargaSatuan: this.number(values, col.hargaSatuan, row, this.hargaFactor),
      jumlah: this.number(values, col.jumlah, row, this.jumlahFactor),
      metode: this.text(values, col.metode, row),
      lokasi: this.text(values, col.lokasi, row),
      kecamatan: this.text(values, col.kecamatan, row),
      desa: this.text(values, col.desa, row),
      latitude: this.coordinate(values, col.latitude, row, "latitude"),
      longitude: this.coordinate(values, col.longitude, row, "longitude"),
      penerimaManfaat: this.text(values, col.penerimaManfaat, row),
      keterangan: this.text(values, col.keterangan, row),
    };
    if (this.view.isHiddenRow(row)) line.hidden = true;
    return line;
  }

  private value(values: readonly CellValue[], col: number): CellValue | undefined {
    return col < 0 ? null : values[col - this.left];
  }

  private text(values: readonly CellValue[], col: number, row: number): TextCell {
    return col < 0 ? NO_CELL : readText(values[col - this.left], AT_PLACE, placeOf(row, col));
  }

  private number(values: readonly CellValue[], col: number, row: number, factor: number): NumberCell {
    return col < 0 ? NO_CELL : readNumber(values[col - this.left], AT_PLACE, placeOf(row, col), factor);
  }

  /** Coordinates typed as text follow their own rules ("106.845" is not 106,845: see coordinate.ts). */
  private coordinate(values: readonly CellValue[], col: number, row: number, axis: CoordinateAxis): NumberCell {
    if (col < 0) return NO_CELL;
    const v = values[col - this.left];
    const place = placeOf(row, col);
    return typeof v === "string" && !isBlank(v)
      ? readCoordinate(v, AT_PLACE, place, axis)
      : readNumber(v, AT_PLACE, place);
  }
}

function sameName(a: string, b: string): boolean {
  return a === b || compactKey(a) === compactKey(b);
}
