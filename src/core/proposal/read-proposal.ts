/**
 * readProposal: the sheets of a workbook -> a Proposal (DESIGN.md §3). Each sheet whose header
 * is found becomes one part, in workbook order; sheets without a table are left out, and when no
 * sheet has one, `parts` is empty and the engine reports TABLE_NOT_FOUND over `sheetsRead`.
 * Reading never judges: missing columns are absent from `columns`, missing meta labels are
 * absent from `meta`, and every value keeps its cell for the engine's findings.
 */
import { rangeA1 } from "../grid/a1";
import type { Grid } from "../grid/types";
import { findHeader } from "./header";
import { readBody } from "./lines";
import { readMeta } from "./meta";
import { sheetView } from "./sheet-view";
import type { Proposal, ProposalPart } from "./types";

export function readProposal(grids: readonly Grid[]): Proposal {
  const parts: ProposalPart[] = [];
  for (const grid of grids) {
    const part = readPart(grid);
    if (part) parts.push(part);
  }
  return { parts, sheetsRead: grids.map((g) => g.sheet) };
}

/** One sheet's table and meta block, or undefined when the sheet holds no line table. */
export function readPart(grid: Grid): ProposalPart | undefined {
  const view = sheetView(grid);
  const header = findHeader(view);
  if (!header) return undefined;
  const body = readBody(view, header);
  const part: ProposalPart = {
    sheet: grid.sheet,
    meta: readMeta(view, header.firstRow),
    headerRow: header.lastRow,
    headerRange: rangeA1(header.firstRow, header.left, header.lastRow, header.right),
    columns: header.columns,
    lines: body.lines,
    subtotals: body.subtotals,
  };
  return body.statedTotal ? { ...part, statedTotal: body.statedTotal } : part;
}
