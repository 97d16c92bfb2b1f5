/** The one way src/excel reaches Excel: Excel.run, with Office errors turned into AdapterError. */
import { abortedError, toAdapterError } from "./errors";

export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions,
): Promise<T> {
  try {
    return await (options ? Excel.run(options, batch) : Excel.run(batch));
  } catch (error) {
    throw toAdapterError(error);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError();
}

/** Lets the task pane (and Office's responsiveness watchdog) run between two chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
