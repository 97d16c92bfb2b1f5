/** Range.format in the fake host: alignment, wrap, column width, fill, font, borders, autofit. */
import { RangeBorders } from "./borders";
import { rangeStyleSink, type RangeTarget } from "./cells";
import type { FakeRequestContext } from "./client";
import type { Leads, Offers } from "./officeTypes";
import { FILL_SPEC, FONT_SPEC, StyleProxy, type Props, type RangeFill, type RangeFont, type StyleSpec } from "./style";

const RANGE_FORMAT_PROPS = [
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "columnWidth",
] as const satisfies Props<Excel.RangeFormat>;

const RANGE_FORMAT_SPEC: StyleSpec = {
  typeName: "RangeFormat",
  props: RANGE_FORMAT_PROPS,
  children: { fill: { prefix: "fill.", spec: FILL_SPEC }, font: { prefix: "font.", spec: FONT_SPEC } },
};

/** Range.format: the style proxy plus borders and autofit. */
export class RangeFormat
  extends StyleProxy
  implements
    Offers<Excel.RangeFormat, (typeof RANGE_FORMAT_PROPS)[number] | "autofitColumns">,
    Leads<Excel.RangeFormat, "fill", RangeFill>,
    Leads<Excel.RangeFormat, "font", RangeFont>,
    Leads<Excel.RangeFormat, "borders", RangeBorders>
{
  readonly borders: RangeBorders;
  // Defined from RANGE_FORMAT_SPEC by StyleProxy; declared here for TypeScript.
  declare horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  declare verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  declare wrapText: boolean;
  declare columnWidth: number;
  declare readonly fill: RangeFill;
  declare readonly font: RangeFont;

  constructor(context: FakeRequestContext, target: () => RangeTarget | null) {
    const sink = () => {
      const t = target();
      return t ? rangeStyleSink(t) : null;
    };
    super(context, RANGE_FORMAT_SPEC, sink, "");
    this.borders = new RangeBorders(context, target);
  }

  autofitColumns(): void {
    this.act({ autofit: "columns" }, () => undefined);
  }
}
