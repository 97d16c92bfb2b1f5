/**
 * Worksheet.freezePanes: freezeRows, freezeColumns, freezeAt(range) (the range's rows and columns
 * from the top-left corner stay visible), getLocationOrNullObject.
 */
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { ClientObject, type FakeRequestContext } from "./client";
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import type { Leads, Offers } from "./officeTypes";
import { FakeRange } from "./range";
import { resolveRangeArg, type RangeArg } from "./rangeArg";

export class FreezePanes
  extends ClientObject
  implements
    Offers<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt">,
    Leads<Excel.WorksheetFreezePanes, "getLocationOrNullObject", FakeRange>
{
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(context, "WorksheetFreezePanes");
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected resolveTarget(): unknown {
    return this.sheet();
  }
  protected readProperty(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this.act<SheetModel>(
      { freezeRows: count },
      (s) => void (s.freeze = { rows: checkCount(count, MAX_ROWS), columns: 0 }),
    );
  }
  freezeColumns(count = 1): void {
    this.act<SheetModel>(
      { freezeColumns: count },
      (s) => void (s.freeze = { rows: 0, columns: checkCount(count, MAX_COLUMNS) }),
    );
  }
  /** Freezes the rows and columns from A1 through the range's bottom-right cell. */
  freezeAt(frozenRange: RangeArg): void {
    this.act<SheetModel>({ freezeAt: typeof frozenRange === "string" ? frozenRange : "range" }, (s) => {
      const r = resolveRangeArg(frozenRange, this.context.model, s, "freezeAt");
      if (r.sheet !== s) throw invalidArgument("freezeAt: the range is on another sheet");
      const rows = r.r1 === MAX_ROWS - 1 ? 0 : r.r1 + 1;
      const columns = r.c1 === MAX_COLUMNS - 1 ? 0 : r.c1 + 1;
      s.freeze = { rows, columns };
    });
  }
  /** The frozen cells (entire rows or columns when only one kind is frozen), or a null object. */
  getLocationOrNullObject(): FakeRange {
    const range = new FakeRange(this.context, () => {
      const s = this.sheet();
      const f = s?.freeze;
      if (!s || !f || (f.rows === 0 && f.columns === 0)) return null;
      return {
        sheet: s,
        r0: 0,
        c0: 0,
        r1: f.rows > 0 ? f.rows - 1 : MAX_ROWS - 1,
        c1: f.columns > 0 ? f.columns - 1 : MAX_COLUMNS - 1,
      };
    });
    range._queueResolve();
    return range;
  }
}

function checkCount(count: number, max: number): number {
  if (!Number.isInteger(count) || count < 0 || count >= max) throw invalidArgument(`freeze count ${count}`);
  return count;
}
