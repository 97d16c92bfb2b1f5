/** Worksheet.tables and Workbook.names in the fake host (what the template renderer may use). */
import { boundsAddress, parseAddress, quoteSheetName } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject, type FakeRequestContext } from "./client";
import { ClientCollection } from "./collection";
import { FakeOfficeError } from "./errors";
import type { NameModel, SheetModel, TableModel, WorkbookModel } from "./model";
import type { FakeRange } from "./range";

/** A range argument: a Range proxy (resolved at sync time) or an address on the given sheet. */
function rangeAddress(ref: FakeRange | string, sheet: SheetModel | undefined): { sheet?: SheetModel; address: string } {
  if (typeof ref !== "string") {
    const t = ref._resolve() as RangeTarget;
    return { sheet: t.sheet, address: boundsAddress(t) };
  }
  const bang = ref.lastIndexOf("!");
  const local = bang >= 0 ? ref.slice(bang + 1) : ref;
  return { sheet, address: boundsAddress(parseAddress(local)) };
}

function allTables(model: WorkbookModel): TableModel[] {
  return model.sheets.flatMap((s) => s.tables);
}

export class TableCollection extends ClientCollection<FakeTable, TableModel> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(context, "TableCollection");
  }
  protected resolveTarget(): unknown {
    return this.sheet();
  }
  protected models(target: unknown): TableModel[] {
    return (target as SheetModel).tables;
  }
  protected itemFor(model: TableModel): FakeTable {
    return new FakeTable(this.context, () => model);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.act<SheetModel>({ add: typeof address === "string" ? address : "range", hasHeaders }, (sheet) => {
      const { address: range } = rangeAddress(address, sheet);
      const names = new Set(allTables(this.context.model).map((t) => t.name.toLowerCase()));
      let i = 1;
      while (names.has(`table${i}`)) i++;
      created = { name: `Table${i}`, range, hasHeaders };
      sheet.tables.push(created);
    });
    return new FakeTable(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The table was not created.");
      return created;
    });
  }
}

export class FakeTable extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly target: () => TableModel,
  ) {
    super(context, "Table");
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "style"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const t = target as TableModel;
    return name === "name" ? t.name : (t.style ?? "TableStyleMedium2");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.act<TableModel>({ name }, (t) => {
      if (allTables(this.context.model).some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A table named ${name} exists.`);
      }
      t.name = name;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.act<TableModel>({ style }, (t) => void (t.style = style));
  }
}

export class NamedItemCollection extends ClientCollection<NamedItem, NameModel> {
  constructor(context: FakeRequestContext) {
    super(context, "NamedItemCollection");
  }
  protected resolveTarget(): unknown {
    return this.context.model;
  }
  protected models(): NameModel[] {
    return this.context.model.names;
  }
  protected itemFor(model: NameModel): NamedItem {
    return new NamedItem(this.context, () => model);
  }
  /** reference: a Range proxy or a formula such as "=Sheet1!$A$1:$A$9". */
  add(name: string, reference: FakeRange | string, comment?: string): NamedItem {
    let created: NameModel | undefined;
    this.act({ add: name, reference: typeof reference === "string" ? reference : "range", comment }, () => {
      const model = this.context.model;
      if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A name ${name} exists.`);
      }
      let ref: string;
      if (typeof reference === "string") ref = reference;
      else {
        const t = reference._resolve() as RangeTarget;
        ref = `=${quoteSheetName(t.sheet.name)}!${boundsAddress(t)}`;
      }
      created = { name, reference: ref };
      model.names.push(created);
    });
    return new NamedItem(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The name was not created.");
      return created;
    });
  }
}

export class NamedItem extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly target: () => NameModel,
  ) {
    super(context, "NamedItem");
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "formula"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const n = target as NameModel;
    return name === "name" ? n.name : n.reference;
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
}
