/** Excel.Worksheet and the worksheet collection in the fake host. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject, ClientResult, type FakeRequestContext } from "./client";
import { ClientCollection } from "./collection";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { createSheet, findSheet, usedBounds, type SheetModel } from "./model";
import { FakeRange } from "./range";
import { FreezePanes } from "./freezePanes";
import { NamedItemCollection } from "./names";
import type { Leads, Offers } from "./officeTypes";
import { PageLayout } from "./pageLayout";
import { TableCollection } from "./tables";

const INVALID_SHEET_NAME = /[:\\/?*[\]]/;

export function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    INVALID_SHEET_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw invalidArgument(`sheet name "${name}"`);
  }
}

type RangeGetters = "getRange" | "getCell" | "getRangeByIndexes" | "getUsedRange" | "getUsedRangeOrNullObject";

export class FakeWorksheet
  extends ClientObject
  implements
    Offers<Excel.Worksheet, "name" | "id" | "position" | "visibility" | "isNullObject" | "activate" | "delete">,
    Leads<Excel.Worksheet, "load", FakeWorksheet>,
    Leads<Excel.Worksheet, RangeGetters, FakeRange>,
    Leads<Excel.Worksheet, "freezePanes", FreezePanes>,
    Leads<Excel.Worksheet, "tables", TableCollection>,
    Leads<Excel.Worksheet, "names", NamedItemCollection>,
    Leads<Excel.Worksheet, "pageLayout", PageLayout>
{
  readonly freezePanes: FreezePanes;
  readonly tables: TableCollection;
  /** Names scoped to this sheet. */
  readonly names: NamedItemCollection;
  readonly pageLayout: PageLayout;

  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => SheetModel | null,
  ) {
    super(context, "Worksheet");
    this.freezePanes = new FreezePanes(context, () => this.sheet());
    this.tables = new TableCollection(context, () => this.sheet());
    this.names = new NamedItemCollection(context, () => this.sheet());
    this.pageLayout = new PageLayout(context, () => this.sheet());
  }

  protected get scalarProperties(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }
  protected resolveTarget(): unknown {
    return this.resolver();
  }
  private sheet(): SheetModel | null {
    return this._resolve() as SheetModel | null;
  }
  protected readProperty(name: string, target: unknown): unknown {
    const sheet = target as SheetModel;
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return `{sheet-${this.context.model.sheets.indexOf(sheet)}}`;
      case "position":
        return this.context.model.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.act<SheetModel>({ name }, (sheet) => {
      checkSheetName(name);
      const other = findSheet(this.context.model, name);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      if (this.context.model.activeSheet === sheet.name) this.context.model.activeSheet = name;
      sheet.name = name;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.get("visibility");
  }
  /** Excel.SheetVisibility's values are the model's strings. */
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.act<SheetModel>({ visibility: v }, (sheet) => void (sheet.visibility = v as SheetModel["visibility"]));
  }

  private range(fn: (sheet: SheetModel) => Omit<RangeTarget, "sheet"> | null): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const b = sheet ? fn(sheet) : null;
      return sheet && b ? { sheet, ...b } : null;
    });
  }

  /** The whole sheet without an address. */
  getRange(address?: string): FakeRange {
    if (address !== undefined) parseAddress(address); // a bad address fails at once, as in Office.js
    return this.range(() =>
      address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : parseAddress(address),
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.range(() => ({ r0: row, c0: column, r1: row, c1: column }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw invalidArgument("getRangeByIndexes: empty range");
    return this.range(() => ({
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    }));
  }
  /** An empty sheet gives A1, as in Office.js. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range((sheet) => usedBounds(sheet, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = this.range((sheet) => usedBounds(sheet, valuesOnly) ?? null);
    range._queueResolve();
    return range;
  }

  activate(): void {
    this.act<SheetModel>({ activate: true }, (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.activeSheet = sheet.name;
    });
  }
  delete(): void {
    this.act<SheetModel>({ delete: true }, (sheet) => {
      const model = this.context.model;
      if (model.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook needs one sheet.");
      model.sheets = model.sheets.filter((s) => s !== sheet);
      if (model.activeSheet === sheet.name) model.activeSheet = model.sheets[0].name;
    });
  }
}

export class WorksheetCollection
  extends ClientCollection<FakeWorksheet, SheetModel>
  implements
    Offers<Excel.WorksheetCollection, "getCount">,
    Leads<Excel.WorksheetCollection, "load", WorksheetCollection>,
    Leads<Excel.WorksheetCollection, "items", FakeWorksheet[]>,
    Leads<Excel.WorksheetCollection, "getItem" | "getItemOrNullObject" | "add", FakeWorksheet>
{
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }
  protected resolveTarget(): unknown {
    return this.context.model;
  }
  protected models(): SheetModel[] {
    return this.context.model.sheets;
  }
  protected itemFor(model: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => model);
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => {
      const found = findSheet(this.context.model, name);
      if (!found) throw itemNotFound(`Worksheet ${name}`);
      return found;
    });
    sheet._queueResolve();
    return sheet;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => findSheet(this.context.model, name) ?? null);
    sheet._queueResolve();
    return sheet;
  }

  getCount(): ClientResult<number> {
    return this.result(() => this.context.model.sheets.length);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.act({ add: name ?? null }, () => {
      const model = this.context.model;
      const chosen = name ?? nextDefaultName(model.sheets);
      checkSheetName(chosen);
      if (findSheet(model, chosen)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${chosen} exists.`);
      created = createSheet(chosen);
      model.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The worksheet was not created.");
      return created;
    });
  }
}

function nextDefaultName(sheets: readonly SheetModel[]): string {
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  let i = sheets.length + 1;
  while (taken.has(`sheet${i}`)) i++;
  return `Sheet${i}`;
}
