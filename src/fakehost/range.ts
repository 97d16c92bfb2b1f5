/** Excel.Range in the fake host: values, formats, hyperlinks, selection, merges. */
import { boundsAddress, intersects, MAX_COLUMNS, MAX_ROWS, parseAddress, sheetAddress } from "./address";
import {
  cellCount,
  cellFormula,
  cellNumberFormat,
  cellText,
  forEachInput,
  officeValue,
  rangeStyleSink,
  readMatrix,
  valueType,
  writeValue,
  type RangeTarget,
} from "./cells";
import { RangeBorders } from "./borders";
import { ClientObject, type FakeRequestContext } from "./client";
import { ConditionalFormatCollection } from "./conditionalFormats";
import { DataValidation } from "./dataValidation";
import { FakeOfficeError, invalidArgument } from "./errors";
import { getCell, updateCells, type HyperlinkModel } from "./model";
import { FILL_SPEC, FONT_SPEC, StyleProxy, type StyleSpec } from "./style";

const RANGE_PROPERTIES = [
  "address",
  "addressLocal",
  "values",
  "valueTypes",
  "text",
  "formulas",
  "numberFormat",
  "rowCount",
  "columnCount",
  "cellCount",
  "rowIndex",
  "columnIndex",
  "rowHidden",
  "columnHidden",
  "hyperlink",
] as const;

const RANGE_FORMAT_SPEC: StyleSpec = {
  typeName: "RangeFormat",
  props: ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight", "indentLevel"],
  children: { fill: { prefix: "fill.", spec: FILL_SPEC }, font: { prefix: "font.", spec: FONT_SPEC } },
};

/** Range.format: the style proxy plus borders and autofit. */
export class RangeFormat extends StyleProxy {
  readonly borders: RangeBorders;
  // Defined from RANGE_FORMAT_SPEC by StyleProxy; declared here for TypeScript.
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;
  declare indentLevel: number;
  declare readonly fill: StyleProxy & { color: string; pattern: string };
  declare readonly font: StyleProxy & {
    bold: boolean;
    italic: boolean;
    color: string;
    size: number;
    name: string;
    underline: string;
    strikethrough: boolean;
  };

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

  autofitRows(): void {
    this.act({ autofit: "rows" }, () => undefined);
  }
}

