/**
 * What the pool and its workers say to each other. A worker is started with nothing (it may be
 * started before the command line is read: prestart.ts); its first message is the configuration
 * (limits, ruleset), every later one gives it a file. It answers each file with a report.
 */
import type { ReadLimits } from "../xlsx/limits";

/** The file the workers run, next to dak.js: only the checking side of the command line. */
export const WORKER_FILE = "dak-worker.js";

/** Heap limit per worker unless the pool is told otherwise. */
export const WORKER_HEAP_MB = 2048;

export interface WorkerConfig {
  readonly config: {
    readonly limits: ReadLimits;
    /** The ruleset as JSON from --rules (already checked by the main thread), or a bundled TA. */
    readonly rulesJson?: unknown;
    readonly ta?: number;
  };
}

export interface WorkRequest {
  readonly id: number;
  readonly path: string;
  readonly display: string;
}

export function isWorkerConfig(message: unknown): message is WorkerConfig {
  return typeof message === "object" && message !== null && "config" in message;
}
