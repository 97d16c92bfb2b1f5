/**
 * Opens a workbook's zip under the limits, before any XML is read: what kind of file it is (empty,
 * an OLE/CFB container such as an old .xls or a password-protected workbook, a zip, something
 * else), whether its entries' declared sizes and ratios stay within the limits, and then gives
 * the entries the reader asks for as text.
 *
 * The central directory is read by zip-directory.ts (why not yauzl: see there). An entry must
 * inflate to exactly its declared size, and inflating stops past it, so the declared sizes checked
 * here bound what reading can inflate: a bomb or a lying header costs at most the limit.
 *
 * Entries up to SYNC_MAX_BYTES are inflated in one synchronous zlib call (capped at their declared
 * size): for the few small parts of a workbook a stream's asynchronous hops cost more than the
 * inflating itself (bench/reader.bench.ts). Larger ones (the sheet of a big RK) are inflated as a
 * stream, chunk by chunk, so memory holds a chunk of text rather than the whole part.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { ReadLimits } from "./limits";
import { UnreadableError } from "./unreadable";
import { entryDataStart, readZipDirectory, type ZipEntry } from "./zip-directory";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
/** Encrypted OOXML is a CFB file holding the streams "EncryptionInfo" and "EncryptedPackage". */
const ENCRYPTION_INFO_UTF16 = Buffer.from("EncryptionInfo", "utf16le");
/** Entries inflated at once rather than streamed (see above); larger ones stream in chunks. */
const SYNC_MAX_BYTES = 2 * 1024 * 1024;
/** Compressed bytes given to the inflating stream at a time. */
const STREAM_CHUNK_BYTES = 64 * 1024;

export interface WorkbookZip {
  /** Names of the file entries (directories left out). */
  readonly names: ReadonlySet<string>;
  /**
   * Gives entry `name` as decoded text to `onText`, chunk by chunk; false when there is no such
   * entry. An entry that inflates to other than its declared size is a ZIP_BOMB, a damaged one CORRUPT.
   */
  readText(name: string, onText: (chunk: string) => void): Promise<boolean>;
}

/** Throws an UnreadableError unless `data` is a zip workbook within the limits. */
export async function openWorkbookZip(data: Buffer, limits: ReadLimits): Promise<WorkbookZip> {
  sniff(data, limits);
  let entries: Map<string, ZipEntry>;
  try {
    const admit = (count: number): void => {
      if (count > limits.maxEntries)
        throw new UnreadableError("ZIP_BOMB", { entries: count, limit: limits.maxEntries });
    };
    entries = new Map();
    for (const e of readZipDirectory(data, admit)) if (!e.name.endsWith("/")) entries.set(e.name, e);
  } catch (e) {
    throw corrupt(e);
  }
  checkDeclaredSizes(entries, limits);
  if (!entries.has("[Content_Types].xml") || ![...entries.keys()].some((n) => n.startsWith("xl/"))) {
    throw new UnreadableError("NOT_XLSX");
  }
  return {
    names: new Set(entries.keys()),
    readText: async (name, onText) => {
      const entry = entries.get(name);
      if (!entry) return false;
      const raw = compressedData(data, entry);
      if (entry.uncompressedSize <= SYNC_MAX_BYTES) readTextAtOnce(raw, entry, onText);
      else if (entry.method === 0) readStoredInChunks(raw, entry, onText);
      else await streamText(raw, entry, onText);
      return true;
    },
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

function checkDeclaredSizes(entries: ReadonlyMap<string, ZipEntry>, limits: ReadLimits): void {
  let total = 0;
  for (const e of entries.values()) {
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

/** The entry's compressed bytes, after its local header; an encrypted or unknown method is CORRUPT. */
function compressedData(data: Buffer, entry: ZipEntry): Buffer {
  if (entry.encrypted) throw corrupt("entry is encrypted", entry.name);
  if (entry.method !== 0 && entry.method !== 8)
    throw corrupt(`unsupported compression method ${entry.method}`, entry.name);
  try {
    const start = entryDataStart(data, entry);
    return data.subarray(start, start + entry.compressedSize);
  } catch (e) {
    throw corrupt(e, entry.name);
  }
}

/** The whole (small) entry inflated in one call, capped at its declared size. */
function readTextAtOnce(raw: Buffer, entry: ZipEntry, onText: (chunk: string) => void): void {
  let inflated: Buffer;
  if (entry.method === 0) inflated = raw;
  else {
    try {
      inflated = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw sizeError(entry);
      throw corrupt(e, entry.name);
    }
  }
  if (inflated.length !== entry.uncompressedSize) throw sizeError(entry);
  const text = new TextDecoder("utf-8").decode(inflated);
  if (text !== "") onText(text);
}

/** A large entry stored without compression (rare: Excel deflates), decoded a chunk at a time. */
function readStoredInChunks(raw: Buffer, entry: ZipEntry, onText: (chunk: string) => void): void {
  if (raw.length !== entry.uncompressedSize) throw sizeError(entry);
  const decoder = new TextDecoder("utf-8");
  for (let at = 0; at < raw.length; at += STREAM_CHUNK_BYTES) {
    onText(decoder.decode(raw.subarray(at, at + STREAM_CHUNK_BYTES), { stream: true }));
  }
  const last = decoder.decode();
  if (last !== "") onText(last);
}

/**
 * A large entry inflated as a stream: compressed chunks in, decoded text out to `onText`; stops
 * as soon as it inflates past its declared size. An error thrown by `onText` (a limit, a
 * time-out) ends the stream and is what the promise rejects with.
 */
function streamText(raw: Buffer, entry: ZipEntry, onText: (chunk: string) => void): Promise<void> {
  const inflater = createInflateRaw();
  const decoder = new TextDecoder("utf-8");
  let inflatedBytes = 0;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const stop = (e: unknown): void => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      inflatedBytes += chunk.length;
      if (inflatedBytes > entry.uncompressedSize) return stop(sizeError(entry));
      try {
        onText(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        stop(e);
      }
    });
    inflater.on("end", () => {
      if (settled) return;
      if (inflatedBytes !== entry.uncompressedSize) return stop(sizeError(entry));
      try {
        const last = decoder.decode();
        if (last !== "") onText(last);
      } catch (e) {
        return stop(e);
      }
      settled = true;
      resolve();
    });
    inflater.on("error", (e) => stop(corrupt(e, entry.name)));
    // Written in chunks as the inflater drains, so that it never holds the whole part at once.
    let at = 0;
    const write = (): void => {
      while (!settled && at < raw.length) {
        const chunk = raw.subarray(at, at + STREAM_CHUNK_BYTES);
        at += chunk.length;
        if (!inflater.write(chunk)) return void inflater.once("drain", write);
      }
      if (!settled) inflater.end();
    };
    write();
  });
}

function sizeError(entry: ZipEntry): UnreadableError {
  return new UnreadableError(
    "ZIP_BOMB",
    { entry: entry.name, bytes: entry.uncompressedSize },
    "size differs from the declared size",
  );
}

function corrupt(e: unknown, entry?: string): UnreadableError {
  if (e instanceof UnreadableError) return e;
  return new UnreadableError("CORRUPT", entry ? { entry } : {}, e instanceof Error ? e.message : String(e));
}
