/**
 * The worker side of the pool: loads the ruleset once, then checks the files the main thread
 * sends, one at a time and in the order sent, answering with plain-data reports. Runs in a
 * worker_thread started from the same bundle (dist/cli/dak.js), recognised by its workerData.
 *
 * The pool sends a file before the previous one is done (pool.ts), so that a worker never waits
 * for the main thread between files; the files are queued here and checked one after another.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadRuleset } from "../core/rules/load-ruleset";
import type { Ruleset } from "../core/rules/ruleset";
import { checkFile } from "./check-file";
import type { WorkerSetup, WorkRequest } from "./worker-setup";

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
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (req: WorkRequest) => {
    queue = queue.then(async () => {
      port.postMessage({ id: req.id, report: await checkFile(req.path, req.display, options) });
    });
  });
}
