/**
 * Inserts a template (SheetSpec) into the open workbook as a new sheet, in one Excel.run with
 * two context.sync() calls: one to learn the names already taken, one to send everything
 * (names, values and formulas, then formats, merges, dropdowns, table, panes, print setup).
 * Existing sheets are never touched; a taken name gets " (2)", " (3)", …. Where ExcelApi 1.20
 * is supported the whole insert is one undo step (mergeUndoGroup).
 */
import { parseRangeA1 } from "../../core/grid/a1";
import { uniqueSheetName, uniqueTableName } from "../../core/templates/naming";
import { LIST_ERROR_TITLE, STYLES } from "../../core/templates/styles";
import { guardedText } from "../../core/templates/text-guard";
import type { CellSpec, CellStyle, SheetSpec } from "../../core/templates/types";
import { runExcel } from "../run";
import { rectAddress, rectanglesByKey, type Rect } from "./rectangles";

/** Excel column width in points per character of the default font (64 px ≈ 8.43 characters). */
const POINTS_PER_CHAR = 5.7;

export interface InsertResult {
  readonly sheetName: string;
  readonly tableName?: string;
}

export async function insertTemplate(spec: SheetSpec): Promise<InsertResult> {
  const batch = async (context: Excel.RequestContext): Promise<InsertResult> => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    // Excel refuses a table name equal to a workbook name, so those count as taken too.
    const names = context.workbook.names.load("items/name");
    await context.sync();

    const sheetName = uniqueSheetName(
      spec.sheetName,
      sheets.items.map((s) => s.name),
    );
    const tableName = spec.table
      ? uniqueTableName(spec.table.name, [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)])
      : undefined;
    const ws = context.workbook.worksheets.add(sheetName);
    context.application.suspendApiCalculationUntilNextSync();

    // Names first, so formulas that use them resolve when written (sheet-scoped: inserting twice never clashes).
    for (const n of spec.names) ws.names.add(n.name, ws.getRange(n.ref.replace(/\$/g, "")));
    writeContent(ws, spec.cells);
    writeFormats(ws, spec);
    for (const m of spec.merges) ws.getRange(m).merge(false);
    for (const v of spec.validations) {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: `=${v.source}` } };
      dv.errorAlert = {
        showAlert: true,
        style: Excel.DataValidationAlertStyle.stop,
        title: LIST_ERROR_TITLE,
        message: v.errorMessage,
      };
    }
    if (spec.table && tableName) {
      const table = ws.tables.add(spec.table.ref, true);
      table.name = tableName;
      table.style = spec.table.style;
    }
    if (spec.freeze) freeze(ws, spec.freeze.rows, spec.freeze.cols);
    printSetup(ws, spec);
    ws.activate();
    try {
      await context.sync();
    } catch (err) {
      // Operations before the failing one were applied: take the half-built sheet away again.
      await removeSheetIfPresent(context, sheetName);
      throw err;
    }
    return { sheetName, tableName };
  };
  // Like every adapter call, a refusal from Excel rejects as an AdapterError the pane can explain.
  return runExcel(batch, supportsUndoGroup() ? { mergeUndoGroup: true } : undefined);
}

/**
 * Best effort: the original error is what the user must see, so a failure of the clean-up itself
 * (e.g. the workbook became protected) is not allowed to replace it.
 */
async function removeSheetIfPresent(context: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    const leftover = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (!leftover.isNullObject) {
      leftover.delete();
      await context.sync();
    }
  } catch {
    // Keep the original error (rethrown by the caller); the sheet may remain, half built.
  }
}

function supportsUndoGroup(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.20") === true;
}

/** Values and formulas in one write over the cells' bounding box; null leaves a cell as it is. */
function writeContent(ws: Excel.Worksheet, cells: readonly CellSpec[]): void {
  const withContent = cells.filter((c) => c.text !== undefined || c.number !== undefined || c.formula !== undefined);
  const box = boundingBox(withContent.map((c) => c.ref));
  if (!box) return;
  const matrix: (string | number | null)[][] = Array.from({ length: box.bottom - box.top + 1 }, () =>
    Array.from<string | number | null>({ length: box.right - box.left + 1 }).fill(null),
  );
  for (const c of withContent) {
    const at = parseRangeA1(c.ref)!.start;
    // User text that Excel would read as a formula, number or date gets the apostrophe text prefix.
    matrix[at.row - box.top][at.col - box.left] =
      c.formula !== undefined ? `=${c.formula}` : c.number !== undefined ? c.number : guardedText(c.text ?? "");
  }
  ws.getRange(rectAddress(box)).formulas = matrix as unknown as string[][];
}

function writeFormats(ws: Excel.Worksheet, spec: SheetSpec): void {
  for (const c of spec.columns) {
    const col = ws.getRange(`${c.col}:${c.col}`);
    col.format.columnWidth = c.width * POINTS_PER_CHAR;
    if (c.hidden) col.columnHidden = true;
  }
  for (const [format, rects] of rectanglesByKey(spec.cells.map((c) => ({ ref: c.ref, key: c.numberFormat })))) {
    for (const r of rects) ws.getRange(rectAddress(r)).numberFormat = fill(r, format);
  }
  for (const [style, rects] of rectanglesByKey(spec.cells.map((c) => ({ ref: c.ref, key: c.style })))) {
    for (const r of rects) applyStyle(ws.getRange(rectAddress(r)), STYLES[style]);
  }
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign)
    f.horizontalAlignment =
      s.hAlign === "left"
        ? Excel.HorizontalAlignment.left
        : s.hAlign === "center"
          ? Excel.HorizontalAlignment.center
          : Excel.HorizontalAlignment.right;
  if (s.vAlign)
    f.verticalAlignment =
      s.vAlign === "top"
        ? Excel.VerticalAlignment.top
        : s.vAlign === "center"
          ? Excel.VerticalAlignment.center
          : Excel.VerticalAlignment.bottom;
  if (s.wrap) f.wrapText = true;
  if (s.border) {
    for (const edge of [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
      Excel.BorderIndex.insideHorizontal,
      Excel.BorderIndex.insideVertical,
    ]) {
      const b = f.borders.getItem(edge);
      b.style = Excel.BorderLineStyle.continuous;
      b.color = "#A6A6A6";
    }
  }
}

function freeze(ws: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}

function printSetup(ws: Excel.Worksheet, spec: SheetSpec): void {
  const { print } = spec;
  const layout = ws.pageLayout;
  layout.orientation =
    print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.paperSize = Excel.PaperType.a4;
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.area) layout.setPrintArea(print.area);
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
}

function boundingBox(refs: readonly string[]): Rect | undefined {
  let box: Rect | undefined;
  for (const ref of refs) {
    const at = parseRangeA1(ref)?.start;
    if (!at) continue;
    box = box
      ? {
          top: Math.min(box.top, at.row),
          left: Math.min(box.left, at.col),
          bottom: Math.max(box.bottom, at.row),
          right: Math.max(box.right, at.col),
        }
      : { top: at.row, left: at.col, bottom: at.row, right: at.col };
  }
  return box;
}

function fill(r: Rect, value: string): string[][] {
  return Array.from({ length: r.bottom - r.top + 1 }, () =>
    Array.from<string>({ length: r.right - r.left + 1 }).fill(value),
  );
}
