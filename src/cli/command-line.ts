/** The main thread of `dak`: runs the command of process.argv with the real process as its io. */
import { availableParallelism } from "node:os";
import { pipeSafe } from "./pipe-safe";
import { run } from "./run";

export function runCommandLine(): void {
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
