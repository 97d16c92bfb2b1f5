/**
 * The recap workbook of a batch: sheet "Rekap" (one row per file) and sheet "Temuan" (every
 * finding), each with a frozen, filterable header and rupiah formats, so the ministry can sort,
 * filter and send rows back to each dinas. Texts arrive already in the user's language. Cell
 * text is always written as text (a shared string), never as a formula, whatever it starts with.
 */
import type ExcelJS from "exceljs";
import { writeFileAtomic } from "./atomic-write";

export interface RecapRow {
  readonly kabKota: string;
  readonly provinsi: string;
  readonly ta: number | null;
  readonly pagu: number | null;
  readonly total: number | null;
  readonly sisa: number | null;
  /** 0–1. */
  readonly penunjangShare: number | null;
  readonly errors: number | null;
  readonly warnings: number | null;
  /** The kinds of sheet found in the file, e.g. "rk, rab, kak" (DESIGN.md §3a). */
  readonly kinds: string;
  readonly status: string;
  readonly file: string;
  readonly note: string;
}

export interface RecapFindingRow {
  readonly file: string;
  readonly kabKota: string;
  readonly sheet: string;
  readonly cell: string;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

/** A kab/kota of the allocation table that sent no RK (dak validate --alokasi): sheet "Tanpa RK". */
export interface RecapMissingRow {
  readonly provinsi: string;
  readonly kabKota: string;
  /** The allocation, rupiah. */
  readonly pagu: number;
}

/** The kab/kota without an RK and the name of their sheet (in the user's language). */
export interface RecapMissing {
  readonly sheet: string;
  readonly rows: readonly RecapMissingRow[];
}

export type RecapLabels = Readonly<Record<keyof RecapRow | keyof RecapFindingRow, string>>;

const RUPIAH = '"Rp"#,##0';
const PERCENT = "0.00%";

interface Column<R> {
  readonly key: keyof R & string;
  readonly width: number;
  readonly numFmt?: string;
}

const REKAP_COLUMNS: readonly Column<RecapRow>[] = [
  { key: "kabKota", width: 28 },
  { key: "provinsi", width: 22 },
  { key: "ta", width: 8 },
  { key: "pagu", width: 18, numFmt: RUPIAH },
  { key: "total", width: 18, numFmt: RUPIAH },
  { key: "sisa", width: 16, numFmt: RUPIAH },
  { key: "penunjangShare", width: 14, numFmt: PERCENT },
  { key: "errors", width: 11 },
  { key: "warnings", width: 11 },
  { key: "status", width: 16 },
  { key: "file", width: 36 },
  { key: "note", width: 50 },
  { key: "kinds", width: 24 },
];

const MISSING_COLUMNS: readonly Column<RecapMissingRow>[] = [
  { key: "provinsi", width: 24 },
  { key: "kabKota", width: 30 },
  { key: "pagu", width: 20, numFmt: RUPIAH },
];

const TEMUAN_COLUMNS: readonly Column<RecapFindingRow>[] = [
  { key: "file", width: 36 },
  { key: "kabKota", width: 28 },
  { key: "sheet", width: 18 },
  { key: "cell", width: 9 },
  { key: "severity", width: 12 },
  { key: "code", width: 24 },
  { key: "message", width: 90 },
];

type StreamWorkbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/**
 * Streams the recap into `filename`: rows go to the file as they are added, so 200,000 Temuan
 * rows do not become an in-memory workbook (2 GB). Inline strings: text is never a formula.
 * exceljs is loaded on first use: a `dak validate` without --recap never loads it in the main thread.
 */
async function streamRecapWorkbook(
  filename: string,
  rows: readonly RecapRow[],
  findings: readonly RecapFindingRow[],
  labels: RecapLabels,
  missing?: RecapMissing,
): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  wb.creator = "dak";
  addTable(wb, "Rekap", REKAP_COLUMNS, rows, labels);
  addTable(wb, "Temuan", TEMUAN_COLUMNS, findings, labels);
  if (missing) addTable(wb, missing.sheet, MISSING_COLUMNS, missing.rows, labels);
  await wb.commit();
}

function addTable<R extends object>(
  wb: StreamWorkbook,
  name: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  labels: RecapLabels,
): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1 }],
    // Printed for a meeting: A4 landscape, all columns on one page width (pages run down only),
    // the header row repeated on every page.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${name}&R&P / &N` },
  });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  const header = ws.addRow(columns.map((c) => labels[c.key as keyof RecapLabels]));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  });
  header.commit();
  for (const r of rows) ws.addRow(columns.map((c) => cellValue((r as Record<string, unknown>)[c.key]))).commit();
  ws.commit();
}

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767;
// Characters XML 1.0 cannot carry at all (a control character or U+FFFE in a file name would make
// the whole workbook unreadable), and lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text a cell can hold: XML-safe (bad characters become U+FFFD) and at most 32,767 characters. */
export function recapCellText(text: string): string {
  let safe = text.replace(NOT_XML, "\ufffd");
  if (safe.length > MAX_CELL_CHARS) {
    let cut = MAX_CELL_CHARS - 1;
    const c = safe.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    safe = `${safe.slice(0, cut)}…`;
  }
  return safe;
}

function cellValue(v: unknown): string | number | null {
  if (typeof v === "string") return recapCellText(v);
  return typeof v === "number" ? v : null;
}

/** Builds and writes the recap atomically; throws FileExistsError when the file exists and !overwrite. */
export async function writeRecapWorkbook(
  path: string,
  rows: readonly RecapRow[],
  findings: readonly RecapFindingRow[],
  labels: RecapLabels,
  options: { overwrite: boolean; missing?: RecapMissing },
): Promise<void> {
  await writeFileAtomic(path, (temp) => streamRecapWorkbook(temp, rows, findings, labels, options.missing), options);
}
