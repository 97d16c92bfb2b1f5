import { describeError } from "./officeErrors";
import { en } from "./i18n/strings.en";
import { id } from "./i18n/strings.id";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("describeError", () => {
  it.each([
    ["CELL_EDIT_MODE", id.errCellEditMode],
    ["InvalidOperationInCellEditMode", id.errCellEditMode],
    ["NOT_FOUND", id.errSheetMissing],
    ["ItemNotFound", id.errSheetMissing],
    ["TOO_LARGE", id.errTooLarge],
    ["UNSUPPORTED", id.errUnsupported],
    ["PROTECTED", id.errProtected],
    ["BUSY", id.errBusy],
    ["ActivityLimitReached", id.errBusy],
  ])("tells what to do for %s", (code, expected) => {
    expect(describeError(withCode(code), id)).toBe(expected);
  });

  it.each([
    ["ApiNotFound", id.errUnsupported],
    ["RequestPayloadSizeLimitExceeded", id.errTooLarge],
    ["Timeout", id.errBusy],
  ])("maps a raw Office code %s as the adapter does (src/excel/errors.ts)", (code, expected) => {
    expect(describeError(withCode(code), id)).toBe(expected);
  });

  it("recognises a protected sheet from Office's message", () => {
    expect(describeError(withCode("AccessDenied", "The sheet is protected"), en)).toBe(en.errProtected);
  });

  it("keeps the detail of an unknown error, so nothing is hidden", () => {
    expect(describeError(new Error("GeneralException: boom"), en)).toContain("GeneralException: boom");
    expect(describeError("plain text", id)).toContain("plain text");
  });
});
