/**
 * Checks many files in parallel on worker threads (default: one per core), each under a time
 * limit and a heap limit. A worker that times out or dies (out of memory, a crash in a parser)
 * is replaced, and its file becomes an `unreadable` report: the batch always finishes. Results
 * come back in the order of the input, whatever order the workers finish in.
 *
 * Workers stay warm: each is started once and given file paths, so what a file costs is reading
 * and checking it (the worker reads the file itself; nothing is copied between threads but the
 * path and the plain-data report). A worker holds the file it checks and the next one; the time
 * limit runs for the one it checks, and when it fails on that file the next goes to another.
 *
 * Why not piscina or tinypool (issue 16.5): what this pool must do is end a worker that overruns
 * one file's time limit or its heap, replace it, and turn that file into a report with the right
 * reason (TIMEOUT, OUT_OF_MEMORY, INTERNAL_ERROR) while the batch goes on, in input order.
 * piscina can abort a running task through an AbortSignal, ending its worker; the per-file timers,
 * the mapping of failures to reasons and the ordering would still be written here, which is most
 * of this file, and the library would be one more dependency in the bundle. Kept; not measured
 * against them: this pool's own cost is one postMessage each way per file, small beside the
 * milliseconds reading a small file takes (bench/reader.bench.ts).
 */
import { Worker } from "node:worker_threads";
import type { ReadLimits } from "../xlsx/limits";
import { unreadableReport, type FileReport } from "./report";
import { takePrestartedWorker } from "./prestart";
import { WORKER_HEAP_MB, type WorkerConfig, type WorkRequest } from "./worker-setup";

export interface InputFile {
  readonly path: string;
  readonly display: string;
}

/** What the workers are started with: known before the files are (see startPool). */
export interface PoolSetup {
  readonly jobs: number;
  /** The script a worker runs (dak-worker.js beside the CLI bundle). */
  readonly script: string;
  readonly limits: ReadLimits;
  readonly rulesJson?: unknown;
  readonly ta?: number;
  /** Heap limit per worker. */
  readonly maxHeapMb?: number;
}

export interface BatchCallbacks {
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Each report as it arrives (any order); what it returns is what the pool keeps for the
   * result (dak validate prints the findings and keeps a slim report: big batches stay in memory).
   */
  readonly onReport?: (index: number, report: FileReport) => FileReport;
}

export type PoolOptions = PoolSetup & BatchCallbacks;

/** Workers started ahead of the batch they will check. */
export interface Pool {
  /** Checks the files (once per pool); the workers end when the last report is in. */
  check(files: readonly InputFile[], callbacks?: BatchCallbacks): Promise<FileReport[]>;
  /** Ends the workers (a batch given up before or while it runs). */
  close(): void;
}

/**
 * Files a worker holds at once: the one it checks and the next, so that it never waits for the
 * main thread between files (the round trip was a worker's idle time in a batch of small files).
 */
const IN_HAND = 2;

interface Slot {
  /** Undefined once ended (closed, or ended after it failed on a file until it is needed again). */
  worker?: Worker;
  /** Files sent to the worker and not yet answered, in the order sent: it checks the first. */
  readonly tasks: number[];
  /** The first file's time limit. */
  timer?: NodeJS.Timeout;
}

export function checkFilesInPool(files: readonly InputFile[], options: PoolOptions): Promise<FileReport[]> {
  if (files.length === 0) return Promise.resolve([]);
  return startPool({ ...options, jobs: Math.min(options.jobs, files.length) }).check(files, options);
}

/**
 * Starts the first worker now, before the files are known: a worker takes about a tenth of a
 * second to boot and load its bundle, and the main thread meanwhile collects the files (in a
 * batch of 300 small proposals the two had run one after the other, ~10% of the time). The
 * others start when the batch comes, as many as it has files for (one file needs one worker).
 */
