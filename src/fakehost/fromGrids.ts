/**
 * Builds a fake workbook from Grid-like arrays (values and number formats), for test fixtures and
 * generated large sheets.
 */
import type { CellValue } from "../core/grid/types";
import { createSheet, setCell, type ScalarValue, type WorkbookModel } from "./model";

export interface SheetSource {
  readonly sheet: string;
  /** 0-based position of values[0][0]; default A1. */
  readonly origin?: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
}

export function workbookFromGrids(sources: readonly SheetSource[]): WorkbookModel {
  const sheets = sources.map((src) => {
    const sheet = createSheet(src.sheet);
    const r0 = src.origin?.row ?? 0;
    const c0 = src.origin?.col ?? 0;
    src.values.forEach((row, i) => {
      row.forEach((value, j) => {
        const v = toScalar(value);
        const nf = src.numberFormats?.[i]?.[j];
        if (v === undefined && (nf === undefined || nf === "General")) return;
        setCell(sheet, r0 + i, c0 + j, { v, nf: nf === "General" ? undefined : nf });
      });
    });
    sheet.hiddenRows = new Set(src.hiddenRows ?? []);
    sheet.hiddenColumns = new Set(src.hiddenColumns ?? []);
    return sheet;
  });
  return { sheets, activeSheet: sheets[0]?.name ?? "", names: [] };
}

function toScalar(value: CellValue): ScalarValue | undefined {
  if (value === null || value === "") return undefined;
  if (typeof value === "object") return { e: value.code };
  return value;
}
