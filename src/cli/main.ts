/**
 * Entry point of the `dak` bundle (dist/cli/dak.js, the package's bin). The same file runs as a
 * pool worker when started by the pool (recognised by its workerData), so the bundle is one file.
 */
import { availableParallelism } from "node:os";
import { isMainThread, workerData } from "node:worker_threads";
import { pipeSafe } from "./pipe-safe";
import { run } from "./run";
import { isWorkerSetup, runWorker } from "./worker";

if (!isMainThread && isWorkerSetup(workerData)) {
  runWorker();
} else {
  const script = typeof __filename === "string" && __filename.endsWith(".js") ? __filename : undefined;
  run(process.argv.slice(2), {
    stdout: pipeSafe(process.stdout),
    stderr: pipeSafe(process.stderr),
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    cpus: availableParallelism(),
    workerScript: script,
    now: () => performance.now(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`dak: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
