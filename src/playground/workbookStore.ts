/**
 * Tells the playground's grid view when the in-memory workbook changed: every Excel.run batch of
 * the fake host (the adapter's only way in) is followed by a notification, so the grid shows
 * selections, marks and new sheets as soon as the task pane makes them.
 */
import type { FakeExcel } from "../fakehost";

export interface WorkbookStore {
  subscribe(listener: () => void): () => void;
  /** Increases after every batch; React's useSyncExternalStore reads it. */
  version(): number;
  /** Call after changing the model directly (e.g. the user clicking a cell in the grid view). */
  touch(): void;
}

export function watchWorkbook(fake: FakeExcel): WorkbookStore {
  let version = 0;
  const listeners = new Set<() => void>();
  const touch = () => {
    version++;
    for (const listener of listeners) listener();
  };
  const run = fake.Excel.run.bind(fake.Excel) as (...args: unknown[]) => Promise<unknown>;
  const watched = async (...args: unknown[]) => {
    try {
      return await run(...args);
    } finally {
      touch();
    }
  };
  (fake.Excel as { run: unknown }).run = watched;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    touch,
  };
}
