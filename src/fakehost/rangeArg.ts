/**
 * A `Range | string` argument of an Office.js method (names.add, tables.add, freezeAt,
 * setPrintArea, …), resolved at sync time: a Range proxy gives its sheet and bounds; a string is
 * an address, with or without a sheet ("Sheet1!A1:B2", "'Data (2)'!$A$1").
 */
import { parseAddress } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject } from "./client";
import { invalidArgument, itemNotFound } from "./errors";
import { findSheet, type Bounds, type SheetModel, type WorkbookModel } from "./model";

/** What Office.js takes (a Range or an address), or a fake proxy passed by the fake's own tests. */
export type RangeArg = Excel.Range | ClientObject | string;

export interface ResolvedRange extends Bounds {
  readonly sheet: SheetModel;
}

/** `where` is the sheet an address without a sheet refers to (none: the address must name one). */
export function resolveRangeArg(
  arg: RangeArg,
  model: WorkbookModel,
  where: SheetModel | undefined,
  what: string,
): ResolvedRange {
  if (typeof arg !== "string") {
    if (!(arg instanceof ClientObject)) throw invalidArgument(`${what}: not a range of this host`);
    const t = arg._resolve() as RangeTarget | null;
    if (!t || typeof t !== "object" || !("sheet" in t)) throw invalidArgument(`${what}: not a range`);
    return t;
  }
  const text = arg.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  let sheet = where;
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    const name = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    sheet = findSheet(model, name);
    if (!sheet) throw itemNotFound(`${what}: sheet ${name}`);
  }
  if (!sheet) throw invalidArgument(`${what}: "${arg}" names no sheet`);
  return { sheet, ...parseAddress(bang >= 0 ? text.slice(bang + 1) : text) };
}
