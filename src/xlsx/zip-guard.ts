/**
 * Checks a file before exceljs inflates anything: what kind of file it is (empty, an OLE/CFB
 * container such as an old .xls or a password-protected workbook, a zip, something else), and,
 * from the zip's central directory, whether its entries stay within the size and ratio limits.
 * Declared sizes can lie, so every entry is then inflated with an output cap of its declared
 * size: a bomb stops at the cap instead of filling memory. Node's zlib only, no zip library.
 *
 * The inflated entries are not thrown away: `inflateWorkbook` repacks them as a zip of stored
 * (uncompressed) entries, which is what exceljs is then given. exceljs (through JSZip and pako,
 * pure JavaScript) would otherwise inflate everything a second time, more slowly than zlib.
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
  /** Where the entry's record starts in the central directory (for its name bytes, CRC, dates). */
  readonly centralOffset: number;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const MAX_U32 = 0xffffffff;
/** General purpose flag bit 11: the entry's name is UTF-8. */
const UTF8_NAME_FLAG = 0x0800;
/** Encrypted OOXML is a CFB file holding the streams "EncryptionInfo" and "EncryptedPackage". */
const ENCRYPTION_INFO_UTF16 = Buffer.from("EncryptionInfo", "utf16le");

/** Throws an UnreadableError unless `data` is a zip workbook within the limits; returns its entries. */
export function checkWorkbookBytes(data: Buffer, limits: ReadLimits): ZipEntryInfo[] {
  const entries = checkStructure(data, limits);
  inflateEntries(data, entries, limits, () => undefined);
  return entries;
}

/**
 * Checks `data` as checkWorkbookBytes does and returns the same workbook as a zip whose entries
 * are stored uncompressed (directories left out), ready for exceljs to read without inflating.
 * Each entry is copied into the result as soon as it is inflated and verified, so the memory used
 * is the result (bounded by maxUncompressedBytes) plus one entry. The result owns its
 * ArrayBuffer, so it can be transferred to a worker.
 */
export function inflateWorkbook(data: Buffer, limits: ReadLimits): Buffer {
  const entries = checkStructure(data, limits);
  const zip = StoredZip.plan(data, entries);
  inflateEntries(data, entries, limits, (e, content) => zip?.add(e, content));
  return zip ? zip.finish() : data;
}

function checkStructure(data: Buffer, limits: ReadLimits): ZipEntryInfo[] {
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

/**
 * Inflates each file entry capped at its declared size (+1 byte to notice a lie), counts cells,
 * and hands each verified content (exactly its declared size) to `take`.
 */
function inflateEntries(
  data: Buffer,
  entries: readonly ZipEntryInfo[],
  limits: ReadLimits,
  take: (e: ZipEntryInfo, content: Buffer) => void,
): void {
  let cells = 0;
  for (const e of entries) {
    if (isDirectory(e)) continue;
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
    take(e, inflated);
  }
}

function isDirectory(e: ZipEntryInfo): boolean {
  return e.name.endsWith("/");
}

/**
 * A zip of stored (uncompressed) entries, laid out from the declared sizes before anything is
 * inflated (inflateEntries only hands over contents of exactly that size). Each entry keeps its
 * name bytes, date, CRC and UTF-8 name flag from the original central directory. No zip64: the
 * limits keep workbooks far below 4 GiB; one that would need it is left as it is (plan gives
 * undefined) and exceljs then inflates it itself.
 */
class StoredZip {
  private at = 0;
  private central: number;
  private count = 0;

  private constructor(
    private readonly data: Buffer,
    private readonly out: Buffer,
    private readonly centralStart: number,
  ) {
    this.central = centralStart;
  }

  static plan(data: Buffer, entries: readonly ZipEntryInfo[]): StoredZip | undefined {
    let localBytes = 0;
    let centralBytes = 0;
    let files = 0;
    for (const e of entries) {
      if (isDirectory(e)) continue;
      const nameLength = data.readUInt16LE(e.centralOffset + 28);
      localBytes += 30 + nameLength + e.uncompressedSize;
      centralBytes += 46 + nameLength;
      files++;
    }
    const total = localBytes + centralBytes + 22;
    if (files > 0xffff || total > MAX_U32) return undefined;
    return new StoredZip(data, Buffer.allocUnsafeSlow(total), localBytes);
  }

  add(e: ZipEntryInfo, content: Buffer): void {
    const { data, out } = this;
    const p = e.centralOffset;
    const name = data.subarray(p + 46, p + 46 + data.readUInt16LE(p + 28));
    const flags = data.readUInt16LE(p + 8) & UTF8_NAME_FLAG;
    const time = data.readUInt16LE(p + 12);
    const date = data.readUInt16LE(p + 14);
    const crc = data.readUInt32LE(p + 16);
    const c = this.central;
    out.writeUInt32LE(ZIP_CENTRAL, c);
    out.writeUInt16LE(20, c + 4); // version made by
    writeCommonHeader(out, c + 6, flags, time, date, crc, content.length, name.length);
    out.fill(0, c + 32, c + 42); // comment length, disk, internal and external attributes
    out.writeUInt32LE(this.at, c + 42);
    name.copy(out, c + 46);
    this.central += 46 + name.length;
    const at = this.at;
    out.writeUInt32LE(ZIP_LOCAL, at);
    writeCommonHeader(out, at + 4, flags, time, date, crc, content.length, name.length);
    name.copy(out, at + 30);
    content.copy(out, at + 30 + name.length);
    this.at += 30 + name.length + content.length;
    this.count++;
  }

  finish(): Buffer {
    const { out } = this;
    const c = this.central;
    out.writeUInt32LE(ZIP_EOCD, c);
    out.writeUInt16LE(0, c + 4);
    out.writeUInt16LE(0, c + 6);
    out.writeUInt16LE(this.count, c + 8);
    out.writeUInt16LE(this.count, c + 10);
    out.writeUInt32LE(c - this.centralStart, c + 12);
    out.writeUInt32LE(this.centralStart, c + 16);
    out.writeUInt16LE(0, c + 20);
    return out;
  }
}

/** The 26 bytes local headers and central records share: version needed … extra field length. */
function writeCommonHeader(
  out: Buffer,
  at: number,
  flags: number,
  time: number,
  date: number,
  crc: number,
  size: number,
  nameLength: number,
): void {
  out.writeUInt16LE(10, at); // version needed: stored
  out.writeUInt16LE(flags, at + 2);
  out.writeUInt16LE(0, at + 4); // method: stored
  out.writeUInt16LE(time, at + 6);
  out.writeUInt16LE(date, at + 8);
  out.writeUInt32LE(crc, at + 10);
  out.writeUInt32LE(size, at + 14);
  out.writeUInt32LE(size, at + 18);
  out.writeUInt16LE(nameLength, at + 22);
  out.writeUInt16LE(0, at + 24); // extra field length
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
    entries.push({
      name,
      method: data.readUInt16LE(p + 10),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      centralOffset: p,
    });
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
