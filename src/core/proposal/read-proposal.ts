/**
 * readProposal: the sheets of a workbook -> a Proposal (DESIGN.md §3, §3a). Each sheet is first
 * recognised by its kind (src/core/package/kinds.ts); each RK sheet whose header is found becomes
 * one part, in workbook order; RAB, KAK, sentra and realisasi sheets are read as `documents`;
 * our findings sheet and other sheets are left alone. When no sheet is of a known kind, `parts`
 * is empty and the engine reports TABLE_NOT_FOUND over `sheetsRead`.
 * Reading never judges: missing columns are absent from `columns`, missing meta labels are
 * absent from `meta`, and every value keeps its cell for the engine's findings.
 */
import { rangeA1 } from "../grid/a1";
import type { Grid } from "../grid/types";
import { findHeader, type TableHeader } from "./header";
import { readBody } from "./lines";
import { readMeta } from "./meta";
import { sheetView, type SheetView } from "./sheet-view";
import type { Proposal, ProposalPart } from "./types";
import { documentsBuilder } from "../package/documents";
import { weighSheet, type SheetKindInfo } from "../package/kinds";

export function readProposal(grids: readonly Grid[]): Proposal {
  const parts: ProposalPart[] = [];
  const sheets: SheetKindInfo[] = [];
  const documents = documentsBuilder();
  for (const grid of grids) {
    const view = sheetView(grid);
    // Weighing a sheet already looks for its line table: an RK's part is read from that header.
    const { kind, header } = weighSheet(view);
    sheets.push({ sheet: grid.sheet, kind });
    if (kind === "rk") {
      const part = header && partOf(view, header);
      if (part) parts.push(part);
    } else documents.add(kind, grid);
  }
  return { parts, sheetsRead: grids.map((g) => g.sheet), sheets, documents: documents.build() };
}

/** One sheet's table and meta block, or undefined when the sheet holds no line table. */
export function readPart(grid: Grid): ProposalPart | undefined {
  const view = sheetView(grid);
  const header = findHeader(view);
  return header && partOf(view, header);
}

function partOf(view: SheetView, header: TableHeader): ProposalPart {
  const body = readBody(view, header);
  const part: ProposalPart = {
    sheet: view.sheet,
    meta: readMeta(view, header.firstRow),
    headerRow: header.lastRow,
    headerRange: rangeA1(header.firstRow, header.left, header.lastRow, header.right),
    columns: header.columns,
    lines: body.lines,
    subtotals: body.subtotals,
  };
  return body.statedTotal ? { ...part, statedTotal: body.statedTotal } : part;
}
