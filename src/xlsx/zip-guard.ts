/**
 * Opens a workbook's zip under the limits, before any XML is read: what kind of file it is (empty,
 * an OLE/CFB container such as an old .xls or a password-protected workbook, a zip, something
 * else), whether its entries' declared sizes and ratios stay within the limits, and then streams
 * the entries the reader asks for.
 *
 * The zip itself is read by yauzl (central directory, zip64, names, and each entry inflated by
 * Node's zlib as it is read). yauzl checks that an entry inflates to exactly its declared size
 * (validateEntrySizes) and stops a stream that goes past it, so the declared sizes checked here
 * bound what reading can inflate: a bomb or a lying header costs at most the limit.
 *
 * Entries up to SYNC_MAX_BYTES are inflated in one synchronous zlib call instead (capped at their
 * declared size the same way): for the few small parts of a workbook a stream's asynchronous
 * hops cost more than the inflating itself; in a batch of small proposals they made reading
 * several times slower than the floor (bench/reader.bench.ts).
 */
import type { Readable } from "node:stream";
import { inflateRawSync } from "node:zlib";
import yauzl from "yauzl";
import type { ReadLimits } from "./limits";
import { UnreadableError } from "./unreadable";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
/** Encrypted OOXML is a CFB file holding the streams "EncryptionInfo" and "EncryptedPackage". */
const ENCRYPTION_INFO_UTF16 = Buffer.from("EncryptionInfo", "utf16le");
/** Entries inflated at once rather than streamed (see above); larger ones stream in chunks. */
const SYNC_MAX_BYTES = 2 * 1024 * 1024;

export interface WorkbookZip {
  /** Names of the file entries (directories left out). */
  readonly names: ReadonlySet<string>;
  /**
   * Streams entry `name` as decoded text to `onText`, chunk by chunk; false when there is no such
   * entry. A stream that inflates past its declared size is a ZIP_BOMB, a damaged one CORRUPT.
   */
  readText(name: string, onText: (chunk: string) => void): Promise<boolean>;
  close(): void;
}

/** Throws an UnreadableError unless `data` is a zip workbook within the limits. */
export async function openWorkbookZip(data: Buffer, limits: ReadLimits): Promise<WorkbookZip> {
  sniff(data, limits);
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(data, { lazyEntries: true, validateEntrySizes: true }, (err, z) =>
        err ? reject(err) : resolve(z),
      ),
    );
  } catch (e) {
    throw corrupt(e);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new UnreadableError("ZIP_BOMB", { entries: zip.entryCount, limit: limits.maxEntries });
  }
  const entries = await listEntries(zip);
  checkDeclaredSizes(entries, limits);
  if (!entries.has("[Content_Types].xml") || ![...entries.keys()].some((n) => n.startsWith("xl/"))) {
    throw new UnreadableError("NOT_XLSX");
  }
  return {
    names: new Set(entries.keys()),
    readText: async (name, onText) => {
      const entry = entries.get(name);
      if (entry && entry.uncompressedSize <= SYNC_MAX_BYTES) return readTextAtOnce(data, entry, onText);
      return readText(zip, entry, onText);
    },
    close: () => zip.close(),
  };
}

function sniff(data: Buffer, limits: ReadLimits): void {
  if (data.length === 0) throw new UnreadableError("EMPTY_FILE");
  if (data.length > limits.maxFileBytes) {
    throw new UnreadableError("FILE_TOO_LARGE", { bytes: data.length, limit: limits.maxFileBytes });
  }
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new UnreadableError(data.includes(ENCRYPTION_INFO_UTF16) ? "ENCRYPTED" : "OLD_XLS");
  }
  if (data.length < 4 || data.readUInt32LE(0) !== ZIP_LOCAL) throw new UnreadableError("NOT_XLSX");
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  return new Promise((resolve, reject) => {
    zip.on("entry", (e: yauzl.Entry) => {
      if (!e.fileName.endsWith("/")) entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", (e) => reject(corrupt(e)));
    zip.readEntry();
  });
}

function checkDeclaredSizes(entries: ReadonlyMap<string, yauzl.Entry>, limits: ReadLimits): void {
  let total = 0;
  for (const e of entries.values()) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxCompressionRatio) {
      throw new UnreadableError("ZIP_BOMB", {
        entry: e.fileName,
        ratio: Math.round(ratio),
        limit: limits.maxCompressionRatio,
      });
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new UnreadableError("ZIP_BOMB", { bytes: total, limit: limits.maxUncompressedBytes });
  }
}

async function readText(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
  onText: (chunk: string) => void,
): Promise<boolean> {
  if (!entry) return false;
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (err, s) => (err ? reject(corrupt(err, entry.fileName)) : resolve(s))),
  );
  const decoder = new TextDecoder("utf-8");
  await new Promise<void>((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => {
      try {
        onText(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        stream.destroy();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    stream.on("end", () => {
      try {
        const last = decoder.decode();
        if (last !== "") onText(last);
        resolve();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    stream.on("error", (e) => reject(streamError(e, entry)));
  });
  return true;
}

/** The whole (small) entry inflated in one call, capped at its declared size; sizes are yauzl's. */
function readTextAtOnce(data: Buffer, entry: yauzl.Entry, onText: (chunk: string) => void): boolean {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > data.length || data.readUInt32LE(at) !== ZIP_LOCAL) throw corrupt("bad local header", entry.fileName);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  if (start + entry.compressedSize > data.length) throw corrupt("entry runs past the end of the file", entry.fileName);
  const raw = data.subarray(start, start + entry.compressedSize);
  let inflated: Buffer;
  if (entry.compressionMethod === 0) inflated = raw;
  else if (entry.compressionMethod === 8) {
    try {
      inflated = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw sizeError(entry);
      throw corrupt(e, entry.fileName);
    }
  } else throw corrupt(`unsupported compression method ${entry.compressionMethod}`, entry.fileName);
  if (inflated.length !== entry.uncompressedSize) throw sizeError(entry);
  const text = new TextDecoder("utf-8").decode(inflated);
  if (text !== "") onText(text);
  return true;
}

function sizeError(entry: yauzl.Entry): UnreadableError {
  return new UnreadableError(
    "ZIP_BOMB",
    { entry: entry.fileName, bytes: entry.uncompressedSize },
    "size differs from the declared size",
  );
}

/** yauzl's size check says "too many bytes" for an entry inflating past its declared size. */
function streamError(e: Error, entry: yauzl.Entry): UnreadableError {
  if (/too many bytes|not enough bytes/.test(e.message)) return sizeError(entry);
  return corrupt(e, entry.fileName);
}

function corrupt(e: unknown, entry?: string): UnreadableError {
  if (e instanceof UnreadableError) return e;
  return new UnreadableError("CORRUPT", entry ? { entry } : {}, e instanceof Error ? e.message : String(e));
}
