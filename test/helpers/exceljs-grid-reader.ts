/**
 * The test oracle for src/xlsx/grid-reader.ts: the exceljs reader `dak` used before the streaming
 * one (issue 18), kept only here. A full exceljs load, then one Grid per visible worksheet with the
 * values Excel's Range.values gives (exceljs-cell-value.ts); merged areas keep their value in the
 * top-left cell; hidden rows and columns listed. No limits: tests give it their own workbooks.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/grid/types";
import { toCellValue } from "./exceljs-cell-value";

/** ExcelJS.ValueType.Merge: a cell inside a merged area other than its top-left cell. */
const MERGE = 1;

export async function readGridsWithExcelJs(data: Buffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const grids: Grid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== "visible") continue;
    const values: CellValue[][] = [];
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.push(rowNumber - 1);
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === MERGE) return;
        const v = toCellValue(cell.value, date1904);
        if (v === null) return;
        while (out.length < colNumber - 1) out.push(null);
        out[colNumber - 1] = v;
      });
      while (values.length < rowNumber - 1) values.push([]);
      values[rowNumber - 1] = out;
    });
    const hiddenColumns: number[] = [];
    (ws.columns ?? []).forEach((col, i) => {
      if (col.hidden) hiddenColumns.push(i);
    });
    grids.push({ sheet: ws.name, origin: { row: 0, col: 0 }, values, hiddenRows, hiddenColumns });
  }
  return grids;
}

/**
 * A Grid with what carries no value trimmed: trailing empty cells of each row and trailing empty
 * rows (exceljs lists rows that only have a style or lie under a merged area; the streaming reader
 * lists rows up to the last value). Compare grids of the two readers through this.
 */
export function trimmedGrid(g: Grid): Grid {
  const values = g.values.map((row) => {
    let n = row.length;
    while (n > 0 && (row[n - 1] ?? null) === null) n--;
    return Array.from({ length: n }, (_, i) => row[i] ?? null);
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return { ...g, values, hiddenRows: g.hiddenRows ?? [], hiddenColumns: g.hiddenColumns ?? [] };
}
