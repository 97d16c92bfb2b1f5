/**
 * Workbook.names and Worksheet.names (NamedItemCollection): add(name, reference, comment) defines
 * a name, in the workbook or scoped to one sheet. As in Excel, a name is unique within its scope
 * (case-insensitive), a sheet-scoped name may repeat a workbook name, and a name must not look
 * like a cell reference.
 */
import { absoluteAddress, quoteSheetName } from "./address";
import { ClientObject, type FakeRequestContext } from "./client";
import { ClientCollection } from "./collection";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import type { NameModel, SheetModel } from "./model";
import type { Leads, Offers } from "./officeTypes";
import { resolveRangeArg, type RangeArg } from "./rangeArg";

/** Where names live: the workbook (sheet null) or one sheet. */
interface NameScope {
  readonly names: NameModel[];
  readonly sheet: SheetModel | null;
}

interface NameTarget {
  readonly scope: NameScope;
  readonly item: NameModel;
}

const NAME_SHAPE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_R1C1 = /^[Rr]\d*[Cc]\d*$|^[RrCc]$/;

export function checkDefinedName(name: string): void {
  if (name.length > 255 || !NAME_SHAPE.test(name) || LOOKS_A1.test(name) || LOOKS_R1C1.test(name)) {
    throw invalidArgument(`name "${name}"`);
  }
}

export class NamedItemCollection
  extends ClientCollection<NamedItem, NameTarget>
  implements
    Leads<Excel.NamedItemCollection, "load", NamedItemCollection>,
    Leads<Excel.NamedItemCollection, "items", NamedItem[]>,
    Leads<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject", NamedItem>
{
  /** sheet: the sheet of Worksheet.names; absent for Workbook.names. */
  constructor(
    context: FakeRequestContext,
    private readonly sheet?: () => SheetModel | null,
  ) {
    super(context, "NamedItemCollection");
  }
  protected resolveTarget(): unknown {
    if (!this.sheet) return { names: this.context.model.names, sheet: null } satisfies NameScope;
    const sheet = this.sheet();
    return sheet ? ({ names: sheet.names, sheet } satisfies NameScope) : null;
  }
  protected models(target: unknown): NameTarget[] {
    const scope = target as NameScope;
    return scope.names.map((item) => ({ scope, item }));
  }
  protected itemFor(model: NameTarget): NamedItem {
    return new NamedItem(this.context, () => model);
  }

  /** reference: a Range or a formula such as "=Sheet1!$A$1:$A$9" (names on the scope's sheet by default). */
  add(name: string, reference: RangeArg, comment?: string): NamedItem {
    let created: NameTarget | undefined;
    const payload = { add: name, reference: typeof reference === "string" ? reference : "range", comment };
    this.act<NameScope>(payload, (scope) => {
      checkDefinedName(name);
      if (scope.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A name ${name} exists.`);
      }
      const item: NameModel = { name, reference: this.formulaOf(reference, scope) };
      if (comment !== undefined && comment !== "") item.comment = comment;
      scope.names.push(item);
      created = { scope, item };
    });
    return new NamedItem(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The name was not created.");
      return created;
    });
  }

  getItem(name: string): NamedItem {
    const item = new NamedItem(this.context, () => {
      const found = this.find(name);
      if (!found) throw itemNotFound(`Name ${name}`);
      return found;
    });
    item._queueResolve();
    return item;
  }

  getItemOrNullObject(name: string): NamedItem {
    const item = new NamedItem(this.context, () => this.find(name) ?? null);
    item._queueResolve();
    return item;
  }

  private find(name: string): NameTarget | undefined {
    const scope = this._resolve() as NameScope | null;
    const item = scope?.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    return scope && item ? { scope, item } : undefined;
  }

  private formulaOf(reference: RangeArg, scope: NameScope): string {
    if (typeof reference === "string" && !reference.includes("!")) {
      // A constant or formula without a sheet reference is kept as given ("=0.11", "=\"text\"").
      return reference.startsWith("=") ? reference : `=${reference}`;
    }
    const r = resolveRangeArg(reference, this.context.model, scope.sheet ?? undefined, "names.add");
    return `=${quoteSheetName(r.sheet.name)}!${absoluteAddress(r)}`;
  }
}

export class NamedItem
  extends ClientObject
  implements
    Offers<Excel.NamedItem, "name" | "formula" | "comment" | "scope" | "type" | "delete">,
    Leads<Excel.NamedItem, "load", NamedItem>
{
  constructor(
    context: FakeRequestContext,
    private readonly target: () => NameTarget | null,
  ) {
    super(context, "NamedItem");
  }
  protected get scalarProperties(): readonly string[] {
    return ["name", "formula", "comment", "scope", "type"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const { scope, item } = target as NameTarget;
    switch (name) {
      case "name":
        return item.name;
      case "formula":
        return item.reference;
      case "comment":
        return item.comment ?? "";
      case "scope":
        return scope.sheet ? "Worksheet" : "Workbook";
      default:
        return nameType(item.reference);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  get scope(): Excel.NamedItem["scope"] {
    return this.get("scope");
  }
  get type(): Excel.NamedItem["type"] {
    return this.get("type");
  }
  delete(): void {
    this.act<NameTarget>({ delete: true }, ({ scope, item }) => {
      scope.names.splice(scope.names.indexOf(item), 1);
    });
  }
}

/**
 * Excel.NamedItemType: the type of the value the name's formula gives. The fake knows it for a
 * reference and a constant; it does not calculate, so any other formula fails loudly.
 */
function nameType(reference: string): Excel.NamedItem["type"] {
  const body = reference.replace(/^=/, "");
  if (body.includes("!")) return "Range";
  if (/^-?\d+(\.\d+)?$/.test(body)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^".*"$/.test(body)) return "String";
  throw new FakeOfficeError("GeneralException", `The fake host does not calculate the name's formula ${reference}.`);
}
