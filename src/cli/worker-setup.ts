/**
 * What the pool and its workers agree on: the setup a worker is started with (its workerData) and
 * the request that gives it a file. Apart from worker.ts so that telling a worker from the main
 * thread (main.ts) loads nothing of either side.
 */
import type { ReadLimits } from "../xlsx/limits";

export const WORKER_ROLE = "dak-check-worker";

export interface WorkerSetup {
  readonly role: typeof WORKER_ROLE;
  readonly limits: ReadLimits;
  /** The ruleset as JSON from --rules (already checked by the main thread), or a bundled TA. */
  readonly rulesJson?: unknown;
  readonly ta?: number;
}

export interface WorkRequest {
  readonly id: number;
  readonly path: string;
  readonly display: string;
}

export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === "object" && data !== null && (data as WorkerSetup).role === WORKER_ROLE;
}
