/**
 * .xlsx → Grids with exceljs: one Grid per visible worksheet, origin A1, values as Excel's
 * Range.values gives them (see cell-value.ts). A merged area keeps its value in the top-left cell
 * only, the other cells read empty, as in Range.values and as readProposal expects. Hidden rows and
 * columns are listed. Limits are checked before exceljs sees anything (zip-guard.ts), and exceljs
 * is given the workbook the guard has already inflated, so nothing is inflated twice.
 *
 * Why a full load rather than exceljs's streaming WorkbookReader: the streaming reader ignores
 * merged cells, hidden rows and sheet visibility, which the proposal reader needs; and the sizes
 * guarded here (≤ 2 million cells) fit comfortably in memory. The cost of reading is then one
 * exceljs load plus a linear pass over the cells.
 */
import { readFile, stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/grid/types";
import { toCellValue } from "./cell-value";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { UnreadableError } from "./unreadable";
import { inflateWorkbook } from "./zip-guard";

/** ExcelJS.ValueType.Merge: a cell inside a merged area other than its top-left cell. */
const MERGE = 1;

/** Reads a workbook file under the limits; throws UnreadableError with the reason. Never writes. */
export async function readWorkbookFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid[]> {
  return readCheckedWorkbook(await checkWorkbookFile(path, limits), limits);
}

export async function readWorkbookBuffer(data: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid[]> {
  return readCheckedWorkbook(inflateWorkbook(data, limits), limits);
}

/**
 * The first half of readWorkbookFile, without exceljs: reads the file and checks it with the zip
 * guard (zip-guard.ts), giving the workbook repacked with its entries stored uncompressed. The
 * CLI runs this on its main thread for a worker's first file while the worker is still starting.
 */
export async function checkWorkbookFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  let data: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnreadableError("IO_ERROR", { detail: "not a file" });
    if (info.size > limits.maxFileBytes) {
      throw new UnreadableError("FILE_TOO_LARGE", { bytes: info.size, limit: limits.maxFileBytes });
    }
    data = await readFile(path);
  } catch (e) {
    if (e instanceof UnreadableError) throw e;
    throw new UnreadableError("IO_ERROR", { detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return inflateWorkbook(data, limits);
}

/**
 * The second half: the Grids of a workbook that checkWorkbookFile or inflateWorkbook gave (and
 * only of such a one: the zip guard is not run again).
 */
export async function readCheckedWorkbook(checked: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid[]> {
  const Workbook = await loadWorkbookClass();
  const wb = new Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await wb.xlsx.load(checked as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableError("CORRUPT", {}, e instanceof Error ? e.message : String(e));
  }
  return workbookToGrids(wb, limits);
}

/**
 * exceljs's Workbook class, loaded on first use, so that the CLI's main thread, which only hands
 * files to workers, never loads exceljs. A worker calls this as it starts, before its first file.
 *
 * In the CLI bundle only the Workbook module is loaded (~80 ms), not exceljs's index (~180 ms),
 * which also loads its streaming reader and writer and their zip libraries (archiver, unzipper)
 * that reading never uses. It is the very class the index exports (exceljs is pinned, and this
 * file has kept its place since 1.x); should the path ever fail, the index is loaded instead.
 * Node's own require (webpack's __non_webpack_require__) keeps webpack from bundling the file:
 * exceljs stays a runtime dependency. Outside the bundle (tests, tsx) the index is loaded.
 */
export async function loadWorkbookClass(): Promise<typeof ExcelJS.Workbook> {
  if (typeof __non_webpack_require__ === "function") {
    try {
      return __non_webpack_require__(WORKBOOK_MODULE) as typeof ExcelJS.Workbook;
    } catch {
      // Fall through to the index.
    }
  }
  return (await import("exceljs")).default.Workbook;
}

const WORKBOOK_MODULE = "exceljs/lib/doc/workbook.js";
/** Node's require of the bundle file, which webpack provides under this name; undefined elsewhere. */
declare const __non_webpack_require__: NodeJS.Require | undefined;

function workbookToGrids(wb: ExcelJS.Workbook, limits: ReadLimits = DEFAULT_LIMITS): Grid[] {
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const grids: Grid[] = [];
  let cells = 0;
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
        if (++cells > limits.maxCells) throw new UnreadableError("TOO_MANY_CELLS", { cells, limit: limits.maxCells });
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
  if (grids.length === 0) throw new UnreadableError("NO_SHEETS");
  return grids;
}
