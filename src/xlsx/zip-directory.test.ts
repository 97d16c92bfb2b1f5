import ExcelJS from "exceljs";
import { makeZip } from "../../test/cli/hostile-files";
import { entryDataStart, readZipDirectory, ZipFormatError, type ZipEntry } from "./zip-directory";
import { inflateRawSync } from "node:zlib";

const ENTRIES = [
  { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
  { name: "xl/workbook.xml", data: Buffer.from("<workbook>".repeat(50)) },
  { name: "xl/media/logo.png", data: Buffer.from([1, 2, 3, 4]), store: true },
];

/** An entry's data as the directory locates it, inflated. */
function contentOf(data: Buffer, entry: ZipEntry): string {
  const start = entryDataStart(data, entry);
  const raw = data.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(raw) : raw).toString("latin1");
}

function summary(data: Buffer): string[] {
  return readZipDirectory(data).map((e) => `${e.name} m${e.method} ${e.uncompressedSize} ${contentOf(data, e).length}`);
}

/** The entry count the directory declares, as told before any entry is read. */
function declaredEntryCount(data: Buffer): number {
  let declared = -1;
  readZipDirectory(data, (count) => (declared = count));
  return declared;
}

const EXPECTED = ["[Content_Types].xml m8 8 8", "xl/workbook.xml m8 500 500", "xl/media/logo.png m0 4 4"];

describe("readZipDirectory", () => {
  it("lists the entries of a plain zip with their methods and sizes, and locates their data", () => {
    const data = makeZip(ENTRIES);
    expect(summary(data)).toEqual(EXPECTED);
    expect(declaredEntryCount(data)).toBe(3);
    expect(contentOf(data, readZipDirectory(data)[1])).toBe("<workbook>".repeat(50));
  });

  it("reads the zip64 records the same", () => {
    const data = makeZip(ENTRIES, { zip64: true });
    expect(summary(data)).toEqual(EXPECTED);
    expect(declaredEntryCount(data)).toBe(3);
  });

  it("finds the end record behind an archive comment, even one that holds the end record's signature", () => {
    expect(summary(makeZip(ENTRIES, { comment: "dibuat oleh Dinas" }))).toEqual(EXPECTED);
    const signature = Buffer.from([0x50, 0x4b, 0x05, 0x06]).toString("latin1");
    expect(summary(makeZip(ENTRIES, { comment: `x${signature}${"y".repeat(30)}` }))).toEqual(EXPECTED);
  });

  it("decodes names as UTF-8 when flagged and as code page 437 otherwise", () => {
    const utf8 = makeZip([{ name: "xl/lampiran-Rp–ü.xml", data: Buffer.from("a") }], { utf8Names: true });
    expect(readZipDirectory(utf8)[0].name).toBe("xl/lampiran-Rp–ü.xml");
    // 0x81 is ü and 0x9c is £ in code page 437.
    const cp437 = makeZip([{ name: "xl/\u0081\u009c.xml", data: Buffer.from("a") }], { utf8Names: false });
    expect(readZipDirectory(cp437)[0].name).toBe("xl/ü£.xml");
  });

  it("reads the directory of a workbook written by exceljs", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("RK").getCell("A1").value = "Uraian";
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const names = readZipDirectory(data).map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
    );
    const sheet = readZipDirectory(data).find((e) => e.name === "xl/worksheets/sheet1.xml");
    expect(sheet && contentOf(data, sheet)).toContain("<sheetData>");
  });

  it("refuses damaged directories with a ZipFormatError, never a buffer error", () => {
    const good = makeZip(ENTRIES);
    const cdOffset = good.readUInt32LE(good.length - 6);
    const damaged = (edit: (b: Buffer) => void): Buffer => {
      const b = Buffer.from(good);
      edit(b);
      return b;
    };
    const cases: Buffer[] = [
      Buffer.alloc(0),
      Buffer.from("PK"),
      good.subarray(0, good.length - 1), // the end record cut
      good.subarray(cdOffset + 10), // the entries and half the directory gone
      damaged((b) => b.writeUInt16LE(500, b.length - 12)), // more entries than the directory holds
      damaged((b) => b.writeUInt32LE(good.length, b.length - 6)), // the directory past the end
      damaged((b) => b.writeUInt32LE(0, cdOffset)), // a central header's signature
      damaged((b) => b.writeUInt16LE(1, b.length - 18)), // a multi-disk archive
      damaged((b) => b.writeUInt16LE(60_000, cdOffset + 28)), // a name longer than the directory
    ];
    for (const data of cases) expect(() => readZipDirectory(data)).toThrow(ZipFormatError);
    const entry = readZipDirectory(good)[1];
    expect(() => entryDataStart(good, { ...entry, localHeaderOffset: good.length - 10 })).toThrow(ZipFormatError);
    expect(() => entryDataStart(good, { ...entry, compressedSize: good.length })).toThrow(ZipFormatError);
    expect(() => entryDataStart(good, { ...entry, localHeaderOffset: cdOffset })).toThrow(ZipFormatError);
  });

  it("refuses a zip64 end record that is missing or whose sizes are out of range", () => {
    const zip64 = makeZip(ENTRIES, { zip64: true });
    const locator = zip64.length - 22 - 20;
    const noLocator = Buffer.from(zip64);
    noLocator.writeUInt32LE(0, locator);
    expect(() => readZipDirectory(noLocator)).toThrow(ZipFormatError);
    const huge = Buffer.from(zip64);
    huge.writeBigUInt64LE(2n ** 60n, locator + 8);
    expect(() => readZipDirectory(huge)).toThrow(ZipFormatError);
  });
});
