/**
 * Turns an error from the adapter into a message that says what to do. The adapter rejects with
 * an AdapterError whose `code` is an AdapterErrorCode; a raw OfficeExtension.Error carries Office's
 * own code, mapped by the adapter's one table (src/excel/errors.ts). Both are matched on the code
 * only, so the fake host and the real Excel give the same messages.
 */
import { adapterErrorCode } from "../excel/errors";
import type { Strings } from "./i18n/strings.id";

export function describeError(error: unknown, t: Strings): string {
  switch (adapterErrorCode(error)) {
    case "CELL_EDIT_MODE":
      return t.errCellEditMode;
    case "NOT_FOUND":
      return t.errSheetMissing;
    case "TOO_LARGE":
      return t.errTooLarge;
    case "UNSUPPORTED":
      return t.errUnsupported;
    case "PROTECTED":
      return t.errProtected;
    case "BUSY":
      return t.errBusy;
    default:
      return t.errGeneric(messageOf(error));
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return String(error);
}
