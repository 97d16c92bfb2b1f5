/**
 * The workbook behind the fake Excel host: plain data that serialises to and from JSON, so tests
 * and the playground can snapshot a workbook and compare it byte for byte after an operation.
 *
 * Cells are stored row by row. A plain cell (a value and nothing else) is stored as the bare value
 * to keep 1,000,000-cell sheets cheap; a cell with a formula, number format, style or hyperlink is
 * stored as a CellModel object.
 */

/** An Excel error value (#N/A, #REF!, …) as stored in the fake. */
export interface ErrorValue {
  readonly e: string;
}

export type ScalarValue = string | number | boolean | ErrorValue;

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellModel {
  /** The value (for a formula: its last computed value; the fake does not calculate). */
  v?: ScalarValue;
  /** Formula text starting with "=". */
  f?: string;
  /** Number format; absent means "General". */
  nf?: string;
  /** Format properties by path ("fill.color", "font.bold", "horizontalAlignment", …). */
  style?: Record<string, string | number | boolean>;
  link?: HyperlinkModel;
}

type Slot = ScalarValue | CellModel | undefined;

export interface ConditionalFormatModel {
  /** "Custom" or "CellValue" (Excel.ConditionalFormatType). */
  type: string;
  /** Range addresses without sheet ("B2:D9"). */
  ranges: string[];
  /** Custom: rule.formula. CellValue: formula1/formula2/operator. */
  rule: Record<string, string>;
  /** Format properties by path, as CellModel.style. */
  format: Record<string, string | number | boolean>;
  stopIfTrue?: boolean;
}

export interface TableModel {
  name: string;
  range: string;
  hasHeaders: boolean;
  style?: string;
}

export interface DataValidationErrorAlertModel {
  showAlert: boolean;
  /** "Stop" | "Warning" | "Information" (Excel.DataValidationAlertStyle). */
  style: string;
  title: string;
  message: string;
}

export interface DataValidationModel {
  range: string;
  rule: unknown;
  errorAlert?: DataValidationErrorAlertModel;
}

export interface NameModel {
  name: string;
  /** A formula such as "=Sheet1!$A$1:$A$9". */
  reference: string;
  comment?: string;
}

/** Worksheet.pageLayout; absent properties have Excel's defaults. */
export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines?: boolean;
  /** Absolute addresses without sheet, comma-separated areas ("$A$1:$P$71"). */
  printArea?: string;
  /** Entire rows ("$13:$13"). */
  printTitleRows?: string;
  /** Entire columns ("$A:$A"). */
  printTitleColumns?: string;
}

export interface SheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  rows: Slot[][];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  conditionalFormats: ConditionalFormatModel[];
  freeze?: { rows: number; columns: number };
  tables: TableModel[];
  merges: string[];
  dataValidations: DataValidationModel[];
  /** Names scoped to this sheet (Worksheet.names). */
  names: NameModel[];
  pageLayout?: PageLayoutModel;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  selection: string;
  tabColor?: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheet: string;
  /** Workbook-scoped names (Workbook.names). */
  names: NameModel[];
}

export function createSheet(name: string): SheetModel {
  return {
    name,
    visibility: "Visible",
    rows: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    conditionalFormats: [],
    tables: [],
    merges: [],
    dataValidations: [],
    names: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    selection: "A1",
  };
}

export function createWorkbook(sheetNames: readonly string[] = ["Sheet1"]): WorkbookModel {
  const sheets = sheetNames.map(createSheet);
  return { sheets, activeSheet: sheets[0]?.name ?? "", names: [] };
}

export function isCellModel(slot: Slot): slot is CellModel {
  return typeof slot === "object" && slot !== null && !("e" in slot);
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).e === "string";
}

/** The cell at 0-based (row, col) as a CellModel (a fresh object for plain cells), or undefined. */
export function getCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  const slot = sheet.rows[row]?.[col];
  if (slot === undefined) return undefined;
  return isCellModel(slot) ? slot : { v: slot };
}

/** Stores a cell, compacting it to a bare value (or nothing) when it has nothing else. */
export function setCell(sheet: SheetModel, row: number, col: number, cell: CellModel): void {
  const compact = compactCell(cell);
  let r = sheet.rows[row];
  if (!r) {
    if (compact === undefined) return;
    r = sheet.rows[row] = [];
  }
  if (compact === undefined) {
    if (col < r.length) r[col] = undefined;
  } else {
    r[col] = compact;
  }
}

function compactCell(cell: CellModel): Slot {
  const hasStyle = cell.style !== undefined && Object.keys(cell.style).length > 0;
  if (cell.f === undefined && cell.nf === undefined && !hasStyle && cell.link === undefined) {
    return cell.v === undefined || cell.v === "" ? undefined : cell.v;
  }
  const out: CellModel = {};
  if (cell.v !== undefined && cell.v !== "") out.v = cell.v;
  if (cell.f !== undefined) out.f = cell.f;
  if (cell.nf !== undefined) out.nf = cell.nf;
  if (hasStyle) out.style = cell.style;
  if (cell.link !== undefined) out.link = cell.link;
  return out;
}

/** Applies fn to a copy of every cell of a rectangle (inclusive corners) and stores the result. */
export function updateCells(
  sheet: SheetModel,
  r0: number,
  c0: number,
  r1: number,
  c1: number,
  fn: (cell: CellModel, row: number, col: number) => CellModel,
): void {
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const old = getCell(sheet, r, c);
      const copy: CellModel = old ? { ...old, style: old.style ? { ...old.style } : undefined } : {};
      setCell(sheet, r, c, fn(copy, r, c));
    }
  }
}

export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * The used range: the bounding box of cells holding a value or formula (valuesOnly), or also any
 * format or hyperlink; undefined for an empty sheet.
 */
export function usedBounds(sheet: SheetModel, valuesOnly: boolean): Bounds | undefined {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((slot, c) => {
      if (slot === undefined) return;
      if (valuesOnly && isCellModel(slot) && slot.v === undefined && slot.f === undefined) return;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    });
  });
  return r1 < 0 ? undefined : { r0, c0, r1, c1 };
}

export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  const key = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === key);
}
