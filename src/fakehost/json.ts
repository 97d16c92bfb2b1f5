/**
 * The fake workbook as plain JSON, for fixtures (src/fakehost/samples), snapshots in tests and the
 * playground. The output is deterministic (cells in row-major order, sets sorted), so two
 * workbooks with the same content serialise to the same string.
 */
import { parseA1, toA1 } from "../core/grid/a1";
import {
  createSheet,
  isCellModel,
  setCell,
  type CellModel,
  type ConditionalFormatModel,
  type DataValidationModel,
  type NameModel,
  type PageLayoutModel,
  type ScalarValue,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./model";

export interface SheetJson {
  name: string;
  visibility?: SheetModel["visibility"];
  /** A1 address -> a bare value or a CellModel. */
  cells: Record<string, ScalarValue | CellModel>;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  conditionalFormats?: ConditionalFormatModel[];
  freeze?: { rows: number; columns: number };
  tables?: TableModel[];
  merges?: string[];
  dataValidations?: DataValidationModel[];
  /** Sheet-scoped names (absent when there are none). */
  names?: NameModel[];
  pageLayout?: PageLayoutModel;
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
  selection?: string;
  tabColor?: string;
}

export interface WorkbookJson {
  activeSheet: string;
  sheets: SheetJson[];
  names?: NameModel[];
}

export function workbookToJson(model: WorkbookModel): WorkbookJson {
  return {
    activeSheet: model.activeSheet,
    sheets: model.sheets.map(sheetToJson),
    names: model.names.map((n) => ({ ...n })),
  };
}

function sheetToJson(sheet: SheetModel): SheetJson {
  const cells: Record<string, ScalarValue | CellModel> = {};
  sheet.rows.forEach((row, r) => {
    row?.forEach((slot, c) => {
      if (slot !== undefined) cells[toA1(r, c)] = isCellModel(slot) ? clone(slot) : slot;
    });
  });
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    conditionalFormats: sheet.conditionalFormats.map(clone),
    freeze: sheet.freeze ? { ...sheet.freeze } : undefined,
    tables: sheet.tables.map(clone),
    merges: [...sheet.merges],
    dataValidations: sheet.dataValidations.map(clone),
    names: sheet.names.length > 0 ? sheet.names.map(clone) : undefined,
    pageLayout: sheet.pageLayout ? clone(sheet.pageLayout) : undefined,
    columnWidths: sortedRecord(sheet.columnWidths),
    rowHeights: sortedRecord(sheet.rowHeights),
    selection: sheet.selection,
    tabColor: sheet.tabColor,
  };
}

export function workbookFromJson(json: WorkbookJson): WorkbookModel {
  const sheets = json.sheets.map(sheetFromJson);
  return {
    sheets,
    activeSheet: json.activeSheet || (sheets[0]?.name ?? ""),
    names: (json.names ?? []).map((n) => ({ ...n })),
  };
}

function sheetFromJson(json: SheetJson): SheetModel {
  const sheet = createSheet(json.name);
  sheet.visibility = json.visibility ?? "Visible";
  for (const [address, cell] of Object.entries(json.cells)) {
    const at = parseA1(address);
    if (!at) throw new Error(`bad cell address ${address} in sheet ${json.name}`);
    const model: CellModel = typeof cell === "object" && !("e" in cell) ? clone(cell) : { v: cell };
    setCell(sheet, at.row, at.col, model);
  }
  sheet.hiddenRows = new Set(json.hiddenRows ?? []);
  sheet.hiddenColumns = new Set(json.hiddenColumns ?? []);
  sheet.conditionalFormats = (json.conditionalFormats ?? []).map(clone);
  sheet.freeze = json.freeze ? { ...json.freeze } : undefined;
  sheet.tables = (json.tables ?? []).map(clone);
  sheet.merges = [...(json.merges ?? [])];
  sheet.dataValidations = (json.dataValidations ?? []).map(clone);
  sheet.names = (json.names ?? []).map(clone);
  sheet.pageLayout = json.pageLayout ? clone(json.pageLayout) : undefined;
  sheet.columnWidths = numberMap(json.columnWidths);
  sheet.rowHeights = numberMap(json.rowHeights);
  sheet.selection = json.selection ?? "A1";
  sheet.tabColor = json.tabColor;
  return sheet;
}

/** A deep copy of the workbook (through its JSON form). */
export function cloneWorkbook(model: WorkbookModel): WorkbookModel {
  return workbookFromJson(workbookToJson(model));
}

/** The canonical JSON text of a workbook: what "byte-identical" compares. */
export function snapshotWorkbook(model: WorkbookModel): string {
  return JSON.stringify(workbookToJson(model));
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function sortedRecord(map: Map<number, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...map.keys()].sort((a, b) => a - b)) out[String(k)] = map.get(k) as number;
  return out;
}

function numberMap(rec: Record<string, number> | undefined): Map<number, number> {
  return new Map(Object.entries(rec ?? {}).map(([k, v]) => [Number(k), v]));
}
