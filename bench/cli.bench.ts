/**
 * `dak validate` as users run it (the built bundle, as a process): a folder of 300 realistic
 * proposals (about 40 lines each) with --jobs 2, and one 20,000-line proposal compared with a
 * process that merely loads the same file with exceljs (same Node start-up, same exceljs load).
 * Targets (issue 8): ≥ 20 files/s on a 2-core machine; big-file ratio ≤ 1.3.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, ROOT } from "../test/cli/build-cli";
import { writeProposal } from "../test/cli/proposal-factory";
import { medianMs, report } from "./measure";

const FOLDER_FILES = 300;
const BIG_LINES = 20_000;

function runNode(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
}

export default async function run(): Promise<void> {
  const dak = buildCli();
  const dir = mkdtempSync(join(tmpdir(), "dak-bench-"));
  try {
    const folder = join(dir, "usulan");
    mkdirSync(folder);
    for (let i = 0; i < FOLDER_FILES; i++) {
      await writeProposal(join(folder, `rk-${String(i).padStart(3, "0")}.xlsx`), {
        lines: 36 + (i % 9),
        kabKota: `Kabupaten Contoh ${i}`,
        problems: i % 5 === 0 ? ["amount"] : i % 7 === 0 ? ["text-number"] : [],
      });
    }
    const big = join(dir, "rk-besar.xlsx");
    await writeProposal(big, { lines: BIG_LINES });

    const folderMs = await medianMs(() => runNode([dak, "validate", folder, "--jobs", "2", "--format", "json"]), 3);
    const rate = (FOLDER_FILES * 1000) / folderMs;
    report(
      `validate folder of ${FOLDER_FILES} proposals (--jobs 2)`,
      `${rate.toFixed(1)} files/s (${(folderMs / 1000).toFixed(2)} s)`,
      "≥ 20 files/s",
      rate >= 20,
    );

    const loadScript = `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(big)}).catch((e) => { console.error(e); process.exit(3); })`;
    const loadMs = await medianMs(() => runNode(["-e", loadScript]), 3);
    const validateMs = await medianMs(() => runNode([dak, "validate", big, "--format", "json"]), 3);
    const ratio = validateMs / loadMs;
    report(
      `validate one ${BIG_LINES.toLocaleString("en-US")}-line proposal vs exceljs load`,
      `ratio ${ratio.toFixed(2)} (validate ${(validateMs / 1000).toFixed(2)} s, load ${(loadMs / 1000).toFixed(2)} s, both as node processes)`,
      "≤ 1.3",
      ratio <= 1.3,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
