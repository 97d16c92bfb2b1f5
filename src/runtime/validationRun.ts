/**
 * One validation run: read the workbook through the adapter (in chunks, with progress), then let
 * the engine read the proposal, validate it and sum up the budget. Shared by the task pane and
 * the ribbon command so both give the same findings under the same ruleset.
 */
import type { ReadProgress, WorkbookAdapter } from "../excel/adapter";
import { yieldToEventLoop } from "../excel/run";
import type { CheckEngine, CheckOutcome } from "./engine";

export interface RunOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: AbortSignal;
  /** Called after reading, before the (synchronous) check, so the UI can say "checking". */
  readonly onChecking?: () => void;
}

/** Under the ruleset core chooses for the workbook's proposal with the shared runtime's selection. */
export async function runValidation(
  adapter: WorkbookAdapter,
  engine: CheckEngine,
  options: RunOptions = {},
): Promise<CheckOutcome> {
  const grids = await adapter.readGrids({ onProgress: options.onProgress, signal: options.signal });
  options.onChecking?.();
  // Let the browser paint "checking…" before the synchronous engine work.
  await yieldToEventLoop();
  return engine.check(grids);
}
