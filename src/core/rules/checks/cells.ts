/** Checks of single cells shared by meta and lines: Excel errors, numbers written as text. */
import type { NumberCell, TextCell } from "../../proposal/types";
import type { FindingSink } from "../sink";

export function checkNumberCell(cell: NumberCell, field: string, sheet: string, out: FindingSink): void {
  switch (cell.kind) {
    case "number":
      if (cell.fromText !== undefined) {
        out.add("line.numberAsText", sheet, cell.cell, { field, text: cell.fromText, value: cell.value });
      }
      return;
    case "invalid":
      out.add("line.notANumber", sheet, cell.cell, { field, text: cell.text, reason: cell.reason });
      return;
    case "error":
      out.add("line.cellError", sheet, cell.cell, { field, error: cell.code });
      return;
    default:
      return;
  }
}

export function checkTextCell(cell: TextCell, field: string, sheet: string, out: FindingSink): void {
  if (cell.kind === "error") out.add("line.cellError", sheet, cell.cell, { field, error: cell.code });
}
