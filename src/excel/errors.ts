/**
 * Office.js errors turned into AdapterError: a small set of codes the task pane translates, the
 * original Office code kept for support, and the message. Nothing is swallowed: every adapter
 * method rethrows what Excel rejected, as an AdapterError.
 */
import type { AdapterErrorCode } from "./adapter";

export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  /** The Office.js error code ("InvalidOperationInCellEditMode", …), "" when not from Office. */
  readonly officeCode: string;

  constructor(code: AdapterErrorCode, officeCode: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AdapterError";
    this.code = code;
    this.officeCode = officeCode;
  }
}

const BY_OFFICE_CODE: Readonly<Record<string, AdapterErrorCode>> = {
  InvalidOperationInCellEditMode: "CELL_EDIT_MODE",
  ItemNotFound: "NOT_FOUND",
  InvalidReference: "NOT_FOUND",
  ItemAlreadyExists: "ALREADY_EXISTS",
  RequestPayloadSizeLimitExceeded: "TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "TOO_LARGE",
  RangeExceedsLimit: "TOO_LARGE",
  OperationCellsExceedLimit: "TOO_LARGE",
  PayloadTooLarge: "TOO_LARGE",
  ActivityLimitReached: "BUSY",
  Conflict: "BUSY",
  ServiceNotAvailable: "BUSY",
  RequestAborted: "BUSY",
  Timeout: "BUSY",
  AccessDenied: "PROTECTED",
  ApiNotFound: "UNSUPPORTED",
  NotImplemented: "UNSUPPORTED",
  UnsupportedOperation: "UNSUPPORTED",
  UnsupportedFeature: "UNSUPPORTED",
};

/** The Office error code of an OfficeExtension.Error-like value, "" otherwise. */
export function officeCodeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

const ADAPTER_CODES: ReadonlySet<string> = new Set<AdapterErrorCode>([
  "CELL_EDIT_MODE",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "TOO_LARGE",
  "BUSY",
  "PROTECTED",
  "UNSUPPORTED",
  "ABORTED",
  "UNKNOWN",
]);

/**
 * The AdapterErrorCode of any rejection: the code itself when the error already carries one (an
 * AdapterError, or a fake's error), otherwise Office's code mapped as toAdapterError maps it.
 */
export function adapterErrorCode(error: unknown): AdapterErrorCode {
  const code = officeCodeOf(error);
  return ADAPTER_CODES.has(code) ? (code as AdapterErrorCode) : toAdapterError(error).code;
}

export function toAdapterError(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  const officeCode = officeCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  let code: AdapterErrorCode = BY_OFFICE_CODE[officeCode] ?? "UNKNOWN";
  // Protected sheets surface as InvalidOperation/GeneralException with a message that says so.
  if (code === "UNKNOWN" && /protect/i.test(message)) code = "PROTECTED";
  return new AdapterError(code, officeCode, message, { cause: error });
}

export function abortedError(): AdapterError {
  return new AdapterError("ABORTED", "", "The operation was cancelled.");
}

/** Whether Excel refused a request or response for its size (then a smaller chunk may pass). */
export function isTooLarge(error: unknown): boolean {
  return toAdapterError(error).code === "TOO_LARGE";
}
