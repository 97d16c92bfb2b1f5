/**
 * How many rows to read per context.sync(). Excel on the web rejects a response over 5 MB and
 * Range.values refuses more than 5,000,000 cells, so a chunk aims at a response well under that:
 * the first chunk assumes a typical cell size, later chunks use the size measured so far.
 */

/** What one chunk's response should stay under (the limit is 5 MB: room for long texts). */
export const TARGET_RESPONSE_BYTES = 2_000_000;
/** Bytes per cell assumed before any chunk was read: value + valueType + numberFormat in JSON. */
export const INITIAL_BYTES_PER_CELL = 48;
/** Never more cells than this in one read, whatever the measured size (Office caps at 5,000,000). */
export const MAX_CHUNK_CELLS = 1_000_000;
/** Rows per block when looking for hidden rows (one rowHidden probe per block). */
export const HIDDEN_ROW_BLOCK = 1_000;
/** A chunk that must probe rows one by one for hidden rows holds at most this many rows. */
export const MAX_PROBED_ROWS_PER_CHUNK = 5_000;

export function rowsPerChunk(columns: number, bytesPerCell: number): number {
  const cols = Math.max(1, columns);
  const byBytes = Math.floor(TARGET_RESPONSE_BYTES / (Math.max(1, bytesPerCell) * cols));
  const byCells = Math.floor(MAX_CHUNK_CELLS / cols);
  return Math.max(1, Math.min(byBytes, byCells));
}

/** Approximate JSON size of what a chunk returned (values, valueTypes, numberFormat). */
export function responseBytes(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[],
  formats: readonly (readonly string[])[],
): number {
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const vr = values[r];
    const tr = types[r];
    const fr = formats[r];
    for (let c = 0; c < vr.length; c++) {
      const v = vr[c];
      bytes += (typeof v === "string" ? v.length + 3 : String(v).length + 1) + tr[c].length + 3 + fr[c].length + 3;
    }
  }
  return bytes;
}

/** The next estimate of bytes per cell: what was measured, with a safety margin. */
export function nextBytesPerCell(previous: number, measuredBytes: number, cells: number): number {
  if (cells <= 0) return previous;
  return Math.max(8, Math.ceil((measuredBytes / cells) * 1.25));
}
