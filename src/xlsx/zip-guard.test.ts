import { randomBytes } from "node:crypto";
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
import { openWorkbookZip } from "./zip-guard";

/** Opens `data` and reads every entry through: "accepted" or the reason it is refused. */
async function reasonOf(data: Buffer, limits = DEFAULT_LIMITS): Promise<string> {
  try {
    const zip = await openWorkbookZip(data, limits);
    for (const name of zip.names) await zip.readText(name, () => undefined);
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

describe("openWorkbookZip", () => {
  it("accepts a workbook written by exceljs, lists its entries and streams them as text", async () => {
    const zip = await openWorkbookZip(await realWorkbook(), DEFAULT_LIMITS);
    expect([...zip.names]).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
    let text = "";
    expect(await zip.readText("xl/workbook.xml", (chunk) => (text += chunk))).toBe(true);
    expect(text).toContain('name="RK"');
    expect(await zip.readText("xl/nothing.xml", () => undefined)).toBe(false);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "EMPTY_FILE"],
    ["plain text", Buffer.from("No;Menu;Rincian\n1;Mesin;Mesin\n"), "NOT_XLSX"],
    ["an old .xls (CFB with a Workbook stream)", makeOldXls(), "OLD_XLS"],
    ["a password-protected workbook (CFB with EncryptionInfo)", makeEncryptedXlsx(), "ENCRYPTED"],
    ["a zip that is not a workbook", makeNonWorkbookZip(), "NOT_XLSX"],
    ["a zip bomb (ratio)", makeZipBomb(8), "ZIP_BOMB"],
    ["a zip whose header understates the inflated size", makeLyingZip(), "ZIP_BOMB"],
  ])("rejects %s", async (_label, data, reason) => {
    expect(await reasonOf(data)).toBe(reason);
  });

  it("rejects a truncated workbook as corrupt", async () => {
    const data = await realWorkbook();
    expect(await reasonOf(data.subarray(0, Math.floor(data.length / 2)))).toBe("CORRUPT");
  });

  it("rejects a workbook whose deflated data is damaged as corrupt", async () => {
    const entries = [
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook>".repeat(200)) },
    ];
    const broken = makeZip(entries);
    // The second entry's deflate stream starts right after the name in its local header.
    const start = broken.indexOf(Buffer.from("xl/workbook.xml")) + "xl/workbook.xml".length;
    broken.fill(0xff, start, start + 4);
    expect(await reasonOf(broken)).toBe("CORRUPT");
  });

  it("applies each limit", async () => {
    const data = await realWorkbook();
    expect(await reasonOf(data, { ...DEFAULT_LIMITS, maxFileBytes: 100 })).toBe("FILE_TOO_LARGE");
    expect(await reasonOf(data, { ...DEFAULT_LIMITS, maxUncompressedBytes: 1000 })).toBe("ZIP_BOMB");
    expect(await reasonOf(data, { ...DEFAULT_LIMITS, maxEntries: 3 })).toBe("ZIP_BOMB");
    expect(await reasonOf(data)).toBe("accepted");
  });

  it("tells an encrypted CFB from an old .xls only by its streams", async () => {
    expect(await reasonOf(makeCfb(["Book"]))).toBe("OLD_XLS");
    expect(await reasonOf(makeCfb(["EncryptedPackage", "EncryptionInfo"]))).toBe("ENCRYPTED");
  });
});

describe("openWorkbookZip, large entries", () => {
  it("streams an entry above the at-once size in chunks, and still stops one that lies about its size", async () => {
    // Random letters: real text compresses far less than a repeated byte (which the ratio check stops).
    const big = Buffer.from(`<a>${randomBytes(3 * 768 * 1024).toString("base64")}</a>`);
    const zip = await openWorkbookZip(
      makeZip([
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/big.xml", data: big },
      ]),
      DEFAULT_LIMITS,
    );
    let chunks = 0;
    let length = 0;
    await zip.readText("xl/big.xml", (chunk) => {
      chunks++;
      length += chunk.length;
    });
    expect(length).toBe(big.length);
    expect(chunks).toBeGreaterThan(1);
    const lying = makeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/big.xml", data: big, declaredSize: big.length - 1000 },
    ]);
    expect(await reasonOf(lying)).toBe("ZIP_BOMB");
  });
});
