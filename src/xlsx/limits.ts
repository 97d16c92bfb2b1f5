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
  /**
   * What the Grids may hold over all sheets, counted as they are built: each row up to the last
   * sheet row holding a value, each slot up to a row's last value (empty ones included), each
   * shared string and merged area. This is what reading costs in memory, whatever the sheet
   * claims (its `<dimension>`) and however its cells are written. Reported as TOO_MANY_CELLS.
   */
  readonly maxCells: number;
  /**
   * Wall time for reading and validating one file: the reader checks it at every chunk it reads,
   * and the worker pool, from when a worker gets the file, ends a worker that overruns it.
   */
  readonly maxMillis: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  // A 20,000-line RK is about 1.2 MB; 50 MB leaves room for embedded pictures and logos.
  maxFileBytes: 50 * 1024 * 1024,
  // A 20,000-line RK inflates to about 12 MB, a 200,000-line one to about 120 MB.
  maxUncompressedBytes: 200 * 1024 * 1024,
  // Real sheets compress 5–30×; a run of one repeated byte compresses about 1000×.
  maxCompressionRatio: 200,
  ratioMinBytes: 1024 * 1024,
  maxEntries: 10_000,
  // A 200,000-line RK holds about 3.5 million; 20 million slots stay well under a worker's 2 GB heap.
  maxCells: 20_000_000,
  maxMillis: 120_000,
};
