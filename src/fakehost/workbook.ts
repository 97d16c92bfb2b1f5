/** Excel.Workbook and Excel.Application in the fake host. */
import { ClientObject, type FakeRequestContext } from "./client";
import { NamedItemCollection } from "./names";
import type { Leads, Offers } from "./officeTypes";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheet";

export class FakeApplication
  extends ClientObject
  implements Offers<Excel.Application, "suspendApiCalculationUntilNextSync" | "calculate">
{
  constructor(context: FakeRequestContext) {
    super(context, "Application");
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected resolveTarget(): unknown {
    return this.context.model;
  }
  protected readProperty(): unknown {
    return undefined;
  }
  /** Counted in the host's stats, so tests can see that a writer suspends calculation. */
  suspendApiCalculationUntilNextSync(): void {
    this.act({ suspendApiCalculationUntilNextSync: true }, () => {
      this.context.host.stats.calculationSuspensions++;
    });
  }
  /** Counted in the host's stats (the fake does not calculate: formulas keep their values). */
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.act({ calculate: calculationType }, () => {
      this.context.host.stats.calculations++;
    });
  }
}

export class FakeWorkbook
  extends ClientObject
  implements
    Offers<Excel.Workbook, "name">,
    Leads<Excel.Workbook, "worksheets", WorksheetCollection>,
    Leads<Excel.Workbook, "names", NamedItemCollection>,
    Leads<Excel.Workbook, "tables", TableCollection>,
    Leads<Excel.Workbook, "application", FakeApplication>
{
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
}
