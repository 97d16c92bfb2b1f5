/**
 * A zip's central directory, read from the whole file in memory: the entries' names, methods,
 * declared sizes and where their data starts. What a reader of .xlsx files needs of the zip
 * format (APPNOTE 6.3: end of central directory, zip64, central and local headers), no more: no
 * writing, no multi-disk archives, no encryption (an encrypted entry is refused when read).
 *
 * Why not yauzl (used until issue 18's batch goal): yauzl reads through an asynchronous
 * file-slicer even from a buffer, one event-loop turn per entry, with its own objects per entry;
 * in a batch of 300 small proposals that was about a tenth of a worker's time (CPU profile: the
 * turns, yauzl's code and the idle waits between them), against a few microseconds for these
 * fixed-layout records. The file is in memory already (grid-reader.ts), so nothing here streams.
 *
 * Every offset read is checked against the buffer: a damaged or hostile directory is a
 * ZipFormatError (the caller's CORRUPT), never an exception from Buffer or an endless loop.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared: reading checks that the entry inflates to exactly this. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL = 0x04034b50;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
const UTF8_NAMES = 1 << 11;

/**
 * Every entry of the central directory, in its order. `admit` is told how many entries the
 * directory declares before any is read, and may throw (a limit on entries).
 */
export function readZipDirectory(data: Buffer, admit: (count: number) => void = () => undefined): ZipEntry[] {
  const { count, offset, size } = directoryBounds(data);
  admit(count);
  const entries: ZipEntry[] = [];
  let at = offset;
  const end = offset + size;
  for (let i = 0; i < count; i++) {
    need(data, at, CENTRAL_SIZE, "central directory");
    if (data.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError("bad central directory header");
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipFormatError("central directory runs past its declared size");
    const nameBytes = data.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const sizes = zip64Sizes(data, at + CENTRAL_SIZE + nameLength, extraLength, {
      uncompressedSize: data.readUInt32LE(at + 24),
      compressedSize: data.readUInt32LE(at + 20),
      localHeaderOffset: data.readUInt32LE(at + 42),
    });
    entries.push({
      name: flags & UTF8_NAMES ? nameBytes.toString("utf8") : cp437(nameBytes),
      method: data.readUInt16LE(at + 10),
      encrypted: (flags & 1) !== 0,
      ...sizes,
    });
    at = next;
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra lengths are its own. */
export function entryDataStart(data: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  need(data, at, LOCAL_SIZE, "local header");
  if (data.readUInt32LE(at) !== LOCAL) throw new ZipFormatError("bad local header");
  const start = at + LOCAL_SIZE + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  need(data, start, entry.compressedSize, "entry data");
  return start;
}

interface Bounds {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

function directoryBounds(data: Buffer): Bounds {
  const eocd = findEndOfDirectory(data);
  if (data.readUInt16LE(eocd + 4) !== 0 || data.readUInt16LE(eocd + 6) !== 0) {
    throw new ZipFormatError("multi-disk zip files are not supported");
  }
  let count = data.readUInt16LE(eocd + 10);
  let size = data.readUInt32LE(eocd + 12);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = zip64Bounds(data, eocd));
  }
  need(data, offset, size, "central directory");
  // Each entry takes at least a header: a count beyond that is a lie (and a loop's bound here).
  if (count * CENTRAL_SIZE > size) throw new ZipFormatError("entry count exceeds the central directory");
  return { count, offset, size };
}

/** The last end-of-directory record whose comment reaches exactly to the end of the file. */
function findEndOfDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data.readUInt32LE(at) === EOCD && at + EOCD_SIZE + data.readUInt16LE(at + 20) === data.length) return at;
  }
  throw new ZipFormatError("end of central directory record signature not found");
}

function zip64Bounds(data: Buffer, eocd: number): Bounds {
  const locator = eocd - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_LOCATOR) {
    throw new ZipFormatError("zip64 end of central directory locator not found");
  }
  const record = safeNumber(data.readBigUInt64LE(locator + 8));
  need(data, record, 56, "zip64 end of central directory");
  if (data.readUInt32LE(record) !== ZIP64_EOCD) throw new ZipFormatError("bad zip64 end of central directory");
  return {
    count: safeNumber(data.readBigUInt64LE(record + 32)),
    size: safeNumber(data.readBigUInt64LE(record + 40)),
    offset: safeNumber(data.readBigUInt64LE(record + 48)),
  };
}

type Sizes = Pick<ZipEntry, "uncompressedSize" | "compressedSize" | "localHeaderOffset">;

/** A central header's sizes, with the ones saturated at 0xffffffff taken from its zip64 extra field. */
function zip64Sizes(data: Buffer, extraStart: number, extraLength: number, sizes: Sizes): Sizes {
  const saturated = (Object.keys(sizes) as (keyof Sizes)[]).filter((k) => sizes[k] === 0xffffffff);
  if (saturated.length === 0) return sizes;
  const end = extraStart + extraLength;
  for (let at = extraStart; at + 4 <= end;) {
    const id = data.readUInt16LE(at);
    const length = data.readUInt16LE(at + 2);
    if (at + 4 + length > end) break;
    if (id === ZIP64_EXTRA) {
      if (length < saturated.length * 8) throw new ZipFormatError("zip64 extra field too short");
      // The field holds the saturated values only, in this order (APPNOTE 4.5.3).
      const found = { ...sizes };
      saturated.forEach((k, i) => (found[k] = safeNumber(data.readBigUInt64LE(at + 4 + i * 8))));
      return found;
    }
    at += 4 + length;
  }
  throw new ZipFormatError("zip64 extra field missing");
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("zip64 value out of range");
  return Number(n);
}

function need(data: Buffer, at: number, length: number, what: string): void {
  if (at < 0 || length < 0 || at + length > data.length)
    throw new ZipFormatError(`${what} runs past the end of the file`);
}

/** Names without the UTF-8 flag are in IBM code page 437 (APPNOTE appendix D), as yauzl read them. */
function cp437(bytes: Buffer): string {
  let ascii = true;
  for (const b of bytes) if (b >= 0x80) ascii = false;
  if (ascii) return bytes.toString("latin1");
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80])).join("");
}

const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";
