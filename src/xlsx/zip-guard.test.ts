import ExcelJS from "exceljs";
import {
  makeCfb,
  makeEncryptedXlsx,
  makeLyingZip,
  makeNonWorkbookZip,
  makeOldXls,
  makeZip,
  makeZipBomb,
} from "../../test/cli/hostile-files";
import { DEFAULT_LIMITS } from "./limits";
import { UnreadableError } from "./unreadable";
import { checkWorkbookBytes, readCentralDirectory } from "./zip-guard";

function reasonOf(data: Buffer, limits = DEFAULT_LIMITS): string {
  try {
    checkWorkbookBytes(data, limits);
    return "accepted";
  } catch (e) {
    if (e instanceof UnreadableError) return e.reason;
    throw e;
  }
}

async function realWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("RK").getCell("A1").value = "Uraian";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("checkWorkbookBytes", () => {
  it("accepts a workbook written by exceljs and lists its entries", async () => {
    const data = await realWorkbook();
    const entries = checkWorkbookBytes(data, DEFAULT_LIMITS);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "EMPTY_FILE"],
    ["plain text", Buffer.from("No;Menu;Rincian\n1;Mesin;Mesin\n"), "NOT_XLSX"],
    ["an old .xls (CFB with a Workbook stream)", makeOldXls(), "OLD_XLS"],
    ["a password-protected workbook (CFB with EncryptionInfo)", makeEncryptedXlsx(), "ENCRYPTED"],
    ["a zip that is not a workbook", makeNonWorkbookZip(), "NOT_XLSX"],
    ["a zip bomb (ratio)", makeZipBomb(8), "ZIP_BOMB"],
    ["a zip whose header understates the inflated size", makeLyingZip(), "ZIP_BOMB"],
  ])("rejects %s", (_label, data, reason) => {
    expect(reasonOf(data)).toBe(reason);
  });

  it("rejects a truncated workbook as corrupt", async () => {
    const data = await realWorkbook();
    expect(reasonOf(data.subarray(0, Math.floor(data.length / 2)))).toBe("CORRUPT");
  });

  it("rejects a workbook whose deflated data is damaged as corrupt", () => {
    const data = makeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook>".repeat(200)) },
    ]);
    const broken = Buffer.from(data);
    // Overwrite the first bytes of the second entry's deflate stream with an invalid block type.
    const second = readCentralDirectory(broken)[1];
    const start = second.localHeaderOffset + 30 + second.name.length;
    broken.fill(0xff, start, start + 4);
    expect(reasonOf(broken)).toBe("CORRUPT");
  });

  it("applies each limit", async () => {
    const data = await realWorkbook();
    expect(reasonOf(data, { ...DEFAULT_LIMITS, maxFileBytes: 100 })).toBe("FILE_TOO_LARGE");
    expect(reasonOf(data, { ...DEFAULT_LIMITS, maxUncompressedBytes: 1000 })).toBe("ZIP_BOMB");
    expect(reasonOf(data, { ...DEFAULT_LIMITS, maxEntries: 3 })).toBe("ZIP_BOMB");
    expect(reasonOf(data, { ...DEFAULT_LIMITS, maxCells: 0 })).toBe("TOO_MANY_CELLS");
    expect(reasonOf(data, { ...DEFAULT_LIMITS, maxCells: 1 })).toBe("accepted");
  });

  it("tells an encrypted CFB from an old .xls only by its streams", () => {
    expect(reasonOf(makeCfb(["Book"]))).toBe("OLD_XLS");
    expect(reasonOf(makeCfb(["EncryptedPackage", "EncryptionInfo"]))).toBe("ENCRYPTED");
  });
});
