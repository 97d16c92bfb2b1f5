/**
 * Checks many files in parallel on worker threads (default: one per core), each under a time
 * limit and a heap limit. A worker that times out or dies (out of memory, a crash in a parser)
 * is replaced, and its file becomes an `unreadable` report: the batch always finishes. Results
 * come back in the order of the input, whatever order the workers finish in.
 *
 * A worker takes a few hundred milliseconds to start (the bundle, then exceljs). Meanwhile the
 * main thread can run the cheap first step of its first file (`prepare`: read the file and run the
 * zip guard) and hand over the result, transferred rather than copied; for a batch of one big file
 * that step then costs no wall time. A file refused by that step never reaches a worker.
 */
import { Worker } from "node:worker_threads";
import type { ReadLimits } from "../xlsx/limits";
import { unreadableReport, type FileReport } from "./report";
import { WORKER_ROLE, type WorkerSetup, type WorkRequest } from "./worker";

export interface InputFile {
  readonly path: string;
  readonly display: string;
}

export interface PoolOptions {
  readonly jobs: number;
  /** The script a worker runs: the CLI bundle itself (it recognises the worker role). */
  readonly script: string;
  readonly limits: ReadLimits;
  readonly rulesJson?: unknown;
  readonly ta?: number;
  /** Heap limit per worker. */
  readonly maxHeapMb?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** The main thread's first step for the first file of a worker that is starting (see above). */
  readonly prepare?: (file: InputFile) => Promise<Prepared>;
}

/** What `prepare` gives: bytes for the worker (sent as WorkRequest.checked), or the file's final report. */
export type Prepared = { readonly checked: Uint8Array } | { readonly report: FileReport };

interface Slot {
  worker: Worker;
  /** Started and not yet given a file: its first file is prepared here while it starts. */
  fresh: boolean;
  /** The file in hand; no timer while the main thread prepares it. */
  task?: { index: number; timer?: NodeJS.Timeout };
}

export function checkFilesInPool(files: readonly InputFile[], options: PoolOptions): Promise<FileReport[]> {
  const results: FileReport[] = new Array(files.length);
  if (files.length === 0) return Promise.resolve(results);
  const setup: WorkerSetup = {
    role: WORKER_ROLE,
    limits: options.limits,
    rulesJson: options.rulesJson,
    ta: options.ta,
  };
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const slots: Slot[] = [];
    const finish = (slot: Slot, report: FileReport): void => {
      const task = slot.task;
      if (!task) return;
      if (task.timer) clearTimeout(task.timer);
      slot.task = undefined;
      results[task.index] = report;
      done++;
      options.onProgress?.(done, files.length);
      if (done === files.length) {
        for (const s of slots) void s.worker.terminate();
        resolve(results);
      } else feed(slot);
    };
    const replace = (slot: Slot, report: FileReport): void => {
      const old = slot.worker;
      old.removeAllListeners();
      void old.terminate();
      slot.worker = spawn(slot);
      slot.fresh = true;
      finish(slot, report);
    };
    const spawn = (slot: Slot): Worker => {
      const worker = new Worker(options.script, {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 },
      });
      worker.on("message", (msg: { id: number; report: FileReport }) => {
        if (slot.task && msg.id === slot.task.index) finish(slot, msg.report);
      });
      const failed = (code: "OUT_OF_MEMORY" | "INTERNAL_ERROR", detail: string): void => {
        if (slot.task) replace(slot, unreadableReport(files[slot.task.index].display, code, { detail }));
      };
      worker.on("error", (err: Error & { code?: string }) => {
        failed(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "OUT_OF_MEMORY" : "INTERNAL_ERROR", err.message);
      });
      worker.on("exit", (code) => failed("INTERNAL_ERROR", `worker exited with code ${code}`));
      return worker;
    };
    const send = (slot: Slot, index: number, checked?: Uint8Array): void => {
      const timer = setTimeout(() => {
        replace(slot, unreadableReport(files[index].display, "TIMEOUT", { millis: options.limits.maxMillis }));
      }, options.limits.maxMillis);
      slot.task = { index, timer };
      const req: WorkRequest = { id: index, path: files[index].path, display: files[index].display, checked };
      slot.worker.postMessage(req, checked ? transferable(checked) : []);
    };
    const feed = (slot: Slot): void => {
      if (next >= files.length) return;
      const index = next++;
      const { prepare } = options;
      const fresh = slot.fresh;
      slot.fresh = false;
      if (!prepare || !fresh) return send(slot, index);
      slot.task = { index };
      const prepared = prepare(files[index]).catch((e: unknown): Prepared => ({
        report: unreadableReport(files[index].display, "INTERNAL_ERROR", { detail: String(e) }),
      }));
      void prepared.then((p) => {
        // Unless the slot's worker died meanwhile (its file, this one, is then already reported).
        if (slot.task?.index !== index) return;
        if ("report" in p) {
          slot.fresh = true; // the worker never saw this file: its next one can be prepared too
          finish(slot, p.report);
        } else send(slot, index, p.checked);
      });
    };
    const size = Math.max(1, Math.min(options.jobs, files.length));
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: undefined as unknown as Worker, fresh: true };
      slot.worker = spawn(slot);
      slots.push(slot);
    }
    // Workers first, so that they start while the main thread prepares their first files.
    for (const slot of slots) feed(slot);
  });
}

/** The memory of `bytes` to transfer with it when it owns all of it (never part of a shared pool); else it is copied. */
function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? [buffer]
    : [];
}
