import { crc32, inflateRawSync } from "node:zlib";
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
import { checkWorkbookBytes, inflateWorkbook, readCentralDirectory, type ZipEntryInfo } from "./zip-guard";

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

/** The content of one entry of `zip`, inflated if needed. */
function contentOf(zip: Buffer, e: ZipEntryInfo): Buffer {
  const start =
    e.localHeaderOffset + 30 + zip.readUInt16LE(e.localHeaderOffset + 26) + zip.readUInt16LE(e.localHeaderOffset + 28);
  const raw = zip.subarray(start, start + e.compressedSize);
  return e.method === 0 ? raw : inflateRawSync(raw);
}

describe("inflateWorkbook", () => {
  it("repacks every file entry stored uncompressed with the same name, content and CRC", () => {
    const sheet = Buffer.from(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'.repeat(50),
    );
    const original = makeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/", data: Buffer.alloc(0), store: true },
      { name: "xl/worksheets/sheet1.xml", data: sheet },
      { name: "xl/media/logo ü.png", data: Buffer.from([0, 1, 2, 3]), store: true },
    ]);
    const stored = inflateWorkbook(original, DEFAULT_LIMITS);
    const entries = readCentralDirectory(stored);
    expect(entries.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "xl/media/logo ü.png",
    ]);
    for (const e of entries) {
      const before = readCentralDirectory(original).find((o) => o.name === e.name);
      expect(e.method).toBe(0);
      expect(e.compressedSize).toBe(e.uncompressedSize);
      expect(contentOf(stored, e)).toEqual(contentOf(original, before as ZipEntryInfo));
      expect(stored.readUInt32LE(e.centralOffset + 16)).toBe(crc32(contentOf(stored, e)));
    }
    // The repacked zip passes the guard itself, and owns its memory (transferable to a worker).
    expect(checkWorkbookBytes(stored, DEFAULT_LIMITS)).toHaveLength(3);
    expect(stored.byteOffset).toBe(0);
    expect(stored.buffer.byteLength).toBe(stored.length);
  });

  it("gives exceljs the same workbook", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RK");
    ws.getCell("A1").value = "Uraian";
    ws.getCell("B2").value = 14_750_000;
    ws.mergeCells("C3:D3");
    const stored = inflateWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), DEFAULT_LIMITS);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(stored as unknown as ExcelJS.Buffer);
    const sheet = back.getWorksheet("RK");
    expect(sheet?.getCell("A1").value).toBe("Uraian");
    expect(sheet?.getCell("B2").value).toBe(14_750_000);
    expect(sheet?.getCell("D3").isMerged).toBe(true);
  });

  it.each([
    ["a zip bomb", makeZipBomb(8), "ZIP_BOMB"],
    ["a lying zip", makeLyingZip(), "ZIP_BOMB"],
    ["an old .xls", makeOldXls(), "OLD_XLS"],
    ["a zip that is not a workbook", makeNonWorkbookZip(), "NOT_XLSX"],
  ])("refuses %s as checkWorkbookBytes does", (_label, data, reason) => {
    expect(() => inflateWorkbook(data, DEFAULT_LIMITS)).toThrow(expect.objectContaining({ reason }));
  });
});
