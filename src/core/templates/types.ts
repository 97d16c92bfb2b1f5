/**
 * SheetSpec: everything a standard template sheet holds, as plain data that both renderers
 * (Office.js in src/excel, exceljs in src/xlsx) turn into a real worksheet. Addresses are A1
 * without a sheet prefix; formulas are en-US (comma separators) without the leading "=".
 */

export type TemplateId = "rk" | "rab" | "kak" | "sentra" | "realisasi" | "alokasi";

/** Named looks; the palette (what each name means in fonts, fills, borders) is in styles.ts. */
export type StyleName =
  | "title"
  | "subtitle"
  | "section"
  | "label"
  | "header"
  | "input"
  | "inputNumber"
  | "computed"
  | "total"
  | "note"
  | "listHeader"
  | "listItem";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  /** "#RRGGBB" solid fill */
  readonly fill?: string;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Thin border on all four edges. */
  readonly border?: boolean;
}

/**
 * One cell. Exactly one of `text`, `number`, `formula` is set, or none (a styled empty input
 * cell). `text` is always written as text, even when it starts with "=", "+", "-" or "@": it may
 * come from the user (a sentra name from settings). Only `formula` is ever a formula, and only
 * the spec builders (our code) write it.
 */
export interface CellSpec {
  readonly ref: string;
  readonly text?: string;
  readonly number?: number;
  readonly formula?: string;
  /** en-US number format code, e.g. "#,##0" or "0.00%". */
  readonly numberFormat?: string;
  readonly style?: StyleName;
}

export interface ColumnSpec {
  /** Column letters, e.g. "B". */
  readonly col: string;
  /** Width in characters (Excel's column width unit). */
  readonly width: number;
  readonly hidden?: boolean;
}

/** A dropdown: every cell of `range` accepts only the values listed in `source` (a range on the same sheet). */
export interface ListValidationSpec {
  readonly range: string;
  /** Absolute range on the same sheet holding the allowed values, e.g. "$B$70:$B$71". */
  readonly source: string;
  /** Shown when an invalid value is typed. */
  readonly errorMessage: string;
}

/** A name defined on the template sheet (sheet-scoped where the host allows it). */
export interface NameSpec {
  readonly name: string;
  /** Range on the same sheet, absolute, e.g. "$C$7". */
  readonly ref: string;
}

/** An Excel table (ListObject); `ref` includes the header row. */
export interface TableSpec {
  /** Base name; a renderer adds a suffix when the workbook already has a table of that name. */
  readonly name: string;
  readonly ref: string;
  readonly style: string;
}

export interface PrintSpec {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  readonly fitToWidth: boolean;
  /** 1-based sheet rows repeated at the top of each printed page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly area?: string;
}

export interface SheetSpec {
  readonly id: TemplateId;
  /** Preferred sheet name (≤ 31 characters, no []:*?/\). */
  readonly sheetName: string;
  readonly columns: readonly ColumnSpec[];
  readonly cells: readonly CellSpec[];
  readonly merges: readonly string[];
  /** Rows (1-based) and columns (count from A) kept visible while scrolling. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly validations: readonly ListValidationSpec[];
  readonly names: readonly NameSpec[];
  readonly table?: TableSpec;
  readonly print: PrintSpec;
}
