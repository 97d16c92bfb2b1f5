/**
 * Worksheet.pageLayout: orientation, paperSize, zoom, printGridlines, and the print area and
 * print titles (setPrintArea, setPrintTitleRows, setPrintTitleColumns and their getters). Values
 * are checked against Excel's enums; print titles always cover entire rows or columns, as Excel
 * stores them.
 */
import { absoluteAddress, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { ClientObject, type FakeRequestContext } from "./client";
import { invalidArgument } from "./errors";
import type { PageLayoutModel, SheetModel } from "./model";
import type { EnumOf, Leads, Offers } from "./officeTypes";
import { FakeRange } from "./range";
import { resolveRangeArg, type RangeArg } from "./rangeArg";

const ORIENTATIONS = ["Portrait", "Landscape"];
export const PAPER_TYPES = {
  letter: "Letter",
  letterSmall: "LetterSmall",
  tabloid: "Tabloid",
  ledger: "Ledger",
  legal: "Legal",
  statement: "Statement",
  executive: "Executive",
  a3: "A3",
  a4: "A4",
  a4Small: "A4Small",
  a5: "A5",
  b4: "B4",
  b5: "B5",
  folio: "Folio",
  quatro: "Quatro",
} as const satisfies EnumOf<typeof Excel.PaperType>;
const PAPERS: readonly string[] = Object.values(PAPER_TYPES);

type Zoom = NonNullable<PageLayoutModel["zoom"]>;

type PageLayoutProps = "orientation" | "paperSize" | "zoom" | "printGridlines";

export class PageLayout
  extends ClientObject
  implements
    Offers<Excel.PageLayout, PageLayoutProps | "setPrintArea" | "setPrintTitleRows" | "setPrintTitleColumns">,
    Leads<Excel.PageLayout, "load", PageLayout>,
    Leads<Excel.PageLayout, "getPrintTitleRowsOrNullObject", FakeRange>
{
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(context, "PageLayout");
  }
  protected get scalarProperties(): readonly string[] {
    return ["orientation", "paperSize", "zoom", "printGridlines"];
  }
  protected resolveTarget(): unknown {
    return this.sheet();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const p = (target as SheetModel).pageLayout ?? {};
    if (name === "orientation") return p.orientation ?? "Portrait";
    if (name === "paperSize") return p.paperSize ?? "Letter";
    if (name === "zoom") return { ...(p.zoom ?? { scale: 100 }) };
    return p.printGridlines ?? false;
  }

  private set(payload: Record<string, unknown>, fn: (p: PageLayoutModel, sheet: SheetModel) => void): void {
    this.act<SheetModel>(payload, (sheet) => {
      // A rejected value leaves the sheet as it was.
      const next = { ...sheet.pageLayout };
      fn(next, sheet);
      sheet.pageLayout = next;
    });
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.get("orientation");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.set({ orientation: value }, (p) => {
      if (!ORIENTATIONS.includes(value)) throw invalidArgument(`orientation "${value}"`);
      p.orientation = value;
    });
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.get("paperSize");
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.set({ paperSize: value }, (p) => {
      if (!PAPERS.includes(value)) throw invalidArgument(`paperSize "${value}"`);
      p.paperSize = value;
    });
  }
  get zoom(): Zoom {
    return this.get("zoom");
  }
  /** A scale (10–400 %) or a fit to pages wide/tall (0: automatic); one replaces the other. */
  set zoom(value: Zoom) {
    this.set({ zoom: value }, (p) => {
      const { scale, horizontalFitToPages: h, verticalFitToPages: v } = value;
      const fit = h !== undefined || v !== undefined;
      const badFit = [h, v].some((n) => n !== undefined && (!Number.isInteger(n) || n < 0 || n > 32767));
      const badScale = scale !== undefined && (!Number.isFinite(scale) || scale < 10 || scale > 400);
      if ((fit && scale !== undefined) || (!fit && scale === undefined) || badFit || badScale) {
        throw invalidArgument(`zoom ${JSON.stringify(value)}`);
      }
      p.zoom = fit ? { horizontalFitToPages: h ?? 0, verticalFitToPages: v ?? 0 } : { scale };
    });
  }
  get printGridlines(): boolean {
    return this.get("printGridlines");
  }
  set printGridlines(value: boolean) {
    this.set({ printGridlines: value }, (p) => void (p.printGridlines = value));
  }

  /** One range or comma-separated areas on this sheet (a RangeAreas proxy is not modelled). */
  setPrintArea(printArea: RangeArg | Excel.RangeAreas): void {
    this.set({ setPrintArea: typeof printArea === "string" ? printArea : "range" }, (p, sheet) => {
      const areas = typeof printArea === "string" ? printArea.split(",") : [printArea as RangeArg];
      p.printArea = areas.map((a) => absoluteAddress(this.onSheet(a, sheet, "setPrintArea"))).join(",");
    });
  }
  setPrintTitleRows(titleRows: RangeArg): void {
    this.set({ setPrintTitleRows: typeof titleRows === "string" ? titleRows : "range" }, (p, sheet) => {
      const r = this.onSheet(titleRows, sheet, "setPrintTitleRows");
      p.printTitleRows = absoluteAddress({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 });
    });
  }
  setPrintTitleColumns(titleColumns: RangeArg): void {
    this.set({ setPrintTitleColumns: typeof titleColumns === "string" ? titleColumns : "range" }, (p, sheet) => {
      const r = this.onSheet(titleColumns, sheet, "setPrintTitleColumns");
      p.printTitleColumns = absoluteAddress({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 });
    });
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return this.storedRange((p) => p.printTitleRows);
  }

  private onSheet(arg: RangeArg, sheet: SheetModel, what: string) {
    const r = resolveRangeArg(typeof arg === "string" ? arg.trim() : arg, this.context.model, sheet, what);
    if (r.sheet !== sheet) throw invalidArgument(`${what}: the range is on another sheet`);
    return r;
  }

  private storedRange(pick: (p: PageLayoutModel) => string | undefined): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const address = sheet?.pageLayout ? pick(sheet.pageLayout) : undefined;
      return sheet && address ? { sheet, ...parseAddress(address) } : null;
    });
    range._queueResolve();
    return range;
  }
}