export function startPool(setup: PoolSetup): Pool {
  const config: WorkerConfig = { config: { limits: setup.limits, rulesJson: setup.rulesJson, ta: setup.ta } };
  const heapMb = setup.maxHeapMb ?? WORKER_HEAP_MB;
  const slots: Slot[] = [];
  let closed = false;
  const end = (slot: Slot): void => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const worker = slot.worker;
    slot.worker = undefined;
    if (!worker) return;
    worker.removeAllListeners();
    // It may still fail while terminating (out of memory): that must not become an uncaught error.
    worker.on("error", () => undefined);
    void worker.terminate();
  };
  /** What the current batch's events go to (set by check()); before it, a failed worker just ends. */
  let onMessage: (slot: Slot, index: number, report: FileReport) => void = () => undefined;
  let onFailure: (slot: Slot, code: "OUT_OF_MEMORY" | "INTERNAL_ERROR", detail: string) => void = end;
  const spawn = (slot: Slot, adopt?: Worker): Worker => {
    const worker = adopt ?? new Worker(setup.script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    // First the configuration; the port keeps the order, so it comes before any file.
    worker.postMessage(config);
    worker.on("message", (msg: { id: number; report: FileReport }) => onMessage(slot, msg.id, msg.report));
    worker.on("error", (err: Error & { code?: string }) => {
      onFailure(slot, err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "OUT_OF_MEMORY" : "INTERNAL_ERROR", err.message);
    });
    worker.on("exit", (code) => onFailure(slot, "INTERNAL_ERROR", `worker exited with code ${code}`));
    return worker;
  };
  const first: Slot = { tasks: [] };
  first.worker = spawn(first, takePrestartedWorker(setup.script, heapMb));
  slots.push(first);
  const close = (): void => {
    closed = true;
    for (const slot of slots) end(slot);
  };

  const check = (files: readonly InputFile[], callbacks: BatchCallbacks = {}): Promise<FileReport[]> => {
    if (closed) return Promise.reject(new Error("the pool is closed"));
    const results: FileReport[] = new Array(files.length);
    while (slots.length < Math.min(setup.jobs, files.length)) {
      const slot: Slot = { tasks: [] };
      slot.worker = spawn(slot);
      slots.push(slot);
    }
    if (files.length === 0) {
      close();
      return Promise.resolve(results);
    }
    /** Files given back by a worker that failed on the file before them: they go first. */
    const returned: number[] = [];
    let next = 0;
    let done = 0;
    return new Promise((resolve) => {
      const record = (index: number, report: FileReport): void => {
        results[index] = callbacks.onReport ? callbacks.onReport(index, report) : report;
        done++;
        callbacks.onProgress?.(done, files.length);
        if (done === files.length) {
          close();
          resolve(results);
        }
      };
      const limitFirst = (slot: Slot): void => {
        clearTimeout(slot.timer);
        slot.timer = undefined;
        const index = slot.tasks[0];
        if (index === undefined) return;
        slot.timer = setTimeout(() => {
          fail(slot, unreadableReport(files[index].display, "TIMEOUT", { millis: setup.limits.maxMillis }));
        }, setup.limits.maxMillis);
      };
      onMessage = (slot, index, report) => {
        const at = slot.tasks.indexOf(index);
        if (at === -1) return;
        slot.tasks.splice(at, 1);
        // The worker has begun its next file: that one's time limit starts now.
        if (at === 0) limitFirst(slot);
        record(index, report);
        feed(slot);
      };
      /** The worker overran or died on its first file: that file gets `report`, the worker is replaced. */
      const fail = (slot: Slot, report: FileReport): void => {
        const [first, ...rest] = slot.tasks;
        slot.tasks.length = 0;
        returned.unshift(...rest);
        end(slot);
        record(first, report);
        feed(slot);
      };
      onFailure = (slot, code, detail) => {
        const first = slot.tasks[0];
        if (first !== undefined) fail(slot, unreadableReport(files[first].display, code, { detail }));
        // A worker that ended with nothing in hand (before the batch came) is started again when fed.
        else end(slot);
      };
      const take = (): number | undefined =>
        returned.length > 0 ? returned.shift() : next < files.length ? next++ : undefined;
      const feed = (slot: Slot): void => {
        if (done === files.length || closed) return;
        // Near the end a file waits for a free worker rather than behind another file.
        const inHand = files.length - next > slots.length ? IN_HAND : 1;
        while (slot.tasks.length < inHand) {
          const index = take();
          if (index === undefined) return;
          slot.worker ??= spawn(slot);
          slot.tasks.push(index);
          if (slot.tasks.length === 1) limitFirst(slot);
          const req: WorkRequest = { id: index, path: files[index].path, display: files[index].display };
          slot.worker.postMessage(req);
        }
      };
      for (const slot of slots) feed(slot);
    });
  };
  return { check, close };
}

/** Memory a worker is planned for: a 200,000-line RK reads in about 1 GB, a 20,000-line one in ~150 MB. */
const WORKER_BUDGET_BYTES = 512 * 1024 * 1024;

/**
 * The default --jobs: one worker per idle core, as far as the free memory holds one worker budget
 * each. A core is busy while the load (the 1-minute load average, as `make -l` reads it) covers it:
 * a worker there only competes with the others for the core and warms up its own copy of the code
 * (in a batch of 300 small proposals on 2 cores under a load of 15, --jobs 2 gave 60 files/s
 * against 88 for --jobs 1). At least one worker; on a quiet machine, one per core.
 */
export function defaultJobs(cpus: number, freeBytes: number, load = 0): number {
  const idle = Math.ceil(cpus - load);
  return Math.max(1, Math.min(cpus, idle, Math.floor(freeBytes / WORKER_BUDGET_BYTES)));
}
