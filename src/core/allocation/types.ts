/** The allocation table (`dak validate --alokasi`): one pagu per kab/kota, as the ministry publishes it. */

export interface AllocationEntry {
  /** As written in the table (provinsi carried down from a heading row or the row above when empty). */
  readonly provinsi: string;
  readonly kabKota: string;
  /** Rupiah, already multiplied by the header's unit ("Pagu (Rp juta)"). */
  readonly pagu: number;
  readonly sheet: string;
  /** The pagu cell, A1 without sheet. */
  readonly cell: string;
}

/** A row of the table that could not be used, or a table that could not be found. */
export type AllocationProblemCode =
  /** No sheet has a header row with a kab/kota column and a pagu column. */
  | "TABLE_NOT_FOUND"
  /** A kab/kota row without a pagu. */
  | "PAGU_MISSING"
  /** A pagu that does not read as an amount (text, an Excel error, a negative number). */
  | "PAGU_INVALID"
  /** The same kab/kota twice (same kind, name and provinsi): the first row is used. */
  | "DUPLICATE";

export interface AllocationProblem {
  readonly code: AllocationProblemCode;
  readonly sheet: string;
  readonly cell: string;
  /** The kab/kota of the row, or the text found, for the message. */
  readonly text: string;
  /** DUPLICATE: the cell of the row that is used. */
  readonly firstCell?: string;
}

export interface AllocationTable {
  readonly entries: readonly AllocationEntry[];
  readonly problems: readonly AllocationProblem[];
  /** Fiscal year stated above the table ("Tahun Anggaran 2020"), if any. */
  readonly ta?: number;
}
