/**
 * Reads the used ranges of the workbook's sheets into Grids: values (Excel error values become
 * CellError), number formats, hidden rows and columns. Cost: three context.sync() calls (sheets,
 * used ranges, hidden-row probes) plus one per chunk; chunks are sized so each response stays well
 * under Excel on the web's 5 MB limit, and the event loop gets a turn between chunks.
 */
import { cellError, type CellValue, type Grid } from "../core/grid/types";
import type { ReadOptions, ReadProgress } from "./adapter";
import {
  HIDDEN_ROW_BLOCK,
  INITIAL_BYTES_PER_CELL,
  MAX_PROBED_ROWS_PER_CHUNK,
  nextBytesPerCell,
  responseBytes,
  rowsPerChunk,
} from "./chunks";
import { isTooLarge } from "./errors";
import { runExcel, throwIfAborted, yieldToEventLoop } from "./run";

/** Above this many used columns, hidden columns are not probed one by one. */
const MAX_PROBED_COLUMNS = 1_024;

interface SheetRead {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly row0: number;
  readonly col0: number;
  readonly rows: number;
  readonly cols: number;
  readonly values: CellValue[][];
  readonly formats: string[][];
  readonly hiddenRows: number[];
  readonly hiddenColumns: number[];
  /** Indexes of row blocks where some, not all, rows are hidden: probed row by row. */
  readonly mixedBlocks: Set<number>;
}

export async function readGrids(options: ReadOptions = {}): Promise<Grid[]> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  return runExcel(async (context) => {
    const reads = await usedRanges(context, options.sheets);
    throwIfAborted(signal);
    await probeHidden(context, reads);
    const progress = { sheetsDone: 0, sheetsTotal: reads.length, rowsRead: 0, rowsTotal: 0, chunksRead: 0 };
    progress.rowsTotal = reads.reduce((sum, r) => sum + r.rows, 0);
    const report = (): void => onProgress?.({ ...progress } satisfies ReadProgress);
    report();
    let bytesPerCell = INITIAL_BYTES_PER_CELL;
    for (const read of reads) {
      let start = 0;
      let maxRows = Infinity;
      while (start < read.rows) {
        throwIfAborted(signal);
        const count = Math.min(maxRows, chunkRows(read, start, bytesPerCell));
        let measured: number;
        try {
          measured = await readChunk(context, read, start, count);
        } catch (error) {
          // Longer texts than estimated: try again with half the rows (never below one row).
          if (!isTooLarge(error) || count === 1) throw error;
          maxRows = Math.floor(count / 2);
          bytesPerCell *= 2;
          continue;
        }
        bytesPerCell = nextBytesPerCell(bytesPerCell, measured, count * read.cols);
        start += count;
        progress.rowsRead += count;
        progress.chunksRead++;
        report();
        await yieldToEventLoop();
      }
      progress.sheetsDone++;
      report();
    }
    return reads.map(toGrid);
  });
}

/** Syncs 1 and 2: the sheets to read and the extent of their used ranges (values only). */
async function usedRanges(context: Excel.RequestContext, only: readonly string[] | undefined): Promise<SheetRead[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const wanted = only?.map((n) => n.toLowerCase());
  const chosen = worksheets.items.filter((ws) =>
    wanted ? wanted.includes(ws.name.toLowerCase()) : ws.visibility === Excel.SheetVisibility.visible,
  );
  const ranges = chosen.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  return chosen.map((sheet, i) => {
    const range = ranges[i];
    const empty = range.isNullObject;
    return {
      name: sheet.name,
      sheet,
      row0: empty ? 0 : range.rowIndex,
      col0: empty ? 0 : range.columnIndex,
      rows: empty ? 0 : range.rowCount,
      cols: empty ? 0 : range.columnCount,
      values: [],
      formats: [],
      hiddenRows: [],
      hiddenColumns: [],
      mixedBlocks: new Set<number>(),
    };
  });
}

/**
 * Sync 3: rowHidden of each block of rows (true: all hidden, null: some) and columnHidden of each
 * used column. Mixed blocks are probed row by row with the chunks that read them.
 */
