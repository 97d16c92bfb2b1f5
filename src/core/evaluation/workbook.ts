/**
 * The sentra of one workbook: every sheet laid out as a sentra table. A sheet that names no
 * provinsi or kab/kota of its own takes them from the workbook's other sheets (the RK's meta
 * block), so a dinas workbook with an RK and a Data Sentra sheet needs no repetition.
 */
import type { Grid } from "../grid/types";
import { readMeta } from "../proposal/meta";
import { sheetView } from "../proposal/sheet-view";
import { readSentraSheet } from "./sentra-sheet";
import type { SentraInput } from "./types";

const META_ROWS = 40;

export interface WorkbookSentra {
  readonly sentra: readonly SentraInput[];
  /** Names of the sheets read as sentra tables. */
  readonly sheets: readonly string[];
}

export function sentraOfWorkbook(grids: readonly Grid[], file: string): WorkbookSentra {
  const fallback: { provinsi?: string; kabKota?: string } = {};
  for (const grid of grids) {
    const view = sheetView(grid);
    const meta = readMeta(view, Math.min(view.bottom, view.top + META_ROWS));
    if (!fallback.provinsi && meta.provinsi?.kind === "text") fallback.provinsi = meta.provinsi.value;
    if (!fallback.kabKota && meta.kabKota?.kind === "text") fallback.kabKota = meta.kabKota.value;
  }
  const sentra: SentraInput[] = [];
  const sheets: string[] = [];
  for (const grid of grids) {
    const rows = readSentraSheet(grid, file, fallback);
    if (!rows) continue;
    sheets.push(grid.sheet);
    sentra.push(...rows);
  }
  return { sentra, sheets };
}
