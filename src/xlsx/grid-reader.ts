/**
 * .xlsx → Grids, streaming: one Grid per visible worksheet, in the workbook's order, origin A1,
 * values as Excel's Range.values gives them (see sheet-reader.ts). A merged area keeps its value in
 * its top-left cell only (merges.ts); hidden rows and columns are listed.
 *
 * Each part is inflated as it is read (zip-guard.ts) and tokenized chunk by chunk (xml-scan.ts);
 * a sheet's rows become Grid rows as they stream, so memory is the Grids themselves plus a chunk.
 * Limits are what reading costs (limits.ts): the zip's declared sizes before anything is inflated,
 * the slots the Grids hold as they grow, and the time spent, checked at every chunk.
 *
 * This replaces a full exceljs load, which was most of `dak validate`'s time and memory (issue 18);
 * exceljs still writes the templates and the recap, and the tests keep an exceljs reader as the
 * oracle this one must agree with (test/helpers/exceljs-grid-reader.ts).
 */
import { readFileSync, statSync } from "node:fs";
import type { CellValue, Grid } from "../core/grid/types";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";
import { applyMerges } from "./merges";
import { SheetReader } from "./sheet-reader";
import { UnreadableError } from "./unreadable";
import { RelationshipsPart, SharedStringsPart, WorkbookPart } from "./workbook-parts";
import { XmlScanner, type XmlHandler } from "./xml-scan";
import { openWorkbookZip, type WorkbookZip } from "./zip-guard";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/**
 * Reads a workbook file under the limits; throws UnreadableError with the reason. Never writes.
 * The file is read in one synchronous call: it is needed whole (the zip's directory is at its
 * end), and for the small files of a batch the four hops of an asynchronous read (stat, open,
 * read, close, each through the thread pool) cost more than the reading (bench/reader.bench.ts).
 */
export async function readWorkbookFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid[]> {
  const started = Date.now();
  let data: Buffer;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new UnreadableError("IO_ERROR", { detail: "not a file" });
    if (info.size > limits.maxFileBytes) {
      throw new UnreadableError("FILE_TOO_LARGE", { bytes: info.size, limit: limits.maxFileBytes });
    }
    data = readFileSync(path);
  } catch (e) {
    if (e instanceof UnreadableError) throw e;
    throw new UnreadableError("IO_ERROR", { detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return readWorkbookBuffer(data, limits, started);
}

export async function readWorkbookBuffer(
  data: Buffer,
  limits: ReadLimits = DEFAULT_LIMITS,
  started = Date.now(),
): Promise<Grid[]> {
  const zip = await openWorkbookZip(data, limits);
  return readGrids(zip, limits, started + limits.maxMillis);
}

async function readGrids(zip: WorkbookZip, limits: ReadLimits, deadline: number): Promise<Grid[]> {
  const read = async (part: string, handler: XmlHandler): Promise<boolean> => {
    const scanner = new XmlScanner(handler, part);
    const found = await zip.readText(part, (chunk) => {
      if (Date.now() > deadline) throw new UnreadableError("TIMEOUT", { millis: limits.maxMillis });
      scanner.feed(chunk);
    });
    if (found) scanner.end();
    return found;
  };
  const workbook = new WorkbookPart();
  if (!(await read(WORKBOOK, workbook))) throw new UnreadableError("NO_SHEETS");
  const rels = new RelationshipsPart("xl/");
  await read(WORKBOOK_RELS, rels);
  const counter = { slots: 0 };
  const count = (): void => {
    if (++counter.slots > limits.maxCells) {
      throw new UnreadableError("TOO_MANY_CELLS", { cells: counter.slots, limit: limits.maxCells });
    }
  };
  const shared = new SharedStringsPart(count);
  await read(rels.partOfType("sharedStrings") ?? "xl/sharedStrings.xml", shared);
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.byId.get(sheet.relId);
    // Chart sheets and dialog sheets have no cells; exceljs's reader left them out too.
    if (!sheet.visible || !rel || !rel.type.endsWith("/worksheet")) continue;
    const reader = new SheetReader(shared.strings, counter, limits, workbook.date1904);
    if (!(await read(rel.part, reader)))
      throw new UnreadableError("CORRUPT", { entry: rel.part }, "sheet part missing");
    applyMerges(reader.values, reader.merges);
    grids.push({
      sheet: sheet.name,
      origin: { row: 0, col: 0 },
      values: reader.values as CellValue[][],
      hiddenRows: sortedUnique(reader.hiddenRows),
      hiddenColumns: reader.hiddenColumns(),
    });
  }
  if (grids.length === 0) throw new UnreadableError("NO_SHEETS");
  return grids;
}

function sortedUnique(xs: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < xs.length && sorted; i++) sorted = xs[i - 1] < xs[i];
  return sorted ? xs : [...new Set(xs)].sort((a, b) => a - b);
}
