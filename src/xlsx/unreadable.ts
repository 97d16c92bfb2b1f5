/**
 * Why a file could not be read. The reader throws an UnreadableError with a stable reason code and
 * the numbers that explain it; presenters (the CLI) turn the code into a sentence in the user's
 * language. Codes are part of the CLI's JSON output (`reason.code`), so they are stable.
 */

export const UNREADABLE_REASONS = [
  "EMPTY_FILE", // 0 bytes
  "FILE_TOO_LARGE", // over the file size limit
  "NOT_XLSX", // not a zip, or a zip that is not an Excel workbook
  "OLD_XLS", // an Excel 97–2003 .xls (OLE/CFB container), perhaps renamed .xlsx
  "ENCRYPTED", // a password-protected workbook (Excel wraps it in an OLE/CFB container)
  "ZIP_BOMB", // declared or actual uncompressed size or ratio over the limits
  "CORRUPT", // a damaged zip or XML that exceljs cannot parse
  "TOO_MANY_CELLS", // over the cell count limit
  "TIMEOUT", // reading took longer than the time limit
  "OUT_OF_MEMORY", // the worker reading it ran out of memory
  "NO_SHEETS", // a workbook without a visible worksheet
  "IO_ERROR", // the file could not be opened (missing, no permission, a directory…)
  "INTERNAL_ERROR", // a bug met while checking this file; the batch goes on
] as const;

export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];

export type ReasonParams = Readonly<Record<string, string | number>>;

export class UnreadableError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly params: ReasonParams = {},
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "UnreadableError";
  }
}

export function isUnreadableError(e: unknown): e is UnreadableError {
  return e instanceof UnreadableError;
}
