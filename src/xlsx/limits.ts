/**
 * Limits under which one workbook is read. They protect a batch over hundreds of files sent by
 * others from a file that is huge, a zip bomb, or pathologically slow: such a file becomes an
 * `unreadable` result instead of exhausting the machine.
 */
export interface ReadLimits {
  /** Size of the .xlsx file on disk. */
  readonly maxFileBytes: number;
  /** Sum of the uncompressed sizes of all zip entries. */
  readonly maxUncompressedBytes: number;
  /** Uncompressed / compressed size of one entry; checked for entries above `ratioMinBytes`. */
  readonly maxCompressionRatio: number;
  readonly ratioMinBytes: number;
  /** Zip entries (a workbook has a few dozen; millions of tiny entries are an attack). */
  readonly maxEntries: number;
  /** Non-empty cells over all sheets. */
  readonly maxCells: number;
  /**
   * Wall time for reading and validating one file (enforced by the worker pool, from when a worker
   * gets the file; the zip guard's step, when the main thread runs it, is bounded by the size limits).
   */
  readonly maxMillis: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  // A 20,000-line RK is about 1.2 MB; 50 MB leaves room for embedded pictures and logos.
  maxFileBytes: 50 * 1024 * 1024,
  // A 20,000-line RK inflates to about 12 MB; exceljs needs roughly 10× that in memory.
  maxUncompressedBytes: 200 * 1024 * 1024,
  // Real sheets compress 5–30×; a run of one repeated byte compresses about 1000×.
  maxCompressionRatio: 200,
  ratioMinBytes: 1024 * 1024,
  maxEntries: 10_000,
  maxCells: 2_000_000,
  maxMillis: 120_000,
};
