/**
 * The sentra of one workbook: every sheet of kind `sentra` (src/core/package/kinds.ts), read by
 * the package's sentra reader (src/core/package/sentra.ts), the one reader of sentra sheets that
 * `dak validate`'s checks use too. A row that names no provinsi or kab/kota of its own takes them
 * from its sheet's meta block, else from the workbook's other sheets (the RK's meta block), so a
 * dinas workbook with an RK and a Data Sentra sheet needs no repetition.
 */
import { parseA1 } from "../grid/a1";
import { cellError, type CellValue, type Grid } from "../grid/types";
import { weighSheet } from "../package/kinds";
import { readSentraSheet, type SentraRow, type SentraSheet } from "../package/sentra";
import { readMeta } from "../proposal/meta";
import { sheetView } from "../proposal/sheet-view";
import type { NumberCell, ProposalMeta, TextCell } from "../proposal/types";
import type { IndicatorCells, IndicatorId, SentraInput } from "./types";

const META_ROWS = 40;

export interface WorkbookSentra {
  readonly sentra: readonly SentraInput[];
  /** Names of the sheets read as sentra tables. */
  readonly sheets: readonly string[];
}

interface Place {
  provinsi?: string;
  kabKota?: string;
}

export function sentraOfWorkbook(grids: readonly Grid[], file: string): WorkbookSentra {
  const fallback: Place = {};
  const found: { grid: Grid; read: SentraSheet }[] = [];
  for (const grid of grids) {
    const view = sheetView(grid);
    const { kind } = weighSheet(view);
    const read = kind === "sentra" ? readSentraSheet(grid) : undefined;
    if (read) found.push({ grid, read });
    // Only meta above a sentra table counts: its header row holds "Kab/Kota" beside other headers.
    const headerRow = read ? (parseA1(read.headerCell)?.row ?? view.top) : view.bottom;
    const meta = place(readMeta(view, Math.min(headerRow, view.top + META_ROWS)));
    fallback.provinsi ??= meta.provinsi;
    fallback.kabKota ??= meta.kabKota;
  }
  const sentra: SentraInput[] = [];
  for (const { grid, read } of found) {
    const view = sheetView(grid);
    const own = place(readMeta(view, parseA1(read.headerCell)?.row ?? view.top));
    for (const row of read.rows) sentra.push(toInput(row, read.sheet, file, own, fallback));
  }
  return { sentra, sheets: found.map((f) => f.read.sheet) };
}

function toInput(row: SentraRow, sheet: string, file: string, own: Place, fallback: Place): SentraInput {
  const indicators: Partial<Record<IndicatorId, IndicatorCells>> = {};
  for (const [id, cells] of Object.entries(row.indicators) as [IndicatorId, SentraRow["indicators"][IndicatorId]][]) {
    if (!cells) continue;
    const address = cells.before.cell || cells.after.cell;
    indicators[id] = { before: raw(cells.before), after: raw(cells.after), cell: address };
  }
  return {
    file,
    sheet,
    row: row.row + 1,
    name: text(row.name) ?? "",
    kabKota: text(row.kabKota) ?? own.kabKota ?? fallback.kabKota ?? "",
    provinsi: text(row.provinsi) ?? own.provinsi ?? fallback.provinsi ?? "",
    indicators,
  };
}

/**
 * The value the evaluation reads (readIndicatorTable, as DAK.INDIKATOR_SENTRA does): a number as
 * read, and text the reader could not take as a number kept as typed ("1.200 kg/bulan" carries
 * its unit), so that the evaluation says why it leaves a value out.
 */
function raw(cell: NumberCell): CellValue {
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
      return cell.value;
    case "invalid":
      return cell.text;
    case "error":
      return cellError(cell.code);
  }
}

function text(cell: TextCell | undefined): string | undefined {
  return cell?.kind === "text" && cell.value ? cell.value : undefined;
}

function place(meta: ProposalMeta): Place {
  return { provinsi: text(meta.provinsi), kabKota: text(meta.kabKota) };
}
