/**
 * createFakeExcel(workbook): an in-memory Excel with Office.js's `Excel.run` and load/sync
 * semantics, plus a minimal `Office` (onReady, context.displayLanguage, document.settings). Used
 * by the adapter tests (jest), the browser tests and the playground, which install the globals.
 */
import { emptyStats, FakeRequestContext, type HostState, type HostStats } from "./client";
import { snapshotWorkbook } from "./json";
import { PAPER_TYPES } from "./pageLayout";
import type { WorkbookModel } from "./model";
import { FakeWorkbook } from "./workbook";

/** The request context handed to Excel.run's batch function. */
export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application;

  constructor(host: HostState) {
    super(host);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }
}

export type Batch<T> = (context: FakeExcelContext) => Promise<T>;

/** The enums the adapter and the template renderer use, with Office.js's values. */
export const EXCEL_ENUMS = {
  ConditionalFormatType: {
    custom: "Custom",
    cellValue: "CellValue",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    containsText: "ContainsText",
  },
  ConditionalCellValueOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  RangeValueType: { empty: "Empty", string: "String", double: "Double", boolean: "Boolean", error: "Error" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
    diagonalDown: "DiagonalDown",
    diagonalUp: "DiagonalUp",
  },
  BorderLineStyle: {
    none: "None",
    continuous: "Continuous",
    dash: "Dash",
    dashDot: "DashDot",
    dashDotDot: "DashDotDot",
    dot: "Dot",
    double: "Double",
    slantDashDot: "SlantDashDot",
  },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  DataValidationType: {
    none: "None",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    list: "List",
    date: "Date",
    time: "Time",
    textLength: "TextLength",
    custom: "Custom",
    inconsistent: "Inconsistent",
    mixedCriteria: "MixedCriteria",
  },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: PAPER_TYPES,
  NamedItemScope: { worksheet: "Worksheet", workbook: "Workbook" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    rangeExceedsLimit: "RangeExceedsLimit",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
} as const;

export interface FakeExcelOptions {
  /** Simulated round trip per sync in ms (default 0). */
  readonly latencyMs?: number;
  /** Office.context.displayLanguage (default "id-ID"). */
  readonly displayLanguage?: string;
}

export interface FakeOffice {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  readonly HostType: { readonly Excel: "Excel" };
  readonly context: {
    displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, version?: string): boolean };
    readonly document: { readonly settings: FakeSettings };
  };
}

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: "succeeded" }) => void): void;
}

export interface FakeExcel {
  /** The namespace to install as the global `Excel` (run + enums). */
  readonly Excel: typeof EXCEL_ENUMS & {
    run<T>(batch: Batch<T>): Promise<T>;
    run<T>(options: object, batch: Batch<T>): Promise<T>;
  };
  readonly Office: FakeOffice;
  /** The live workbook; tests and the playground read it directly (no sync needed). */
  readonly model: WorkbookModel;
  readonly stats: HostStats;
  resetStats(): void;
  /** While on, every sync fails with InvalidOperationInCellEditMode. */
  setCellEditMode(on: boolean): void;
  /** The canonical JSON text of the workbook (what "byte-identical" compares). */
  snapshot(): string;
  /** Sets the globals Excel and Office (browser playground, e2e); returns a function that removes them. */
  installGlobals(): () => void;
}

export function createFakeExcel(model: WorkbookModel, options: FakeExcelOptions = {}): FakeExcel {
  const host: HostState = { model, stats: emptyStats(), latencyMs: options.latencyMs ?? 0, cellEditMode: false };

  async function run<T>(a: Batch<T> | object, b?: Batch<T>): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as Batch<T>;
    const context = new FakeExcelContext(host);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch returns.
    if (context.pendingOperations > 0) await context.sync();
    return result;
  }

  const settings = new Map<string, unknown>();
  const Office: FakeOffice = {
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: options.displayLanguage ?? "id-ID",
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (name) => (settings.has(name) ? settings.get(name) : null),
          set: (name, value) => void settings.set(name, value),
          remove: (name) => void settings.delete(name),
          saveAsync: (callback) => callback?.({ status: "succeeded" }),
        },
      },
    },
  };

  const Excel = { ...EXCEL_ENUMS, run } as FakeExcel["Excel"];

  return {
    Excel,
    Office,
    model,
    get stats() {
      return host.stats;
    },
    resetStats: () => void (host.stats = emptyStats()),
    setCellEditMode: (on) => void (host.cellEditMode = on),
    snapshot: () => snapshotWorkbook(host.model),
    installGlobals() {
      const g = globalThis as Record<string, unknown>;
      const previous = { Excel: g.Excel, Office: g.Office };
      g.Excel = Excel;
      g.Office = Office;
      return () => {
        g.Excel = previous.Excel;
        g.Office = previous.Office;
      };
    },
  };
}
