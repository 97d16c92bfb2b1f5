/** The main thread of `dak`: runs the command of process.argv with the real process as its io. */
import { availableParallelism } from "node:os";
import { pipeSafe } from "./pipe-safe";
import { run } from "./run";

/** `workerScript`: the file the pool's workers run (dak-worker.js), when the bundle has it. */
export function runCommandLine(workerScript: string | undefined): void {
  run(process.argv.slice(2), {
    stdout: pipeSafe(process.stdout),
    stderr: pipeSafe(process.stderr),
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    cpus: availableParallelism(),
    workerScript,
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
