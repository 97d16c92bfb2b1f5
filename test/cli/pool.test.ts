/**
 * The worker pool's isolation, with a scripted worker that speaks the pool's protocol: a file
 * that hangs is cut off at the time limit, a worker that dies or runs out of memory is replaced,
 * and the batch always finishes with one report per file, in input order.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFilesInPool, defaultJobs, startPool } from "../../src/cli/pool";
import { prestartWorker } from "../../src/cli/prestart";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";

const WORKER = `
const { parentPort, threadId } = require("node:worker_threads");
// Like dak's worker: files are queued and checked one at a time, in the order sent.
const queue = [];
let busy = false;
parentPort.on("message", (req) => {
  // The pool's first message is the configuration (limits, ruleset): nothing to check.
  if (req.config) return;
  queue.push(req);
  if (!busy) nextFile();
});
function nextFile() {
  const req = queue.shift();
  busy = req !== undefined;
  if (!req) return;
  if (req.display.includes("hang")) return;
  if (req.display.includes("crash")) process.exit(3);
  if (req.display.includes("oom")) { const keep = []; for (;;) keep.push(new Array(1e6).fill(req.id)); }
  // Tells which worker checked the file, as the kab/kota.
  const kabKota = "worker " + threadId;
  setTimeout(() => {
    parentPort.postMessage({ id: req.id, report: {
      file: req.display, status: "ok", findings: [], errors: 0, warnings: 0,
      facts: { kabKota, pagu: null, total: null, sisa: null, penunjangShare: null } } });
    nextFile();
  }, 5);
}
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
      // Long enough for the scripted worker to fill its 64 MB heap on a busy machine.
      limits: { ...DEFAULT_LIMITS, maxMillis: 5000 },
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

  it("gives the file sent behind one that hangs to the worker that replaces it", async () => {
    const names = ["a.xlsx", "hang.xlsx", "b.xlsx", "c.xlsx"];
    const reports = await checkFilesInPool(files(names), {
      jobs: 1,
      script,
      limits: { ...DEFAULT_LIMITS, maxMillis: 1000 },
    });
    expect(reports.map((r) => `${r.file}:${r.reason?.code ?? r.status}`)).toEqual([
      "a.xlsx:ok",
      "hang.xlsx:TIMEOUT",
      "b.xlsx:ok",
      "c.xlsx:ok",
    ]);
  }, 30_000);

  it("keeps its workers warm: each is started once and given file after file", async () => {
    const names = Array.from({ length: 8 }, (_, i) => `f${i}.xlsx`);
    const reports = await checkFilesInPool(files(names), { jobs: 2, script, limits: DEFAULT_LIMITS });
    expect(new Set(reports.map((r) => r.facts.kabKota)).size).toBe(2);
  });

  it("resolves at once for no files", async () => {
    expect(await checkFilesInPool([], { jobs: 2, script, limits: DEFAULT_LIMITS })).toEqual([]);
  });
});

describe("startPool", () => {
  const dir = mkdtempSync(join(tmpdir(), "dak-pool-early-"));
  const script = join(dir, "worker.js");
  writeFileSync(script, WORKER);
  const files = (names: string[]) => names.map((n) => ({ path: n, display: n }));

  it("starts the workers before the files are known and checks the batch on them", async () => {
    const pool = startPool({ jobs: 2, script, limits: DEFAULT_LIMITS });
    await new Promise((r) => setTimeout(r, 200));
    const names = Array.from({ length: 6 }, (_, i) => `f${i}.xlsx`);
    const reports = await pool.check(files(names));
    expect(reports.map((r) => r.file)).toEqual(names);
    expect(new Set(reports.map((r) => r.facts.kabKota)).size).toBe(2);
  });

  it("starts only as many workers as there are files, up to the jobs", async () => {
    // This worker notes each start of its own in a log, one line per worker.
    const started = (name: string) => {
      const log = join(dir, `${name}.log`);
      const counting = join(dir, `${name}.js`);
      writeFileSync(counting, `require("node:fs").appendFileSync(${JSON.stringify(log)}, "started\\n");\n${WORKER}`);
      return { counting, count: () => readFileSync(log, "utf8").split("\n").filter(Boolean).length };
    };
    const one = started("one-file");
    const reports = await startPool({ jobs: 4, script: one.counting, limits: DEFAULT_LIMITS }).check(files(["a.xlsx"]));
    expect(reports.map((r) => `${r.file}:${r.status}`)).toEqual(["a.xlsx:ok"]);
    expect(one.count()).toBe(1);
    const many = started("many-files");
    const names = Array.from({ length: 12 }, (_, i) => `f${i}.xlsx`);
    await startPool({ jobs: 3, script: many.counting, limits: DEFAULT_LIMITS }).check(files(names));
    expect(many.count()).toBe(3);
  });

  it("starts again a worker that ended before the batch came", async () => {
    // This worker ends at its first start (leaving a mark), and works from its second on.
    const mark = join(dir, "ended-once");
    const flaky = join(dir, "flaky.js");
    writeFileSync(
      flaky,
      `if (!require("node:fs").existsSync(${JSON.stringify(mark)})) {
         require("node:fs").writeFileSync(${JSON.stringify(mark)}, "");
         process.exit(5);
       }
       ${WORKER}`,
    );
    const pool = startPool({ jobs: 1, script: flaky, limits: DEFAULT_LIMITS });
    for (let i = 0; i < 50 && !existsSync(mark); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(mark)).toBe(true);
    const reports = await pool.check(files(["a.xlsx", "b.xlsx"]));
    expect(reports.map((r) => `${r.file}:${r.status}`)).toEqual(["a.xlsx:ok", "b.xlsx:ok"]);
  });

  it("adopts the worker started before the command line loaded as its first", async () => {
    const early = prestartWorker(script);
    const reports = await startPool({ jobs: 1, script, limits: DEFAULT_LIMITS }).check(files(["a.xlsx", "b.xlsx"]));
    expect(reports.map((r) => r.facts.kabKota)).toEqual([`worker ${early.threadId}`, `worker ${early.threadId}`]);
  });

  it("starts its own workers when the one started early runs another script", async () => {
    const other = join(dir, "other.js");
    writeFileSync(other, WORKER);
    const early = prestartWorker(other);
    const reports = await startPool({ jobs: 1, script, limits: DEFAULT_LIMITS }).check(files(["a.xlsx"]));
    expect(reports[0].facts.kabKota).not.toBe(`worker ${early.threadId}`);
    await early.terminate();
  });

  it("refuses a batch once closed", async () => {
    const pool = startPool({ jobs: 1, script, limits: DEFAULT_LIMITS });
    pool.close();
    await expect(pool.check(files(["a.xlsx"]))).rejects.toThrow("closed");
  });
});

describe("defaultJobs", () => {
  const GB = 1024 ** 3;
  it("gives one worker per core while the free memory holds them, and never none", () => {
    expect(defaultJobs(2, 8 * GB)).toBe(2);
    expect(defaultJobs(8, 2 * GB)).toBe(4);
    expect(defaultJobs(4, 0.2 * GB)).toBe(1);
  });

  it("leaves out the cores the machine's load keeps busy, and never starts none", () => {
    expect(defaultJobs(2, 8 * GB, 0.6)).toBe(2);
    expect(defaultJobs(2, 8 * GB, 1.2)).toBe(1);
    expect(defaultJobs(8, 8 * GB, 5)).toBe(3);
    expect(defaultJobs(2, 8 * GB, 15)).toBe(1);
  });
});