async function probeHidden(context: Excel.RequestContext, reads: readonly SheetRead[]): Promise<void> {
  const probes: { read: SheetRead; block: number; range: Excel.Range }[] = [];
  const columnProbes: { read: SheetRead; col: number; range: Excel.Range }[] = [];
  for (const read of reads) {
    for (let block = 0; block * HIDDEN_ROW_BLOCK < read.rows; block++) {
      const rows = Math.min(HIDDEN_ROW_BLOCK, read.rows - block * HIDDEN_ROW_BLOCK);
      const range = read.sheet.getRangeByIndexes(read.row0 + block * HIDDEN_ROW_BLOCK, read.col0, rows, read.cols);
      range.load("rowHidden");
      probes.push({ read, block, range });
    }
    if (read.cols <= MAX_PROBED_COLUMNS) {
      for (let col = 0; col < read.cols; col++) {
        const range = read.sheet.getRangeByIndexes(read.row0, read.col0 + col, 1, 1);
        range.load("columnHidden");
        columnProbes.push({ read, col, range });
      }
    }
  }
  if (probes.length === 0) return;
  await context.sync();
  for (const { read, block, range } of probes) {
    if (range.rowHidden === null) read.mixedBlocks.add(block);
    else if (range.rowHidden) {
      const first = read.row0 + block * HIDDEN_ROW_BLOCK;
      const last = Math.min(read.row0 + read.rows, first + HIDDEN_ROW_BLOCK);
      for (let r = first; r < last; r++) read.hiddenRows.push(r);
    }
    range.untrack();
  }
  for (const { read, col, range } of columnProbes) {
    if (range.columnHidden) read.hiddenColumns.push(read.col0 + col);
    range.untrack();
  }
}

function chunkRows(read: SheetRead, start: number, bytesPerCell: number): number {
  let count = Math.min(rowsPerChunk(read.cols, bytesPerCell), read.rows - start);
  const firstBlock = Math.floor(start / HIDDEN_ROW_BLOCK);
  const lastBlock = Math.floor((start + count - 1) / HIDDEN_ROW_BLOCK);
  for (let b = firstBlock; b <= lastBlock; b++) {
    if (read.mixedBlocks.has(b)) {
      count = Math.min(count, MAX_PROBED_ROWS_PER_CHUNK);
      break;
    }
  }
  return count;
}

/** One sync: `count` rows from `start` (values, valueTypes, number formats, row probes). */
async function readChunk(
  context: Excel.RequestContext,
  read: SheetRead,
  start: number,
  count: number,
): Promise<number> {
  const range = read.sheet.getRangeByIndexes(read.row0 + start, read.col0, count, read.cols);
  range.load("values,valueTypes,numberFormat");
  const rowProbes: { row: number; range: Excel.Range }[] = [];
  for (let i = start; i < start + count; i++) {
    if (!read.mixedBlocks.has(Math.floor(i / HIDDEN_ROW_BLOCK))) continue;
    const probe = read.sheet.getRangeByIndexes(read.row0 + i, read.col0, 1, 1);
    probe.load("rowHidden");
    rowProbes.push({ row: read.row0 + i, range: probe });
  }
  await context.sync();
  const values = range.values;
  const types = range.valueTypes;
  const formats = range.numberFormat;
  for (let r = 0; r < values.length; r++) {
    const vr = values[r];
    const tr = types[r];
    const row: CellValue[] = new Array(vr.length);
    for (let c = 0; c < vr.length; c++) row[c] = toCellValue(vr[c], tr[c]);
    read.values.push(row);
    read.formats.push(formats[r] as string[]);
  }
  for (const probe of rowProbes) {
    if (probe.range.rowHidden) read.hiddenRows.push(probe.row);
    probe.range.untrack();
  }
  range.untrack();
  return responseBytes(values, types, formats as string[][]);
}

function toCellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return cellError(String(value));
    case "Double":
      return Number(value);
    case "Boolean":
      return Boolean(value);
    case "String":
      return String(value);
    default:
      // Rich values and the like: keep what Excel shows, as text.
      return value === "" || value === null || value === undefined ? null : String(value);
  }
}

function toGrid(read: SheetRead): Grid {
  return {
    sheet: read.name,
    origin: { row: read.row0, col: read.col0 },
    values: read.values,
    numberFormats: read.formats,
    hiddenRows: read.hiddenRows.sort((a, b) => a - b),
    hiddenColumns: read.hiddenColumns,
  };
}
