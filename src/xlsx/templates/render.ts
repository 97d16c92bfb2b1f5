/**
 * SheetSpec -> exceljs worksheet. Text cells are written as strings (exceljs never turns a string
 * into a formula, so user text starting with "=" stays text); only spec formulas become formulas.
 * Formulas carry no cached result: Excel and LibreOffice compute them when the file is opened.
 */
import ExcelJS from "exceljs";
import { columnLetters, parseRangeA1 } from "../../core/grid/a1";
import { LIST_ERROR_TITLE, STYLES } from "../../core/templates/styles";
import type { CellSpec, CellStyle, SheetSpec } from "../../core/templates/types";
import { uniqueSheetName, uniqueTableName } from "../../core/templates/naming";

const A4 = 9;

/** Adds the template as a new sheet (a taken name gets " (2)", …) and returns it (also for a package of templates in one file). */
export function addTemplateSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const name = uniqueSheetName(
    spec.sheetName,
    workbook.worksheets.map((w) => w.name),
  );
  const ws = workbook.addWorksheet(name);
  for (const c of spec.columns) {
    const col = ws.getColumn(c.col);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const cell of spec.cells) writeCell(ws.getCell(cell.ref), cell);
  if (spec.table) addTable(workbook, ws, spec);
  for (const m of spec.merges) ws.mergeCells(m);
  if (spec.freeze) ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  for (const v of spec.validations) {
    forEachCell(v.range, (ref) => {
      ws.getCell(ref).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [v.source],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: LIST_ERROR_TITLE,
        error: v.errorMessage,
      };
    });
  }
  for (const n of spec.names) workbook.definedNames.add(`${quoteSheet(name)}!${n.ref}`, n.name);
  const { print } = spec;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: print.area,
    printTitlesRow: print.repeatRows ? `${print.repeatRows.first}:${print.repeatRows.last}` : undefined,
  };
  return ws;
}

/** A fresh workbook holding only the template; Excel recalculates every formula on open. */
export function templateWorkbook(spec: SheetSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "DAK IKM";
  workbook.calcProperties.fullCalcOnLoad = true;
  addTemplateSheet(workbook, spec);
  return workbook;
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec.text !== undefined) cell.value = spec.text;
  else if (spec.number !== undefined) cell.value = spec.number;
  else if (spec.formula !== undefined) cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  if (spec.numberFormat) cell.numFmt = spec.numberFormat;
  if (spec.style) applyStyle(cell, STYLES[spec.style]);
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  cell.font = {
    bold: s.bold,
    italic: s.italic,
    size: s.fontSize,
    color: s.fontColor ? { argb: argb(s.fontColor) } : undefined,
  };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap) {
    cell.alignment = { horizontal: s.hAlign, vertical: s.vAlign === "center" ? "middle" : s.vAlign, wrapText: s.wrap };
  }
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FFA6A6A6" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

/** The table over the header row and the line rows: cells keep the values and formulas already written. */
function addTable(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const t = spec.table;
  const box = t && parseRangeA1(t.ref);
  if (!t || !box) return;
  const taken = workbook.worksheets.flatMap((w) =>
    Object.keys((w as unknown as { tables: Record<string, unknown> }).tables ?? {}),
  );
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let col = box.start.col; col <= box.end.col; col++) {
    columns.push({
      name: String(ws.getCell(`${columnLetters(col)}${box.start.row + 1}`).value ?? ""),
      filterButton: true,
    });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = box.start.row + 1; row <= box.end.row; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let col = box.start.col; col <= box.end.col; col++)
      values.push(ws.getCell(`${columnLetters(col)}${row + 1}`).value);
    rows.push(values);
  }
  ws.addTable({
    name: uniqueTableName(t.name, taken),
    ref: `${columnLetters(box.start.col)}${box.start.row + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: false },
    columns,
    rows,
  });
}

function forEachCell(range: string, fn: (ref: string) => void): void {
  const box = parseRangeA1(range);
  if (!box) throw new RangeError(`bad range ${range}`);
  for (let row = box.start.row; row <= box.end.row; row++) {
    for (let col = box.start.col; col <= box.end.col; col++) fn(`${columnLetters(col)}${row + 1}`);
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
