/**
 * The worker side of the pool: takes its configuration (limits, ruleset) from the first message,
 * then checks the files the main thread sends, one at a time and in the order sent, answering with
 * plain-data reports. Runs in a worker_thread started from dak-worker.js (worker-main.ts).
 *
 * The pool sends a file before the previous one is done (pool.ts), so that a worker never waits
 * for the main thread between files; the files are queued here and checked one after another.
 */
import { parentPort } from "node:worker_threads";
import { loadRuleset } from "../core/rules/load-ruleset";
import type { Ruleset } from "../core/rules/ruleset";
import { checkFile, type CheckOptions } from "./check-file";
import { unreadableReport } from "./report";
import { isWorkerConfig, type WorkerConfig, type WorkRequest } from "./worker-setup";

function rulesetOf(config: WorkerConfig["config"]): Ruleset | undefined {
  if (config.rulesJson === undefined) return undefined;
  const loaded = loadRuleset(config.rulesJson);
  if (!loaded.ok) throw new Error("ruleset rejected in worker");
  return loaded.ruleset;
}

export function runWorker(): void {
  const port = parentPort;
  if (!port) return;
  let options: CheckOptions | undefined;
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (message: WorkerConfig | WorkRequest) => {
    if (isWorkerConfig(message)) {
      const { config } = message;
      options = { limits: config.limits, ruleset: rulesetOf(config), ta: config.ta };
      return;
    }
    const req = message;
    queue = queue.then(async () => {
      const report = options
        ? await checkFile(req.path, req.display, options)
        : unreadableReport(req.display, "INTERNAL_ERROR", { detail: "worker given a file before its configuration" });
      port.postMessage({ id: req.id, report });
    });
  });
}
