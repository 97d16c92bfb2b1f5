/**
 * createFakeExcel(workbook): an in-memory Excel with Office.js's `Excel.run` and load/sync
 * semantics, plus a minimal `Office` (onReady, context.displayLanguage and requirements). Used
 * by the adapter tests (jest), the browser tests and the playground, which install the globals.
 */
import { emptyStats, FakeRequestContext, type HostState, type HostStats } from "./client";
import { snapshotWorkbook } from "./json";
import { PAPER_TYPES } from "./pageLayout";
import type { WorkbookModel } from "./model";
import type { EnumOf, Leads, Offers } from "./officeTypes";
import { FakeApplication, FakeWorkbook } from "./workbook";

/** The request context handed to Excel.run's batch function. */
export class FakeExcelContext
  extends FakeRequestContext
  implements
    Offers<Excel.RequestContext, "sync">,
    Leads<Excel.RequestContext, "workbook", FakeWorkbook>,
    Leads<Excel.RequestContext, "application", FakeApplication>
{
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(host: HostState) {
    super(host);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }
}

export type Batch<T> = (context: FakeExcelContext) => Promise<T>;

/** The enums src/excel uses, with Office.js's values (checked against @types/office-js). */
const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: "Custom" } satisfies EnumOf<typeof Excel.ConditionalFormatType>,
  SheetVisibility: {
    visible: "Visible",
    hidden: "Hidden",
    veryHidden: "VeryHidden",
  } satisfies EnumOf<typeof Excel.SheetVisibility>,
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
  } satisfies EnumOf<typeof Excel.HorizontalAlignment>,
  VerticalAlignment: {
    top: "Top",
    center: "Center",
    bottom: "Bottom",
  } satisfies EnumOf<typeof Excel.VerticalAlignment>,
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
    diagonalDown: "DiagonalDown",
    diagonalUp: "DiagonalUp",
  } satisfies EnumOf<typeof Excel.BorderIndex>,
  BorderLineStyle: {
    none: "None",
    continuous: "Continuous",
    dash: "Dash",
    dashDot: "DashDot",
    dashDotDot: "DashDotDot",
    dot: "Dot",
    double: "Double",
    slantDashDot: "SlantDashDot",
  } satisfies EnumOf<typeof Excel.BorderLineStyle>,
  DataValidationAlertStyle: {
    stop: "Stop",
    warning: "Warning",
    information: "Information",
  } satisfies EnumOf<typeof Excel.DataValidationAlertStyle>,
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" } satisfies EnumOf<typeof Excel.PageOrientation>,
  PaperType: PAPER_TYPES,
} as const;

export interface FakeExcelOptions {
  /** Simulated round trip per sync in ms (default 0). */
  readonly latencyMs?: number;
  /** Office.context.displayLanguage (default "id-ID"). */
  readonly displayLanguage?: string;
}

/** What Office.onReady reports: Excel on the web, with Office.js's values. */
interface FakeHostInfo {
  readonly host: `${Office.HostType.Excel}`;
  readonly platform: `${Office.PlatformType.OfficeOnline}`;
}

export interface FakeOffice {
  onReady(callback?: (info: FakeHostInfo) => void): Promise<FakeHostInfo>;
  readonly context: {
    displayLanguage: Office.Context["displayLanguage"];
    readonly requirements: Offers<Office.RequirementSetSupport, "isSetSupported">;
  };
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

  const Office: FakeOffice = {
    onReady(callback) {
      const info: FakeHostInfo = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? "id-ID",
      requirements: { isSetSupported: () => true },
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
