/**
 * The Office.js adapter's readGrids against the in-memory host: wall time, syncs and the largest
 * response for 20,000- and 200,000-row sheets (8 columns). In real Excel each sync also costs a
 * round trip (tens to hundreds of ms on the web), so the sync count matters as much as the time.
 */
import { readGrids } from "../src/excel/readGrids";
import { createFakeExcel, workbookFromGrids } from "../src/fakehost";
import { linesSheet } from "../test/helpers/lines-sheet";
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
}
