/**
 * The worker side of the pool: loads the ruleset once, then checks the files the main thread
 * sends, one at a time, answering with plain-data reports. Runs in a worker_thread started from
 * the same bundle (dist/cli/dak.js), recognised by its workerData.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadRuleset } from "../core/rules/load-ruleset";
import type { Ruleset } from "../core/rules/ruleset";
import type { ReadLimits } from "../xlsx/limits";
import { checkFile } from "./check-file";

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

function rulesetOfSetup(setup: Pick<WorkerSetup, "rulesJson">): Ruleset | undefined {
  if (setup.rulesJson === undefined) return undefined;
  const loaded = loadRuleset(setup.rulesJson);
  if (!loaded.ok) throw new Error("ruleset rejected in worker");
  return loaded.ruleset;
}

export function runWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort;
  if (!port) return;
  const options = { limits: setup.limits, ruleset: rulesetOfSetup(setup), ta: setup.ta };
  port.on("message", (req: WorkRequest) => {
    void checkFile(req.path, req.display, options).then((report) => port.postMessage({ id: req.id, report }));
  });
}
