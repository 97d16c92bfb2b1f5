/**
 * Turns an error from the adapter into a message that says what to do. The adapter rejects with
 * an AdapterError whose `code` is an AdapterErrorCode (src/excel/errors.ts); a raw
 * OfficeExtension.Error carries Office's own code. Both are matched on the code only, so the fake
 * host and the real Excel give the same messages.
 */
import type { Strings } from "./i18n/strings.id";

export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export function describeError(error: unknown, t: Strings): string {
  switch (errorCode(error)) {
    case "CELL_EDIT_MODE":
    case "InvalidOperationInCellEditMode":
      return t.errCellEditMode;
    case "NOT_FOUND":
    case "ItemNotFound":
    case "InvalidReference":
      return t.errSheetMissing;
    case "TOO_LARGE":
      return t.errTooLarge;
    case "UNSUPPORTED":
      return t.errUnsupported;
    case "PROTECTED":
      return t.errProtected;
    case "BUSY":
    case "ActivityLimitReached":
    case "RequestAborted":
    case "ServiceNotAvailable":
    case "Conflict":
      return t.errBusy;
    case "AccessDenied":
    case "InvalidOperation":
      if (/protect/i.test(messageOf(error))) return t.errProtected;
      return t.errGeneric(messageOf(error));
    default:
      return t.errGeneric(messageOf(error));
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return String(error);
}
