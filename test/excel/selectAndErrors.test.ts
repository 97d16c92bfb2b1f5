/** selectCell, and Office errors turned into AdapterError. */
import { AdapterError, toAdapterError } from "../../src/excel/errors";
import { createOfficeAdapter } from "../../src/excel/officeAdapter";
import { selectCell } from "../../src/excel/selectCell";
import { FakeOfficeError, workbookFromGrids } from "../../src/fakehost";
import { linesSheet, withFakeExcel } from "./withFake";

describe("selectCell", () => {
  it("activates another sheet and selects the cell or range, in one sync", async () => {
    const fake = withFakeExcel(workbookFromGrids([linesSheet("Ringkasan", 2), linesSheet("Rencana Kegiatan", 20)]));
    expect(fake.model.activeSheet).toBe("Ringkasan");
    await selectCell("Rencana Kegiatan", "H15");
    expect(fake.model.activeSheet).toBe("Rencana Kegiatan");
    expect(fake.model.sheets[1].selection).toBe("H15");
    await selectCell("Rencana Kegiatan", "B15:H15");
    expect(fake.model.sheets[1].selection).toBe("B15:H15");
    expect(fake.stats.syncs).toBe(2);
  });

  it("rejects a missing sheet with NOT_FOUND", async () => {
    withFakeExcel(workbookFromGrids([linesSheet("RK", 2)]));
    await expect(createOfficeAdapter().selectCell("Hilang", "A1")).rejects.toMatchObject({
      name: "AdapterError",
      code: "NOT_FOUND",
      officeCode: "ItemNotFound",
    });
  });
});

describe("toAdapterError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE"],
    ["ItemNotFound", "NOT_FOUND"],
    ["ItemAlreadyExists", "ALREADY_EXISTS"],
    ["RequestPayloadSizeLimitExceeded", "TOO_LARGE"],
    ["ResponsePayloadSizeLimitExceeded", "TOO_LARGE"],
    ["ActivityLimitReached", "BUSY"],
    ["AccessDenied", "PROTECTED"],
    ["ApiNotFound", "UNSUPPORTED"],
    ["GeneralException", "UNKNOWN"],
  ])("%s -> %s", (officeCode, code) => {
    const error = toAdapterError(new FakeOfficeError(officeCode, "pesan dari Excel"));
    expect(error).toBeInstanceOf(AdapterError);
    expect({ code: error.code, officeCode: error.officeCode, message: error.message }).toEqual({
      code,
      officeCode,
      message: "pesan dari Excel",
    });
  });

  it("recognises a protected sheet by its message, and keeps non-Office errors", () => {
    expect(toAdapterError(new FakeOfficeError("InvalidOperation", "The sheet is protected.")).code).toBe("PROTECTED");
    const plain = toAdapterError(new TypeError("boom"));
    expect([plain.code, plain.officeCode, plain.message]).toEqual(["UNKNOWN", "", "boom"]);
    const already = new AdapterError("ABORTED", "", "x");
    expect(toAdapterError(already)).toBe(already);
  });
});
