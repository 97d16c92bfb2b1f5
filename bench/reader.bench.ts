/**
 * The reader alone, in this process (cheap; the whole `dak validate` against the floor, as
 * processes, is bench/cli.bench.ts): CPU per small proposal of readWorkbookFile (dak's streaming
 * reader with its limits and checks) and of the floor's reader (bench/floor/floor-reader.ts), over
 * 300 files after a warm-up pass, and readProposal per small proposal. Medians of 5 passes.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readProposal } from "../src/core/proposal";
import { readWorkbookFile } from "../src/xlsx/grid-reader";
import { writeProposal } from "../test/cli/proposal-factory";
import { floorGrids } from "./floor/floor-reader";
import { median } from "./floor/runs";
import { report } from "./measure";

const FILES = 300;
const PASSES = 5;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function perFile(files: readonly string[], fn: (file: string) => unknown): Promise<number> {
  const times: number[] = [];
  for (let pass = 0; pass <= PASSES; pass++) {
    const t0 = cpuMs();
    for (const f of files) await fn(f);
    if (pass > 0) times.push((cpuMs() - t0) / files.length);
  }
  return median(times);
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dak-reader-bench-"));
  try {
    for (let i = 0; i < FILES; i++) {
      await writeProposal(join(dir, `rk-${String(i).padStart(3, "0")}.xlsx`), {
        lines: 36 + (i % 9),
        kabKota: `Kabupaten Contoh ${i}`,
      });
    }
    const files = readdirSync(dir).map((f) => join(dir, f));
    const dak = await perFile(files, (f) => readWorkbookFile(f));
    const floor = await perFile(files, (f) => floorGrids(f));
    report(
      `read a small proposal (${FILES} files, warm)`,
      `dak ${dak.toFixed(3)} ms CPU, floor ${floor.toFixed(3)} ms CPU (${(dak / floor).toFixed(2)}×)`,
    );
    const grids = await Promise.all(files.map((f) => readWorkbookFile(f)));
    const proposal = await perFile(
      grids.map((_, i) => String(i)),
      (i) => readProposal(grids[Number(i)]),
    );
    report(`readProposal of a small proposal (${FILES} files, warm)`, `${proposal.toFixed(3)} ms CPU`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
