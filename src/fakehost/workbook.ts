/** Excel.Workbook and Excel.Application in the fake host. */
import { parseAddress } from "./address";
import { ClientObject, type FakeRequestContext } from "./client";
import { findSheet, type SheetModel } from "./model";
import { FakeRange } from "./range";
import { NamedItemCollection } from "./names";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheet";

export class FakeApplication extends ClientObject {
  constructor(context: FakeRequestContext) {
    super(context, "Application");
  }
  protected get scalarProperties(): readonly string[] {
    return ["calculationMode"];
  }
  protected resolveTarget(): unknown {
    return this.context.model;
  }
  protected readProperty(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  /** Counted in the host's stats, so tests can see that a writer suspends calculation. */
  suspendApiCalculationUntilNextSync(): void {
    this.act({ suspendApiCalculationUntilNextSync: true }, () => {
      this.context.host.stats.calculationSuspensions++;
    });
  }
}

export class FakeWorkbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  /** Every table of every sheet. */
  readonly tables: TableCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook");
    this.worksheets = new WorksheetCollection(context);
    this.names = new NamedItemCollection(context);
    this.tables = new TableCollection(context);
    this.application = new FakeApplication(context);
  }
  protected get scalarProperties(): readonly string[] {
    return ["name"];
  }
  protected resolveTarget(): unknown {
    return this.context.model;
  }
  protected readProperty(): unknown {
    return "Book1.xlsx";
  }
  get name(): string {
    return this.get("name");
  }

  private activeSheet(): SheetModel {
    const model = this.context.model;
    return findSheet(model, model.activeSheet) ?? model.sheets[0];
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.activeSheet();
      return { sheet, ...parseAddress(sheet.selection) };
    });
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.activeSheet();
      const b = parseAddress(sheet.selection);
      return { sheet, r0: b.r0, c0: b.c0, r1: b.r0, c1: b.c0 };
    });
  }
}
