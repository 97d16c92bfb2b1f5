/**
 * The worker pool's isolation, with a scripted worker that speaks the pool's protocol: a file
 * that hangs is cut off at the time limit, a worker that dies or runs out of memory is replaced,
 * and the batch always finishes with one report per file, in input order.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFilesInPool, type InputFile, type Prepared } from "../../src/cli/pool";
import { unreadableReport } from "../../src/cli/report";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";

const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (req) => {
  if (req.display.includes("hang")) return;
  if (req.display.includes("crash")) process.exit(3);
  if (req.display.includes("oom")) { const keep = []; for (;;) keep.push(new Array(1e6).fill(req.id)); }
  // Echoes the bytes prepared on the main thread, if any, as the kab/kota.
  const kabKota = req.checked ? Buffer.from(req.checked).toString("utf8") : undefined;
  setTimeout(() => parentPort.postMessage({ id: req.id, report: {
    file: req.display, status: "ok", findings: [], errors: 0, warnings: 0,
    facts: { kabKota, pagu: null, total: null, sisa: null, penunjangShare: null } } }), 5);
});
`;

describe("checkFilesInPool", () => {
  const script = join(mkdtempSync(join(tmpdir(), "dak-pool-")), "worker.js");
  writeFileSync(script, WORKER);
  const files = (names: string[]) => names.map((n) => ({ path: n, display: n }));

  it("returns one report per file in input order, on several workers", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `f${i}.xlsx`);
    const progress: number[] = [];
    const reports = await checkFilesInPool(files(names), {
      jobs: 3,
      script,
      limits: DEFAULT_LIMITS,
      onProgress: (d) => progress.push(d),
    });
    expect(reports.map((r) => r.file)).toEqual(names);
    expect(progress).toEqual(names.map((_, i) => i + 1));
  });

  it("turns a hang into TIMEOUT, a dying worker into INTERNAL_ERROR and memory exhaustion into OUT_OF_MEMORY; the batch goes on", async () => {
    const names = ["a.xlsx", "hang.xlsx", "b.xlsx", "crash.xlsx", "c.xlsx", "oom.xlsx", "d.xlsx"];
    const reports = await checkFilesInPool(files(names), {
      jobs: 2,
      script,
      limits: { ...DEFAULT_LIMITS, maxMillis: 1500 },
      maxHeapMb: 64,
    });
    expect(reports.map((r) => `${r.file}:${r.reason?.code ?? r.status}`)).toEqual([
      "a.xlsx:ok",
      "hang.xlsx:TIMEOUT",
      "b.xlsx:ok",
      "crash.xlsx:INTERNAL_ERROR",
      "c.xlsx:ok",
      "oom.xlsx:OUT_OF_MEMORY",
      "d.xlsx:ok",
    ]);
  }, 60_000);

  it("prepares on the main thread only the first file of each starting worker, and hands the bytes over", async () => {
    const names = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx"];
    const prepared: string[] = [];
    const prepare = async (f: InputFile): Promise<Prepared> => {
      prepared.push(f.display);
      // A buffer owning its memory (transferred) for one file, a view into a larger one (copied) for the other.
      const bytes = Buffer.from(`checked ${f.display}`);
      return { checked: f.display === "a.xlsx" ? new Uint8Array(bytes) : bytes };
    };
    const reports = await checkFilesInPool(files(names), { jobs: 2, script, limits: DEFAULT_LIMITS, prepare });
    expect(prepared).toEqual(["a.xlsx", "b.xlsx"]);
    expect(reports.map((r) => `${r.file}:${r.facts.kabKota ?? "-"}`)).toEqual([
      "a.xlsx:checked a.xlsx",
      "b.xlsx:checked b.xlsx",
      "c.xlsx:-",
      "d.xlsx:-",
      "e.xlsx:-",
    ]);
  });

  it("reports a file refused while prepared without sending it, and a failing prepare as INTERNAL_ERROR; a replaced worker's next file is prepared again", async () => {
    const prepared: string[] = [];
    const prepare = async (f: InputFile): Promise<Prepared> => {
      prepared.push(f.display);
      if (f.display.startsWith("bomb")) return { report: unreadableReport(f.display, "ZIP_BOMB") };
      if (f.display.startsWith("bug")) throw new Error("bug in prepare");
      return { checked: new Uint8Array(Buffer.from("x")) };
    };
    const names = ["bomb.xlsx", "bug.xlsx", "crash.xlsx", "after.xlsx", "last.xlsx"];
    const reports = await checkFilesInPool(files(names), { jobs: 1, script, limits: DEFAULT_LIMITS, prepare });
    expect(reports.map((r) => `${r.file}:${r.reason?.code ?? r.status}`)).toEqual([
      "bomb.xlsx:ZIP_BOMB",
      "bug.xlsx:INTERNAL_ERROR",
      "crash.xlsx:INTERNAL_ERROR",
      "after.xlsx:ok",
      "last.xlsx:ok",
    ]);
    // The worker is still fresh after files that never reached it; after crash.xlsx it is a new one.
    expect(prepared).toEqual(["bomb.xlsx", "bug.xlsx", "crash.xlsx", "after.xlsx"]);
  }, 30_000);

  it("resolves at once for no files", async () => {
    expect(await checkFilesInPool([], { jobs: 2, script, limits: DEFAULT_LIMITS })).toEqual([]);
  });
});
