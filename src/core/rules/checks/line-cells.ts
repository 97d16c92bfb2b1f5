/**
 * The checks of a line's cells themselves, driven by the field table (line-fields.ts): required
 * cells filled, no Excel error values, numbers readable and typed as numbers.
 */
import type { NumberCell, ProposalLine } from "../../proposal/types";
import type { FindingSink } from "../sink";
import { checkNumberCell, checkTextCell } from "./cells";
import { NUMBER_FIELDS, TEXT_FIELDS, type LineField } from "./line-fields";

/** What the cell checks need to know of the part, worked out once. */
export interface CellContext {
  readonly sheet: string;
  /** Required fields whose column the table has (a missing column is COLUMN_MISSING, not per line). */
  readonly required: readonly LineField[];
}

/** A number typed as a number (or, where allowed, an empty cell): nothing to report about the cell itself. */
function plainNumber(cell: NumberCell, emptyIsFine = true): boolean {
  return (cell.kind === "empty" && emptyIsFine) || (cell.kind === "number" && cell.fromText === undefined);
}

/**
 * True when there is nothing to say about the line's cells themselves, as for most lines. Written
 * out field by field for speed (a loop over the field names reads each cell through a slow keyed
 * lookup: about 20% more time for validate); line-fields.test.ts holds it to LINE_FIELDS, field by
 * field, so it cannot drift from the table.
 */
export function usualCells(line: ProposalLine): boolean {
  return (
    line.menu.kind === "text" &&
    line.rincian.kind === "text" &&
    line.uraian.kind === "text" &&
    line.satuan.kind === "text" &&
    plainNumber(line.volume, false) &&
    plainNumber(line.hargaSatuan, false) &&
    plainNumber(line.jumlah, true) &&
    plainNumber(line.latitude, true) &&
    plainNumber(line.longitude, true) &&
    line.metode.kind !== "error" &&
    line.lokasi.kind !== "error" &&
    line.kecamatan.kind !== "error" &&
    line.desa.kind !== "error" &&
    line.penerimaManfaat.kind !== "error" &&
    line.keterangan.kind !== "error"
  );
}

/** Empty required cells, then Excel errors, then numbers typed as text or unreadable, each in field-table order. */
export function checkCells(ctx: CellContext, line: ProposalLine, out: FindingSink): void {
  if (usualCells(line)) return;
  const { sheet } = ctx;
  for (const field of ctx.required) {
    const cell = line[field];
    if (cell.kind === "empty") out.add("line.required", sheet, cell.cell, { field });
  }
  for (const field of TEXT_FIELDS) {
    const cell = line[field];
    if (cell.kind === "error") checkTextCell(cell, field, sheet, out);
  }
  for (const field of NUMBER_FIELDS) {
    const cell = line[field];
    if (!plainNumber(cell)) checkNumberCell(cell, field, sheet, out);
  }
}
