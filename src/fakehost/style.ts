/**
 * Format proxies (fill, font, alignment …; borders in borders.ts) shared by ranges and conditional formats.
 * Each writes "path" keys ("fill.color", "font.bold") into a StyleSink: the cells of a range, or
 * the format record of a conditional format. Adding a format property is one entry in a list.
 */
import { ClientObject, type FakeRequestContext } from "./client";
import type { Offers } from "./officeTypes";

export type StyleValue = string | number | boolean;

/** Where format properties live, resolved at sync time. */
export interface StyleSink {
  get(path: string): StyleValue | null;
  set(path: string, value: StyleValue | undefined): void;
}

export interface StyleSpec {
  readonly typeName: string;
  readonly props: readonly string[];
  /** Navigation properties: name -> spec of the child proxy, with its path prefix. */
  readonly children?: Readonly<Record<string, { prefix: string; spec: StyleSpec }>>;
}

/** The property names of an Office.js format class, checked by the compiler (`satisfies Props<Excel.RangeFill>`). */
export type Props<T> = readonly (keyof T & string)[];

const FILL_PROPS = ["color", "pattern"] as const satisfies Props<Excel.RangeFill>;
const FONT_PROPS = [
  "bold",
  "italic",
  "color",
  "size",
  "name",
  "underline",
  "strikethrough",
] as const satisfies Props<Excel.RangeFont>;
export const FILL_SPEC: StyleSpec = { typeName: "RangeFill", props: FILL_PROPS };
export const FONT_SPEC: StyleSpec = { typeName: "RangeFont", props: FONT_PROPS };
export type RangeFill = StyleProxy & Offers<Excel.RangeFill, (typeof FILL_PROPS)[number]>;
export type RangeFont = StyleProxy & Offers<Excel.RangeFont, (typeof FONT_PROPS)[number]>;

/**
 * A proxy whose properties read and write a StyleSink. Properties are defined from the spec so the
 * fake grows by adding names, not code.
 */
export class StyleProxy extends ClientObject {
  private readonly children = new Map<string, StyleProxy>();

  constructor(
    context: FakeRequestContext,
    private readonly spec: StyleSpec,
    private readonly sink: () => StyleSink | null,
    private readonly prefix: string,
  ) {
    super(context, spec.typeName);
    for (const prop of spec.props) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this.get(prop),
        set: (value: StyleValue) => this.act<StyleSink>({ [prop]: value }, (s) => s.set(prefix + prop, value)),
      });
    }
    for (const name of Object.keys(spec.children ?? {})) {
      Object.defineProperty(this, name, { enumerable: false, get: () => this.navigate(name) });
    }
  }

  protected get scalarProperties(): readonly string[] {
    return this.spec.props;
  }

  protected resolveTarget(): unknown {
    return this.sink();
  }

  protected readProperty(name: string, target: unknown): unknown {
    return (target as StyleSink).get(this.prefix + name);
  }

  protected override navigate(name: string): StyleProxy {
    const child = this.spec.children?.[name];
    if (!child) return super.navigate(name) as StyleProxy;
    let proxy = this.children.get(name);
    if (!proxy) {
      proxy = new StyleProxy(this.context, child.spec, this.sink, this.prefix + child.prefix);
      this.children.set(name, proxy);
    }
    return proxy;
  }
}

/** A conditional format's fill and font offer less than a range's: no pattern, no font name or size. */
const CONDITIONAL_FILL_PROPS = ["color"] as const satisfies Props<Excel.ConditionalRangeFill>;
const CONDITIONAL_FONT_PROPS = [
  "bold",
  "italic",
  "color",
  "underline",
  "strikethrough",
] as const satisfies Props<Excel.ConditionalRangeFont>;
const CONDITIONAL_FORMAT_PROPS = ["numberFormat"] as const satisfies Props<Excel.ConditionalRangeFormat>;

/** The format of a conditional format: fill, font, numberFormat. */
export const CONDITIONAL_FORMAT_SPEC: StyleSpec = {
  typeName: "ConditionalRangeFormat",
  props: CONDITIONAL_FORMAT_PROPS,
  children: {
    fill: { prefix: "fill.", spec: { typeName: "ConditionalRangeFill", props: CONDITIONAL_FILL_PROPS } },
    font: { prefix: "font.", spec: { typeName: "ConditionalRangeFont", props: CONDITIONAL_FONT_PROPS } },
  },
};

export type ConditionalRangeFormat = StyleProxy &
  Offers<Excel.ConditionalRangeFormat, (typeof CONDITIONAL_FORMAT_PROPS)[number]> & {
    readonly fill: StyleProxy & Offers<Excel.ConditionalRangeFill, (typeof CONDITIONAL_FILL_PROPS)[number]>;
    readonly font: StyleProxy & Offers<Excel.ConditionalRangeFont, (typeof CONDITIONAL_FONT_PROPS)[number]>;
  };
