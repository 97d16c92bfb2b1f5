/**
 * What the task pane and the ribbon commands may ask of Excel. src/excel is the only module that
 * calls Excel.run; the UI receives a WorkbookAdapter through props/context, so components are
 * tested with a fake adapter and the adapter is tested against the in-memory host (src/fakehost).
 */
import type { Grid } from "../core/grid/types";
import type { Finding } from "../core/rules/findings";

export interface ReadProgress {
  readonly sheetsDone: number;
  readonly sheetsTotal: number;
  /** Rows read so far over all sheets, and the total to read (known after the first sync). */
  readonly rowsRead: number;
  readonly rowsTotal: number;
  /** Chunks (one context.sync() each) read so far. */
  readonly chunksRead?: number;
}

export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: AbortSignal;
  /** Read only these sheets (default: every visible worksheet). */
  readonly sheets?: readonly string[];
}

export interface MarkProgress {
  /** Marks (distinct cells or ranges) written so far, and to write. */
  readonly done: number;
  readonly total: number;
}

export interface MarkOptions {
  readonly onProgress?: (progress: MarkProgress) => void;
  /** Stops after the current batch; the marks written so far stay (and can be removed). */
  readonly signal?: AbortSignal;
}

/**
 * Why an adapter call failed, for a message that says what to do: CELL_EDIT_MODE (finish editing
 * the cell), NOT_FOUND (sheet or cell gone), ALREADY_EXISTS, TOO_LARGE (over Excel's payload or
 * cell limits), BUSY (Excel busy or offline: retry), PROTECTED (protected sheet or workbook),
 * UNSUPPORTED (this Excel lacks the API), ABORTED (the caller's AbortSignal), UNKNOWN.
 */
export type AdapterErrorCode =
  | "CELL_EDIT_MODE"
  | "NOT_FOUND"
  | "ALREADY_EXISTS"
  | "TOO_LARGE"
  | "BUSY"
  | "PROTECTED"
  | "UNSUPPORTED"
  | "ABORTED"
  | "UNKNOWN";

/** Column headings of the findings sheet, in the user's language (same order as FindingRow). */
export interface FindingHeaders {
  readonly severity: string;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly basis: string;
}

/** One row of the "Hasil Validasi" sheet, already in the user's language. */
export interface FindingRow {
  readonly severity: string;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly basis: string;
}

/** What a mark needs: a finding, or a changed cell of the Bandingkan tab. */
export type MarkSpot = Pick<Finding, "sheet" | "cell" | "severity">;

export interface WorkbookAdapter {
  /** The used range of each sheet as a Grid (values and number formats), read in chunks. */
  readGrids(options?: ReadOptions): Promise<Grid[]>;
  /** Activates the sheet and selects the cell or range ("H15", "B15:H15"). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Replaces the add-in's earlier marks by marks on these findings' cells, in batches within
   * Excel's request limits; returns how many cells were marked (so far, when cancelled). Reversible.
   */
  addMarks(findings: readonly MarkSpot[], options?: MarkOptions): Promise<number>;
  /** Removes every mark this add-in made (and nothing else); returns how many were removed. */
  removeMarks(): Promise<number>;
  /**
   * Writes a new findings sheet named `title` (never overwriting: a taken name gets " (2)", …),
   * with a hyperlink from each row to its cell; returns the sheet's name. The column headings
   * come from the caller's catalogue, in the user's language.
   */
  writeFindingsSheet(rows: readonly FindingRow[], title: string, headers: FindingHeaders): Promise<string>;
  /**
   * Recalculates every formula (a full calculation), so that the DAK functions answer under the
   * ruleset just made active in the shared runtime.
   */
  recalculate(): Promise<void>;
}