export class FakeRange extends ClientObject {
  private formatProxy: RangeFormat | undefined;
  private cfProxy: ConditionalFormatCollection | undefined;
  private dvProxy: DataValidation | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, "Range");
  }

  protected get scalarProperties(): readonly string[] {
    return RANGE_PROPERTIES;
  }

  protected resolveTarget(): unknown {
    return this.resolver();
  }

  private target(): RangeTarget | null {
    return this._resolve() as RangeTarget | null;
  }

  protected readProperty(name: string, target: unknown): unknown {
    const t = target as RangeTarget;
    switch (name) {
      case "address":
      case "addressLocal":
        return sheetAddress(t.sheet.name, t);
      case "values":
        return readMatrix(t, officeValue);
      case "valueTypes":
        return readMatrix(t, valueType);
      case "text":
        return readMatrix(t, cellText);
      case "formulas":
        return readMatrix(t, cellFormula);
      case "numberFormat":
        return readMatrix(t, cellNumberFormat);
      case "rowCount":
        return t.r1 - t.r0 + 1;
      case "columnCount":
        return t.c1 - t.c0 + 1;
      case "cellCount":
        return cellCount(t);
      case "rowIndex":
        return t.r0;
      case "columnIndex":
        return t.c0;
      case "rowHidden":
        return allSomeNone(t.r0, t.r1, t.sheet.hiddenRows);
      case "columnHidden":
        return allSomeNone(t.c0, t.c1, t.sheet.hiddenColumns);
      case "hyperlink":
        return getCell(t.sheet, t.r0, t.c0)?.link ?? null;
      default:
        return undefined;
    }
  }

  protected override navigate(name: string): ClientObject {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "dataValidation") return this.dataValidation;
    return super.navigate(name);
  }

  // --- readable properties (after load + sync) and their setters ---
  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown) {
    this.act<RangeTarget>({ values: input }, (t) => forEachInput(t, input, "values", (cell, v) => writeValue(cell, v)));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown) {
    this.act<RangeTarget>({ formulas: input }, (t) =>
      forEachInput(t, input, "formulas", (cell, v) => writeValue(cell, v)),
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.act<RangeTarget>({ numberFormat: input }, (t) =>
      forEachInput(t, input, "numberFormat", (cell, v) => {
        if (v === null || v === undefined) return cell;
        if (v === "General" || v === "") delete cell.nf;
        else cell.nf = String(v);
        return cell;
      }),
    );
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.act<RangeTarget>({ rowHidden: hidden }, (t) => setFlags(t.sheet.hiddenRows, t.r0, t.r1, hidden));
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.act<RangeTarget>({ columnHidden: hidden }, (t) => setFlags(t.sheet.hiddenColumns, t.c0, t.c1, hidden));
  }
  get hyperlink(): HyperlinkModel | null {
    return this.get("hyperlink");
  }
  set hyperlink(link: HyperlinkModel | null) {
    this.act<RangeTarget>({ hyperlink: link }, (t) => {
      updateCells(t.sheet, t.r0, t.c0, t.r1, t.c1, (cell, r, c) => {
        if (!link) delete cell.link;
        else cell.link = { ...link };
        if (link?.textToDisplay !== undefined && r === t.r0 && c === t.c0) cell.v = link.textToDisplay;
        return cell;
      });
    });
  }

  // --- navigation ---
  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this.context, () => this.target()));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.cfProxy ??= new ConditionalFormatCollection(this.context, () => this.target()));
  }
  get dataValidation(): DataValidation {
    return (this.dvProxy ??= new DataValidation(this.context, () => this.target()));
  }

  // --- methods returning ranges (resolved lazily, relative to this range) ---
  private relative(fn: (t: RangeTarget) => RangeTarget): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.target();
      return t ? checked(fn(t)) : null;
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.relative((t) => ({
      sheet: t.sheet,
      r0: t.r0 + row,
      c0: t.c0 + column,
      r1: t.r0 + row,
      c1: t.c0 + column,
    }));
  }
  getRow(row: number): FakeRange {
    return this.relative((t) => ({ ...t, r0: t.r0 + row, r1: t.r0 + row }));
  }
  getColumn(column: number): FakeRange {
    return this.relative((t) => ({ ...t, c0: t.c0 + column, c1: t.c0 + column }));
  }
  getEntireRow(): FakeRange {
    return this.relative((t) => ({ ...t, c0: 0, c1: MAX_COLUMNS - 1 }));
  }
  getEntireColumn(): FakeRange {
    return this.relative((t) => ({ ...t, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.relative((t) => ({
      sheet: t.sheet,
      r0: t.r0 + rows,
      r1: t.r1 + rows,
      c0: t.c0 + columns,
      c1: t.c1 + columns,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.relative((t) => ({ ...t, r1: t.r1 + deltaRows, c1: t.c1 + deltaColumns }));
  }

  // --- actions ---
  select(): void {
    this.act<RangeTarget>({ select: true }, (t) => {
      this.context.model.activeSheet = t.sheet.name;
      t.sheet.selection = boundsAddress(t);
    });
  }
  merge(across = false): void {
    this.act<RangeTarget>({ merge: across }, (t) => {
      if (t.sheet.tables.some((table) => intersects(parseAddress(table.range), t))) {
        throw new FakeOfficeError("InvalidOperation", "Cells in a table cannot be merged.");
      }
      const areas = across
        ? Array.from({ length: t.r1 - t.r0 + 1 }, (_, i) => ({ ...t, r0: t.r0 + i, r1: t.r0 + i }))
        : [t];
      for (const area of areas) {
        // As in Excel, a merged area keeps the content of its top-left cell only.
        updateCells(t.sheet, area.r0, area.c0, area.r1, area.c1, (cell, r, c) => {
          if (r !== area.r0 || c !== area.c0) {
            delete cell.v;
            delete cell.f;
          }
          return cell;
        });
        t.sheet.merges.push(boundsAddress(area));
      }
    });
  }
  unmerge(): void {
    this.act<RangeTarget>({ unmerge: true }, (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(parseAddress(m), t));
    });
  }
  /** applyTo: "All" (default), "Contents", "Formats", "Hyperlinks". */
  clear(applyTo = "All"): void {
    this.act<RangeTarget>({ clear: applyTo }, (t) => {
      updateCells(t.sheet, t.r0, t.c0, t.r1, t.c1, (cell) => {
        if (applyTo === "All" || applyTo === "Contents") {
          delete cell.v;
          delete cell.f;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          delete cell.nf;
          delete cell.style;
        }
        if (applyTo === "All" || applyTo === "Hyperlinks") delete cell.link;
        return cell;
      });
    });
  }
}

function checked(t: RangeTarget): RangeTarget {
  if (t.r0 < 0 || t.c0 < 0 || t.r1 >= MAX_ROWS || t.c1 >= MAX_COLUMNS || t.r1 < t.r0 || t.c1 < t.c0) {
    throw invalidArgument(`range outside the sheet`);
  }
  return t;
}

function allSomeNone(from: number, to: number, set: ReadonlySet<number>): boolean | null {
  if (set.size === 0) return false;
  let hidden = 0;
  for (const i of set) if (i >= from && i <= to) hidden++;
  if (hidden === 0) return false;
  return hidden === to - from + 1 ? true : null;
}

function setFlags(set: Set<number>, from: number, to: number, on: boolean): void {
  for (let i = from; i <= to; i++) {
    if (on) set.add(i);
    else set.delete(i);
  }
}
