/**
 * A progress bar on stderr for batches, redrawn in place at most ten times a second and erased
 * when done, so it never mixes with the results on stdout.
 */
export interface ProgressSink {
  write(text: string): void;
}

const WIDTH = 28;
const MIN_INTERVAL_MS = 100;

export function progressLine(done: number, total: number, label: string): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${label}`;
}

export class ProgressBar {
  private last = 0;

  constructor(
    private readonly sink: ProgressSink,
    private readonly label: (done: number, total: number) => string,
    private readonly now: () => number = Date.now,
  ) {}

  update(done: number, total: number): void {
    const t = this.now();
    if (done < total && t - this.last < MIN_INTERVAL_MS) return;
    this.last = t;
    this.sink.write(`\r${progressLine(done, total, this.label(done, total))}\x1b[K`);
  }

  clear(): void {
    this.sink.write("\r\x1b[K");
  }
}
