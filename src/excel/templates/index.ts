/** Templates into the open workbook (Office.js). */
import type { SheetSpec } from "../../core/templates/types";
import { insertTemplate } from "./insert";

export { insertTemplate, type InsertResult } from "./insert";

/** Inserts the template as a new sheet and returns the sheet's name (the spec's, or with " (2)", …). */
export async function insertSheetSpec(spec: SheetSpec): Promise<string> {
  return (await insertTemplate(spec)).sheetName;
}
