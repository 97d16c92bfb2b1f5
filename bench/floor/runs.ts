/**
 * Runs node processes for the benchmarks that hold `dak` against the floor: wall time, and peak
 * memory (max RSS) and CPU time (user + system) from /usr/bin/time when the machine has it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { ROOT } from "../../test/cli/build-cli";

const TIME = "/usr/bin/time";

export interface Run {
  readonly ms: number;
  /** Peak resident memory in MB and CPU time in ms; NaN without /usr/bin/time. */
  readonly mb: number;
  readonly cpuMs: number;
  readonly status: number | null;
}

/** Throws unless the process exits 0 or 1 (dak's "no errors" and "errors found"), unless `anyExit`. */
export function runNode(args: readonly string[], anyExit = false): Run {
  const timed = existsSync(TIME);
  const cmd = timed ? TIME : process.execPath;
  const argv = timed ? ["-f", "maxrss=%M cpu=%U+%S", process.execPath, ...args] : [...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (!anyExit && r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const m = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? "");
  const mb = m ? Number(m[1]) / 1024 : NaN;
  const cpuMs = m ? (Number(m[2]) + Number(m[3])) * 1000 : NaN;
  return { ms, mb, cpuMs, status: r.status };
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each command `rounds` times, interleaved (a, b, c, a, b, c, …), so a busy machine slows all alike. */
export function interleaved(commands: Readonly<Record<string, readonly string[]>>, rounds: number): Map<string, Run[]> {
  const runs = new Map<string, Run[]>(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) for (const [k, args] of Object.entries(commands)) runs.get(k)?.push(runNode(args));
  return runs;
}

/** "load 5.2 / 3.1 / 1.9 on 2 cores" (the 1, 5 and 15 minute load averages). */
export function loadText(cores: number): string {
  return `load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")} on ${cores} cores`;
}
