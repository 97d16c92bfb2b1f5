/** Small timing helpers shared by the benchmarks. */

/** Runs fn repeatedly for about `ms` milliseconds (after a warm-up) and returns calls per second. */
export function opsPerSecond(fn: () => unknown, ms = 1000): number {
  const warmUpEnd = performance.now() + Math.min(200, ms / 4);
  while (performance.now() < warmUpEnd) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

/** Median wall time in milliseconds of `runs` runs of fn (after one warm-up run). */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function formatRate(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** A line like "terbilang: 1,234,567 calls/s (target ≥ 500,000) OK". */
export function report(label: string, value: string, target?: string, met?: boolean): void {
  const verdict = met === undefined ? "" : met ? "  [meets target]" : "  [BELOW TARGET]";
  console.log(`${label}: ${value}${target ? ` (target ${target})` : ""}${verdict}`);
}
