/**
 * Checks a file before exceljs inflates anything: what kind of file it is (empty, an OLE/CFB
 * container such as an old .xls or a password-protected workbook, a zip, something else), and,
 * from the zip's central directory, whether its entries stay within the size and ratio limits.
 * Declared sizes can lie, so every entry is then inflated with an output cap of its declared
 * size: a bomb stops at the cap instead of filling memory. Node's zlib only, no zip library.
 */
import { inflateRawSync } from "node:zlib";
import type { ReadLimits } from "./limits";
import { UnreadableError } from "./unreadable";

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const MAX_U32 = 0xffffffff;
/** Encrypted OOXML is a CFB file holding the streams "EncryptionInfo" and "EncryptedPackage". */
const ENCRYPTION_INFO_UTF16 = Buffer.from("EncryptionInfo", "utf16le");

/** Throws an UnreadableError unless `data` is a zip workbook within the limits; returns its entries. */
export function checkWorkbookBytes(data: Buffer, limits: ReadLimits): ZipEntryInfo[] {
  if (data.length === 0) throw new UnreadableError("EMPTY_FILE");
  if (data.length > limits.maxFileBytes) {
    throw new UnreadableError("FILE_TOO_LARGE", { bytes: data.length, limit: limits.maxFileBytes });
  }
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new UnreadableError(data.includes(ENCRYPTION_INFO_UTF16) ? "ENCRYPTED" : "OLD_XLS");
  }
  if (data.length < 4 || data.readUInt32LE(0) !== ZIP_LOCAL) throw new UnreadableError("NOT_XLSX");
  const entries = readCentralDirectory(data);
  if (entries.length > limits.maxEntries) {
    throw new UnreadableError("ZIP_BOMB", { entries: entries.length, limit: limits.maxEntries });
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || ![...names].some((n) => n.startsWith("xl/"))) {
    throw new UnreadableError("NOT_XLSX");
  }
  checkDeclaredSizes(entries, limits);
  verifyInflatedSizes(data, entries, limits);
  return entries;
}

function checkDeclaredSizes(entries: readonly ZipEntryInfo[], limits: ReadLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxCompressionRatio) {
      throw new UnreadableError("ZIP_BOMB", {
        entry: e.name,
        ratio: Math.round(ratio),
        limit: limits.maxCompressionRatio,
      });
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new UnreadableError("ZIP_BOMB", { bytes: total, limit: limits.maxUncompressedBytes });
  }
}

/** Inflates each entry capped at its declared size (+1 byte to notice a lie) and counts cells. */
function verifyInflatedSizes(data: Buffer, entries: readonly ZipEntryInfo[], limits: ReadLimits): void {
  let cells = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const raw = entryData(data, e);
    let inflated: Buffer;
    if (e.method === 0) inflated = raw;
    else if (e.method === 8) {
      try {
        inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize + 1) });
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
          throw new UnreadableError(
            "ZIP_BOMB",
            { entry: e.name, bytes: e.uncompressedSize },
            "entry inflates beyond its declared size",
          );
        }
        throw new UnreadableError("CORRUPT", { entry: e.name }, (err as Error).message);
      }
    } else throw new UnreadableError("CORRUPT", { entry: e.name }, `unsupported compression method ${e.method}`);
    if (inflated.length !== e.uncompressedSize) {
      throw new UnreadableError(
        "ZIP_BOMB",
        { entry: e.name, bytes: e.uncompressedSize },
        "size differs from the declared size",
      );
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      cells += countCells(inflated);
      if (cells > limits.maxCells) throw new UnreadableError("TOO_MANY_CELLS", { cells, limit: limits.maxCells });
    }
  }
}

const CELL_OPEN = Buffer.from("<c ");

/** Counts `<c ` cell elements: a cheap upper bound on cells before any XML is parsed. */
function countCells(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf(CELL_OPEN); i !== -1; i = xml.indexOf(CELL_OPEN, i + 3)) n++;
  return n;
}

function entryData(data: Buffer, e: ZipEntryInfo): Buffer {
  const at = e.localHeaderOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== ZIP_LOCAL) {
    throw new UnreadableError("CORRUPT", { entry: e.name }, "bad local header");
  }
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > data.length) throw new UnreadableError("CORRUPT", { entry: e.name }, "entry runs past the end of the file");
  return data.subarray(start, end);
}

/** Reads the central directory (zip64 included) into entry descriptions. */
export function readCentralDirectory(data: Buffer): ZipEntryInfo[] {
  const eocd = findEndOfCentralDirectory(data);
  let count = data.readUInt16LE(eocd + 10);
  let size = data.readUInt32LE(eocd + 12);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === MAX_U32 || offset === MAX_U32) {
    const z = readZip64End(data, eocd);
    count = z.count;
    size = z.size;
    offset = z.offset;
  }
  if (offset + size > data.length) throw new UnreadableError("CORRUPT", {}, "central directory outside the file");
  const entries: ZipEntryInfo[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== ZIP_CENTRAL) {
      throw new UnreadableError("CORRUPT", {}, "bad central directory entry");
    }
    const nameLen = data.readUInt16LE(p + 28);
    const extraLen = data.readUInt16LE(p + 30);
    const commentLen = data.readUInt16LE(p + 32);
    const name = data.toString("utf8", p + 46, p + 46 + nameLen);
    let compressedSize = data.readUInt32LE(p + 20);
    let uncompressedSize = data.readUInt32LE(p + 24);
    let localHeaderOffset = data.readUInt32LE(p + 42);
    if (compressedSize === MAX_U32 || uncompressedSize === MAX_U32 || localHeaderOffset === MAX_U32) {
      const extra = data.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      ({ compressedSize, uncompressedSize, localHeaderOffset } = readZip64Extra(extra, {
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
      }));
    }
    entries.push({ name, method: data.readUInt16LE(p + 10), compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEndOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data.readUInt32LE(i) === ZIP_EOCD) return i;
  }
  throw new UnreadableError("CORRUPT", {}, "no end of central directory (truncated zip?)");
}

function readZip64End(data: Buffer, eocd: number): { count: number; size: number; offset: number } {
  const loc = eocd - 20;
  if (loc < 0 || data.readUInt32LE(loc) !== ZIP64_LOCATOR)
    throw new UnreadableError("CORRUPT", {}, "zip64 locator missing");
  const at = Number(data.readBigUInt64LE(loc + 8));
  if (at + 56 > data.length || data.readUInt32LE(at) !== ZIP64_EOCD)
    throw new UnreadableError("CORRUPT", {}, "zip64 end record missing");
  return {
    count: Number(data.readBigUInt64LE(at + 32)),
    size: Number(data.readBigUInt64LE(at + 40)),
    offset: Number(data.readBigUInt64LE(at + 48)),
  };
}

type Sizes = { compressedSize: number; uncompressedSize: number; localHeaderOffset: number };

/** The zip64 extra field (id 1) holds, in order, only the fields whose 32-bit value is 0xFFFFFFFF. */
function readZip64Extra(extra: Buffer, s: Sizes): Sizes {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + len) throw new UnreadableError("CORRUPT", {}, "short zip64 extra field");
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      const uncompressedSize = s.uncompressedSize === MAX_U32 ? next() : s.uncompressedSize;
      const compressedSize = s.compressedSize === MAX_U32 ? next() : s.compressedSize;
      const localHeaderOffset = s.localHeaderOffset === MAX_U32 ? next() : s.localHeaderOffset;
      return { compressedSize, uncompressedSize, localHeaderOffset };
    }
    p += 4 + len;
  }
  throw new UnreadableError("CORRUPT", {}, "zip64 sizes missing");
}
