/**
 * Workbook.tables and Worksheet.tables in the fake host. As in Excel: table names are unique in
 * the workbook (and differ from workbook names), a table may not overlap another table or merged
 * cells, and empty or repeated header cells get "Column1", "Column2", … written into them.
 * Not modelled: the header row Excel inserts above a range added with hasHeaders = false.
 */
import { boundsAddress, intersects, parseAddress } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject, type FakeRequestContext } from "./client";
import { ClientCollection } from "./collection";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { getCell, setCell, type SheetModel, type TableModel, type WorkbookModel } from "./model";
import type { Leads, Offers } from "./officeTypes";
import { FakeRange } from "./range";
import { resolveRangeArg, type RangeArg } from "./rangeArg";

interface TableTarget {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

/** Letters, digits, underscores and periods, starting with a letter, underscore or backslash; not a cell reference. */
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

function allTables(model: WorkbookModel): TableTarget[] {
  return model.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

function checkTableName(model: WorkbookModel, name: string, self?: TableModel): void {
  if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw invalidArgument(`table name "${name}"`);
  }
  const key = name.toLowerCase();
  const clash =
    allTables(model).some(({ table }) => table !== self && table.name.toLowerCase() === key) ||
    model.names.some((n) => n.name.toLowerCase() === key);
  if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A table or name ${name} exists.`);
}

/** Header cells: text; empty or repeated ones get Excel's "ColumnN" names. */
function writeHeaders(sheet: SheetModel, t: RangeTarget): void {
  const seen = new Set<string>();
  for (let c = t.c0; c <= t.c1; c++) {
    const cell = getCell(sheet, t.r0, c) ?? {};
    let text = cell.v === undefined ? "" : String(typeof cell.v === "object" ? cell.v.e : cell.v);
    if (text === "" || seen.has(text.toLowerCase())) {
      let i = c - t.c0 + 1;
      while (seen.has(`column${i}`)) i++;
      text = `Column${i}`;
    }
    seen.add(text.toLowerCase());
    const copy = { ...cell, v: text };
    delete copy.f;
    setCell(sheet, t.r0, c, copy);
  }
}

export class TableCollection
  extends ClientCollection<FakeTable, TableTarget>
  implements
    Leads<Excel.TableCollection, "load", TableCollection>,
    Leads<Excel.TableCollection, "items", FakeTable[]>,
    Leads<Excel.TableCollection, "add" | "getItem", FakeTable>
{
  /** sheet: the sheet of Worksheet.tables; absent for Workbook.tables. */
  constructor(
    context: FakeRequestContext,
    private readonly sheet?: () => SheetModel | null,
  ) {
    super(context, "TableCollection");
  }
  protected resolveTarget(): unknown {
    return this.sheet ? this.sheet() : this.context.model;
  }
  protected models(target: unknown): TableTarget[] {
    if (!this.sheet) return allTables(target as WorkbookModel);
    const sheet = target as SheetModel;
    return sheet.tables.map((table) => ({ sheet, table }));
  }
  protected itemFor(model: TableTarget): FakeTable {
    return new FakeTable(this.context, () => model);
  }

  /** address: a Range, or an address (with the sheet for Workbook.tables). */
  add(address: RangeArg, hasHeaders: boolean): FakeTable {
    let created: TableTarget | undefined;
    this.act({ add: typeof address === "string" ? address : "range", hasHeaders }, (target) => {
      const model = this.context.model;
      const where = this.sheet ? (target as SheetModel) : undefined;
      const t = resolveRangeArg(address, model, where, "tables.add");
      if (where && t.sheet !== where) throw invalidArgument("tables.add: the range is on another sheet");
      if (t.sheet.tables.some((o) => intersects(parseAddress(o.range), t))) {
        throw new FakeOfficeError("InvalidOperation", "A table cannot overlap another table.");
      }
      if (t.sheet.merges.some((m) => intersects(parseAddress(m), t))) {
        throw new FakeOfficeError("InvalidOperation", "A table cannot overlap a range that contains merged cells.");
      }
      const taken = new Set(allTables(model).map(({ table }) => table.name.toLowerCase()));
      let i = 1;
      while (taken.has(`table${i}`)) i++;
      if (hasHeaders) writeHeaders(t.sheet, t);
      const table: TableModel = { name: `Table${i}`, range: boundsAddress(t), hasHeaders };
      t.sheet.tables.push(table);
      created = { sheet: t.sheet, table };
    });
    return new FakeTable(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The table was not created.");
      return created;
    });
  }

  getItem(name: string): FakeTable {
    const table = new FakeTable(this.context, () => {
      const found = this.models(this._resolve()).find((t) => t.table.name.toLowerCase() === name.toLowerCase());
      if (!found) throw itemNotFound(`Table ${name}`);
      return found;
    });
    table._queueResolve();
    return table;
  }
}

export class FakeTable
  extends ClientObject
  implements
    Offers<Excel.Table, "name" | "style" | "showHeaders">,
    Leads<Excel.Table, "load", FakeTable>,
    Leads<Excel.Table, "getRange", FakeRange>
{
  constructor(
    context: FakeRequestContext,
    private readonly target: () => TableTarget,
  ) {
    super(context, "Table");
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "style", "showHeaders"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const { table } = target as TableTarget;
    if (name === "name") return table.name;
    if (name === "showHeaders") return table.hasHeaders;
    return table.style ?? "TableStyleMedium2";
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.act<TableTarget>({ name }, ({ table }) => {
      checkTableName(this.context.model, name, table);
      table.name = name;
    });
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.act<TableTarget>({ style }, ({ table }) => void (table.style = style));
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  /** The table's range, header row included. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, table } = this._resolve() as TableTarget;
      return { sheet, ...parseAddress(table.range) };
    });
  }
}
