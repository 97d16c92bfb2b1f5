/** Test helper: the CLI's IO with stdout and stderr recorded as text, for `run(argv, io)` in-process. */
import type { CliIO } from "../../src/cli/io";

export type RecordingIO = CliIO & { out: () => string; err: () => string };

export function recordingIO(cwd: string, options: { cpus?: number } = {}): RecordingIO {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    color: false,
    cpus: options.cpus ?? 1,
    now: () => 0,
    out: () => out,
    err: () => err,
  };
}
