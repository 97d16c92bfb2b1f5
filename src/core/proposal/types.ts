/**
 * The Proposal: what `readProposal(grids)` understands of an RK workbook, before any rule is
 * applied. It keeps facts, not judgements: a number typed as text is kept with its text so the
 * engine can report NUMBER_AS_TEXT; an Excel error value is kept so the engine can report
 * CELL_ERROR. Every value remembers its cell (A1, no sheet prefix; the sheet is on the part).
 * The line table's cells make `cell` when it is read (placed-cells.ts: a getter, not an own field).
 */
import type { PackageDocuments } from "../package/documents";
import type { SheetKindInfo } from "../package/kinds";

/** A cell that should hold a number (volume, harga satuan, jumlah, pagu, coordinates, …). */
export type NumberCell =
  | { readonly kind: "empty"; readonly cell: string }
  /** `fromText` is set when the number was read from text ("Rp14.750.000,00"): NUMBER_AS_TEXT. */
  | { readonly kind: "number"; readonly value: number; readonly cell: string; readonly fromText?: string }
  /** Text that does not read unambiguously as a number: NOT_A_NUMBER, with parseRupiah's reason. */
  | { readonly kind: "invalid"; readonly text: string; readonly reason: string; readonly cell: string }
  /** An Excel error value (#N/A, #REF!, …): CELL_ERROR. */
  | { readonly kind: "error"; readonly code: string; readonly cell: string };

/** A cell that should hold text (menu, rincian, uraian, satuan, metode, …). */
export type TextCell =
  | { readonly kind: "empty"; readonly cell: string }
  /** Trimmed text; numbers and booleans found in a text column are turned into their text. */
  | { readonly kind: "text"; readonly value: string; readonly cell: string }
  | { readonly kind: "error"; readonly code: string; readonly cell: string };

export interface ProposalMeta {
  readonly ta?: NumberCell;
  readonly provinsi?: TextCell;
  readonly kabKota?: TextCell;
  readonly bidang?: TextCell;
  /** Already multiplied by the label's unit, e.g. "Pagu (Rp juta)". */
  readonly pagu?: NumberCell;
  readonly instansiPelaksana?: TextCell;
  readonly namaSentra?: TextCell;
  readonly jumlahUnitIkm?: NumberCell;
  readonly nomorSkSentra?: TextCell;
}

export type MetaKey = keyof ProposalMeta;

export const META_KEYS: readonly MetaKey[] = [
  "ta",
  "provinsi",
  "kabKota",
  "bidang",
  "pagu",
  "instansiPelaksana",
  "namaSentra",
  "jumlahUnitIkm",
  "nomorSkSentra",
];

/** Columns of the line table (DESIGN.md §3). */
export type ColumnKey =
  | "no"
  | "menu"
  | "rincian"
  | "uraian"
  | "volume"
  | "satuan"
  | "hargaSatuan"
  | "jumlah"
  | "metode"
  | "lokasi"
  | "kecamatan"
  | "desa"
  | "latitude"
  | "longitude"
  | "penerimaManfaat"
  | "keterangan";

export interface ProposalLine {
  /** 0-based sheet row of the line. */
  readonly row: number;
  /** Menu and rincian as written on the line, or inherited from heading rows above it. */
  readonly menu: TextCell;
  readonly rincian: TextCell;
  /** True when menu/rincian came from a heading row (KRISNA layout), not the line itself. */
  readonly menuInherited: boolean;
  readonly rincianInherited: boolean;
  readonly uraian: TextCell;
  readonly volume: NumberCell;
  readonly satuan: TextCell;
  readonly hargaSatuan: NumberCell;
  readonly jumlah: NumberCell;
  readonly metode: TextCell;
  readonly lokasi: TextCell;
  readonly kecamatan: TextCell;
  readonly desa: TextCell;
  readonly latitude: NumberCell;
  readonly longitude: NumberCell;
  readonly penerimaManfaat: TextCell;
  readonly keterangan: TextCell;
  /** True when the line's row is hidden (still a line: Excel's SUM and KRISNA count it). */
  readonly hidden?: boolean;
}

/** A "Sub Total" row inside the table, checked against the lines it closes. */
export interface StatedSubtotal {
  readonly amount: NumberCell;
  /** Indexes into `lines` of the lines this subtotal adds up (back to its rincian heading or the previous subtotal). */
  readonly lineIndexes: readonly number[];
}

/** One sheet's table and meta block. */
export interface ProposalPart {
  readonly sheet: string;
  readonly meta: ProposalMeta;
  /** 0-based sheet row of the (last) header row. */
  readonly headerRow: number;
  /** The header's cells as a range ("A15:P16" for a two-row header): where COLUMN_MISSING points. */
  readonly headerRange?: string;
  /** Where each known column was found (0-based sheet column); absent = column missing. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  readonly lines: readonly ProposalLine[];
  readonly subtotals: readonly StatedSubtotal[];
  /** The Total/Jumlah row's amount, when the table ends at one. */
  readonly statedTotal?: NumberCell;
}

export interface Proposal {
  /** One part per RK sheet that holds a line table, in workbook order. */
  readonly parts: readonly ProposalPart[];
  /** Names of the sheets that were read (for TABLE_NOT_FOUND when `parts` is empty). */
  readonly sheetsRead: readonly string[];
  /** Every sheet read with its kind, in workbook order (DESIGN.md §3a); absent in proposals built by hand. */
  readonly sheets?: readonly SheetKindInfo[];
  /** The RAB, KAK, sentra and realisasi sheets beside the RK; absent in proposals built by hand. */
  readonly documents?: PackageDocuments;
}
