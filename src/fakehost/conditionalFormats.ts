/**
 * Conditional formats in the fake host: Range.conditionalFormats lists the sheet's conditional
 * formats that intersect the range; add(type) creates one over the range; delete() removes it.
 */
import { boundsAddress, intersects, parseAddress } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject, type FakeRequestContext } from "./client";
import { ClientCollection } from "./collection";
import { FakeOfficeError } from "./errors";
import type { ConditionalFormatModel, SheetModel } from "./model";
import type { Leads, Offers } from "./officeTypes";
import { CONDITIONAL_FORMAT_SPEC, StyleProxy, type ConditionalRangeFormat, type StyleSink } from "./style";

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

export class ConditionalFormatCollection
  extends ClientCollection<ConditionalFormat, CfTarget>
  implements
    Leads<Excel.ConditionalFormatCollection, "load", ConditionalFormatCollection>,
    Leads<Excel.ConditionalFormatCollection, "items", ConditionalFormat[]>,
    Leads<Excel.ConditionalFormatCollection, "add", ConditionalFormat>
{
  constructor(
    context: FakeRequestContext,
    private readonly range: () => RangeTarget | null,
  ) {
    super(context, "ConditionalFormatCollection");
  }

  protected resolveTarget(): unknown {
    return this.range();
  }

  protected models(target: unknown): CfTarget[] {
    const t = target as RangeTarget;
    return t.sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => intersects(parseAddress(r), t)))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected itemFor(model: CfTarget): ConditionalFormat {
    return new ConditionalFormat(this.context, () => model);
  }

  /** type: "Custom", "CellValue", … (Excel.ConditionalFormatType). */
  add(type: string): ConditionalFormat {
    let created: CfTarget | undefined;
    this.act<RangeTarget>({ add: type }, (t) => {
      const cf: ConditionalFormatModel = { type, ranges: [boundsAddress(t)], rule: {}, format: {} };
      t.sheet.conditionalFormats.push(cf);
      created = { sheet: t.sheet, cf };
    });
    return new ConditionalFormat(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidOperation", "The conditional format was not created.");
      return created;
    });
  }
}

export class ConditionalFormat
  extends ClientObject
  implements
    Offers<Excel.ConditionalFormat, "type" | "delete">,
    Leads<Excel.ConditionalFormat, "load", ConditionalFormat>,
    Leads<Excel.ConditionalFormat, "custom", CustomConditionalFormat>
{
  private customProxy: CustomConditionalFormat | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "ConditionalFormat");
  }

  protected get scalarProperties(): readonly string[] {
    return ["type"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(_name: string, target: unknown): unknown {
    return (target as CfTarget).cf.type;
  }
  protected override navigate(name: string): ClientObject {
    if (name === "custom") return this.custom;
    return super.navigate(name);
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.get("type");
  }
  get custom(): CustomConditionalFormat {
    return (this.customProxy ??= new CustomConditionalFormat(this.context, () => this._resolve() as CfTarget));
  }

  delete(): void {
    this.act<CfTarget>({ delete: true }, ({ sheet, cf }) => {
      // splice, not filter: deleting 26,000 marks one by one must not copy the list each time
      const index = sheet.conditionalFormats.indexOf(cf);
      if (index >= 0) sheet.conditionalFormats.splice(index, 1);
    });
  }
}

function formatSink(target: () => CfTarget): () => StyleSink {
  return () => {
    const { cf } = target();
    return {
      get: (path) => cf.format[path] ?? null,
      set: (path, value) => {
        if (value === undefined) delete cf.format[path];
        else cf.format[path] = value;
      },
    };
  };
}

/** ConditionalFormat.custom: rule.formula and format. */
export class CustomConditionalFormat
  extends ClientObject
  implements
    Leads<Excel.CustomConditionalFormat, "rule", ConditionalFormatRule>,
    Leads<Excel.CustomConditionalFormat, "format", ConditionalRangeFormat>
{
  readonly rule: ConditionalFormatRule;
  readonly format: ConditionalRangeFormat;

  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "CustomConditionalFormat");
    this.rule = new ConditionalFormatRule(context, target);
    this.format = new StyleProxy(context, CONDITIONAL_FORMAT_SPEC, formatSink(target), "") as ConditionalRangeFormat;
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(): unknown {
    return undefined;
  }
  protected override navigate(name: string): ClientObject {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return super.navigate(name);
  }
}

export class ConditionalFormatRule
  extends ClientObject
  implements
    Offers<Excel.ConditionalFormatRule, "formula">,
    Leads<Excel.ConditionalFormatRule, "load", ConditionalFormatRule>
{
  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "ConditionalFormatRule");
  }
  protected get scalarProperties(): readonly string[] {
    return ["formula"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(_name: string, target: unknown): unknown {
    return (target as CfTarget).cf.rule.formula ?? "";
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(formula: string) {
    this.act<CfTarget>({ formula }, ({ cf }) => void (cf.rule.formula = formula));
  }
}
