/**
 * The Office.js adapter's readGrids against the in-memory host: wall time, syncs and the largest
 * response for 20,000- and 200,000-row sheets (8 columns). In real Excel each sync also costs a
 * round trip (tens to hundreds of ms on the web), so the sync count matters as much as the time.
 */
import { readGrids } from "../src/excel/readGrids";
import { createFakeExcel, workbookFromGrids } from "../src/fakehost";
import { readProposal } from "../src/core/proposal";
import { getRuleset } from "../src/core/rules/bundled";
import { validate } from "../src/core/rules/validate";
import { linesSheet } from "../test/helpers/lines-sheet";
import { FILLS, spec } from "../test/helpers/package-fills";
import { specGrid } from "../test/helpers/template-grid";
import { medianMs, report } from "./measure";

function sheet(lines: number) {
  return workbookFromGrids([linesSheet("RK", lines)]);
}

export default async function run(): Promise<void> {
  for (const lines of [20_000, 200_000]) {
    const fake = createFakeExcel(sheet(lines));
    const uninstall = fake.installGlobals();
    try {
      const ms = await medianMs(() => readGrids(), lines > 100_000 ? 3 : 5);
      fake.resetStats();
      await readGrids();
      const { syncs, maxResponseBytes, maxRequestBytes } = fake.stats;
      report(
        `readGrids ${lines.toLocaleString("en-US")} rows x 8 columns (fake host)`,
        `${ms.toFixed(0)} ms, ${syncs} syncs, largest response ${(maxResponseBytes / 1e6).toFixed(2)} MB, largest request ${(maxRequestBytes / 1e3).toFixed(1)} kB`,
        "syncs = 3 + chunks, each response < 4 MB",
        maxResponseBytes < 4_000_000 && maxRequestBytes < 4_000_000,
      );
    } finally {
      uninstall();
    }
  }
  await packageRun();
}

/** The 20,000-line RK with the four other package sheets filled (RAB, KAK, sentra, realisasi). */
async function packageRun(): Promise<void> {
  const extra = (["rab", "kak", "sentra", "realisasi"] as const).map((id) => specGrid(spec(id), FILLS[id](true)));
  const fake = createFakeExcel(workbookFromGrids([linesSheet("RK", 20_000), ...extra]));
  const uninstall = fake.installGlobals();
  const ruleset = getRuleset(2020)!;
  try {
    const readMs = await medianMs(() => readGrids(), 5);
    const grids = await readGrids();
    const checkMs = await medianMs(() => validate(readProposal(grids), ruleset), 5);
    fake.resetStats();
    await readGrids();
    const { syncs } = fake.stats;
    report(
      "readGrids + readProposal + validate, 20,000-line RK + 4 package sheets (fake host)",
      `read ${readMs.toFixed(0)} ms, ${syncs} syncs; readProposal + validate ${checkMs.toFixed(0)} ms`,
      "syncs = 3 + chunks; reading + checking < 1 s",
      readMs + checkMs < 1000,
    );
  } finally {
    uninstall();
  }
}
