/**
 * Range.format.borders.getItem(index): a RangeBorder (style, color) that writes the edge
 * where Excel draws it. Each cell keeps its own four edges and two diagonals
 * ("borders.EdgeTop.style" …): EdgeTop is the top edge of the range's first row, EdgeRight the
 * right edge of its last column, InsideHorizontal the edges between its rows (bottom of each row
 * but the last, top of each row but the first), InsideVertical likewise between its columns.
 * Reading gives the value shared by every cell edge concerned, null when they differ. An index
 * that is not an Excel.BorderIndex fails at sync with InvalidArgument.
 */
import { cellCount, rangeStyleSink, type RangeTarget } from "./cells";
import type { FakeRequestContext } from "./client";
import { invalidArgument } from "./errors";
import type { Leads, Offers } from "./officeTypes";
import { StyleProxy, type Props, type StyleSink, type StyleSpec, type StyleValue } from "./style";

const BORDER_PROPS = ["style", "color"] as const satisfies Props<Excel.RangeBorder>;
const BORDER_SPEC: StyleSpec = { typeName: "RangeBorder", props: BORDER_PROPS };
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];

/** The cells and cell edges an index stands for; empty parts (no inside edge in one row) are skipped. */
function parts(t: RangeTarget, index: string): Array<{ cells: RangeTarget; edge: string }> {
  const row = (r: number) => ({ ...t, r0: r, r1: r });
  const col = (c: number) => ({ ...t, c0: c, c1: c });
  switch (index) {
    case "EdgeTop":
      return [{ cells: row(t.r0), edge: "EdgeTop" }];
    case "EdgeBottom":
      return [{ cells: row(t.r1), edge: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ cells: col(t.c0), edge: "EdgeLeft" }];
    case "EdgeRight":
      return [{ cells: col(t.c1), edge: "EdgeRight" }];
    case "InsideHorizontal":
      return t.r0 === t.r1
        ? []
        : [
            { cells: { ...t, r1: t.r1 - 1 }, edge: "EdgeBottom" },
            { cells: { ...t, r0: t.r0 + 1 }, edge: "EdgeTop" },
          ];
    case "InsideVertical":
      return t.c0 === t.c1
        ? []
        : [
            { cells: { ...t, c1: t.c1 - 1 }, edge: "EdgeRight" },
            { cells: { ...t, c0: t.c0 + 1 }, edge: "EdgeLeft" },
          ];
    case "DiagonalDown":
    case "DiagonalUp":
      return [{ cells: t, edge: index }];
    default:
      throw invalidArgument(`borders.getItem("${index}")`);
  }
}

function borderSink(t: RangeTarget, index: string): StyleSink {
  const ps = parts(t, index);
  return {
    get(path) {
      let first: StyleValue | null | undefined;
      for (const { cells, edge } of ps) {
        const v = rangeStyleSink(cells).get(`borders.${edge}.${path}`) ?? defaultOf(path);
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
      return first ?? defaultOf(path);
    },
    set(path, value) {
      if (path === "style" && value !== undefined && !LINE_STYLES.includes(String(value))) {
        throw invalidArgument(`border style "${String(value)}"`);
      }
      for (const { cells, edge } of ps) {
        if (cellCount(cells) > 0) rangeStyleSink(cells).set(`borders.${edge}.${path}`, value);
      }
    },
  };
}

/** What an edge without a border reports, as Excel does. */
function defaultOf(path: string): StyleValue | null {
  if (path === "style") return "None";
  if (path === "color") return "#000000";
  return null;
}

/** Range.format.borders.getItem(index): its properties are defined from BORDER_SPEC. */
export class RangeBorder extends StyleProxy implements Offers<Excel.RangeBorder, (typeof BORDER_PROPS)[number]> {
  declare style: Excel.RangeBorder["style"];
  declare color: string;
}

export class RangeBorders implements Leads<Excel.RangeBorderCollection, "getItem", RangeBorder> {
  private readonly items = new Map<string, RangeBorder>();

  constructor(
    private readonly context: FakeRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}

  getItem(index: string): RangeBorder {
    let item = this.items.get(index);
    if (!item) {
      item = new RangeBorder(
        this.context,
        BORDER_SPEC,
        () => {
          const t = this.target();
          return t ? borderSink(t, index) : null;
        },
        "",
      );
      this.items.set(index, item);
    }
    return item;
  }
}
