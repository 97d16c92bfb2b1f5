/**
 * Conditional formats in the fake host: Range.conditionalFormats lists the sheet's conditional
 * formats that intersect the range; add(type) creates one over the range; delete() removes it.
 */
import { boundsAddress, intersects, parseAddress } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject, ClientResult, type FakeRequestContext } from "./client";
import { ClientCollection } from "./collection";
import { FakeOfficeError } from "./errors";
import type { ConditionalFormatModel, SheetModel } from "./model";
import { CONDITIONAL_FORMAT_SPEC, StyleProxy, type StyleSink } from "./style";

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

export class ConditionalFormatCollection extends ClientCollection<ConditionalFormat, CfTarget> {
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

  getCount(): ClientResult<number> {
    return this.result<RangeTarget, number>((t) => this.models(t).length);
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, () => {
      const t = this._resolve() as RangeTarget | null;
      const found = t ? this.models(t)[index] : undefined;
      if (!found) throw new FakeOfficeError("ItemNotFound", `No conditional format at ${index}.`);
      return found;
    });
  }

  clearAll(): void {
    this.act<RangeTarget>({ clearAll: true }, (t) => {
      const doomed = new Set(this.models(t).map((m) => m.cf));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
    });
  }
}

export class ConditionalFormat extends ClientObject {
  private customProxy: CustomConditionalFormat | undefined;
  private cellValueProxy: CellValueConditionalFormat | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "ConditionalFormat");
  }

  protected get scalarProperties(): readonly string[] {
    return ["type", "priority", "stopIfTrue"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const { sheet, cf } = target as CfTarget;
    if (name === "type") return cf.type;
    if (name === "priority") return sheet.conditionalFormats.indexOf(cf);
    return cf.stopIfTrue ?? false;
  }
  protected override navigate(name: string): ClientObject {
    if (name === "custom") return this.custom;
    if (name === "cellValue") return this.cellValue;
    return super.navigate(name);
  }

  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(on: boolean) {
    this.act<CfTarget>({ stopIfTrue: on }, ({ cf }) => void (cf.stopIfTrue = on));
  }
  get custom(): CustomConditionalFormat {
    return (this.customProxy ??= new CustomConditionalFormat(this.context, () => this._resolve() as CfTarget));
  }
  get cellValue(): CellValueConditionalFormat {
    return (this.cellValueProxy ??= new CellValueConditionalFormat(this.context, () => this._resolve() as CfTarget));
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
export class CustomConditionalFormat extends ClientObject {
  readonly rule: ConditionalFormatRule;
  readonly format: StyleProxy;

  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "CustomConditionalFormat");
    this.rule = new ConditionalFormatRule(context, target);
    this.format = new StyleProxy(context, CONDITIONAL_FORMAT_SPEC, formatSink(target), "");
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

export class ConditionalFormatRule extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "ConditionalFormatRule");
  }
  protected get scalarProperties(): readonly string[] {
    return ["formula", "formulaLocal", "formulaR1C1"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const { cf } = target as CfTarget;
    return cf.rule[name === "formulaLocal" ? "formula" : name] ?? "";
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(formula: string) {
    this.act<CfTarget>({ formula }, ({ cf }) => void (cf.rule.formula = formula));
  }
  get formulaLocal(): string {
    return this.get("formulaLocal");
  }
  set formulaLocal(formula: string) {
    this.act<CfTarget>({ formula }, ({ cf }) => void (cf.rule.formula = formula));
  }
}

/** ConditionalFormat.cellValue: rule { formula1, formula2?, operator } and format. */
export class CellValueConditionalFormat extends ClientObject {
  readonly format: StyleProxy;

  constructor(
    context: FakeRequestContext,
    private readonly target: () => CfTarget,
  ) {
    super(context, "CellValueConditionalFormat");
    this.format = new StyleProxy(context, CONDITIONAL_FORMAT_SPEC, formatSink(target), "");
  }
  protected get scalarProperties(): readonly string[] {
    return ["rule"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(_name: string, target: unknown): unknown {
    return { ...(target as CfTarget).cf.rule };
  }
  protected override navigate(name: string): ClientObject {
    if (name === "format") return this.format;
    return super.navigate(name);
  }
  get rule(): Record<string, string> {
    return this.get("rule");
  }
  set rule(rule: Record<string, string>) {
    this.act<CfTarget>({ rule }, ({ cf }) => void (cf.rule = { ...rule }));
  }
}
