/** Excel.Range in the fake host: values, formats (rangeFormat.ts), hyperlinks, selection, merges. */
import { boundsAddress, intersects, MAX_COLUMNS, MAX_ROWS, parseAddress, sheetAddress } from "./address";
import {
  cellFormula,
  cellNumberFormat,
  cellText,
  forEachInput,
  officeValue,
  readMatrix,
  valueType,
  writeValue,
  type RangeTarget,
} from "./cells";
import { ClientObject, type FakeRequestContext } from "./client";
import { ConditionalFormatCollection } from "./conditionalFormats";
import { DataValidation } from "./dataValidation";
import { FakeOfficeError, invalidArgument } from "./errors";
import { getCell, updateCells, type HyperlinkModel } from "./model";
import type { Leads, Offers } from "./officeTypes";
import { RangeFormat } from "./rangeFormat";

const RANGE_PROPERTIES = [
  "address",
  "values",
  "valueTypes",
  "text",
  "formulas",
  "numberFormat",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "rowHidden",
  "columnHidden",
  "hyperlink",
] as const;

/** What the fake's Range offers of Office.js's (rowHidden, columnHidden, hyperlink: see below). */
type RangeProps = "address" | "values" | "valueTypes" | "text" | "formulas" | "numberFormat";
type RangeCounts = "rowCount" | "columnCount" | "rowIndex" | "columnIndex";

export class FakeRange
  extends ClientObject
  implements
    Offers<Excel.Range, RangeProps | RangeCounts | "isNullObject" | "select" | "merge">,
    Leads<Excel.Range, "load" | "untrack" | "getCell" | "getRow" | "getColumn", FakeRange>,
    Leads<Excel.Range, "format", RangeFormat>,
    Leads<Excel.Range, "conditionalFormats", ConditionalFormatCollection>,
    Leads<Excel.Range, "dataValidation", DataValidation>
{
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

  /** Office.js stops tracking the range; the fake tracks nothing. */
  untrack(): this {
    return this;
  }

  // --- readable properties (after load + sync) and their setters ---
  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown) {
    this.act<RangeTarget>({ values: input }, (t) => forEachInput(t, input, "values", (cell, v) => writeValue(cell, v)));
  }
  get valueTypes(): Excel.RangeValueType[][] {
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
