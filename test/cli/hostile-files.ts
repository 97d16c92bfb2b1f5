/**
 * Byte-level fixtures for the reading limits and file sniffing: hand-made zips (honest, bombs,
 * lying headers, truncated), and OLE/CFB containers like the ones Excel writes for .xls files and
 * for password-protected workbooks.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** Claim this uncompressed size in the headers instead of the true one (a lying zip). */
  declaredSize?: number;
  store?: boolean;
}

export interface ZipOptions {
  /** Write the sizes and offsets the zip64 way (saturated fields, extra fields, zip64 end records). */
  readonly zip64?: boolean;
  /** The archive comment after the end record. */
  readonly comment?: string;
  /**
   * true: names in UTF-8 with the UTF-8 flag; false: each character of a name as one byte (latin1),
   * no flag, for code page 437; unset: UTF-8 bytes without the flag (what many tools write).
   */
  readonly utf8Names?: boolean;
}

/** A zip file with the given entries (deflated unless `store`), sizes in the local and central headers. */
export function makeZip(entries: readonly ZipEntrySpec[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, options.utf8Names === false ? "latin1" : "utf8");
    const body = e.store ? e.data : deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const method = e.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    if (options.utf8Names) central.writeUInt16LE(1 << 11, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 42);
    // Zip64 extra field: uncompressed size, compressed size, local header offset (APPNOTE 4.5.3).
    const extra = Buffer.alloc(options.zip64 ? 28 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      central.writeUInt16LE(extra.length, 30);
    }
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? "", "utf8");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  end.writeUInt16LE(comment.length, 20);
  if (!options.zip64) return Buffer.concat([...locals, cd, end, comment]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, cd, end64, locator, end, comment]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

/** A workbook-looking zip whose sheet is `megabytes` MB of one repeated byte (ratio ≈ 1000). */
export function makeZipBomb(megabytes = 64): Buffer {
  return makeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(megabytes * 1024 * 1024, 0x20) },
  ]);
}

/** The parts around one sheet: a workbook with sheet "RK" whose part is xl/worksheets/sheet1.xml. */
function workbookParts(): ZipEntrySpec[] {
  return [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="RK" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
  ];
}

/** A one-sheet workbook whose sheet part is `sheetXml` (deflated), written by hand. */
export function makeSheetZip(sheetXml: string | Buffer): Buffer {
  const data = typeof sheetXml === "string" ? Buffer.from(sheetXml) : sheetXml;
  return makeZip([...workbookParts(), { name: "xl/worksheets/sheet1.xml", data }]);
}

/** The worksheet element around `inner` (sheetData and whatever follows it). */
export function sheetXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}</worksheet>`;
}

/** A zip that declares a small sheet but inflates to megabytes: only real inflation notices. */
export function makeLyingZip(): Buffer {
  return makeZip([
    ...workbookParts(),
    { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(4 * 1024 * 1024, 0x20), declaredSize: 2000 },
  ]);
}

/** A zip that is not a workbook (a .docx-like package). */
export function makeNonWorkbookZip(): Buffer {
  return makeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "word/document.xml", data: Buffer.from("<w:document/>") },
  ]);
}

/**
 * A minimal OLE/CFB (Compound File Binary) container: the 512-byte header with its magic and one
 * directory sector naming the streams. Excel's .xls holds a "Workbook" stream; a password-protected
 * .xlsx is a CFB holding "EncryptionInfo" and "EncryptedPackage".
 */
export function makeCfb(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // byte order mark
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  for (let i = 76; i < 512; i += 4) header.writeUInt32LE(0xffffffff, i);
  header.writeUInt32LE(0, 76); // FAT in sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512, 0);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    const n = Buffer.from(name, "utf16le");
    n.copy(dir, at);
    dir.writeUInt16LE(n.length + 2, at + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage / stream
  });
  return Buffer.concat([header, fat, dir]);
}

export const makeOldXls = (): Buffer => makeCfb(["Workbook", "\u0005SummaryInformation"]);
export const makeEncryptedXlsx = (): Buffer => makeCfb(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
