/**
 * Peak memory of `dak validate --format csv --recap` (the built bundle, as a process; worker
 * threads included) over 1, 20 and 100 large proposals: 20,000 lines each, every line with a
 * wrong jumlah (AMOUNT_MISMATCH), so 100 files make 2 million findings. The findings are streamed
 * to the output (issue 17.7): the peak should grow far slower than the findings do.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, ROOT } from "../test/cli/build-cli";
import { buildProposal } from "../test/cli/proposal-factory";
import { report } from "./measure";

const LINES = 20_000;
const COUNTS = [1, 20, 100];

export default async function run(): Promise<void> {
  const dak = buildCli();
  const dir = mkdtempSync(join(tmpdir(), "dak-mem-"));
  try {
    const big = join(dir, "rk-besar.xlsx");
    const wb = buildProposal({ lines: LINES });
    // Every line's jumlah off by Rp1.000: one AMOUNT_MISMATCH per line.
    wb.worksheets[0].eachRow((row) => {
      const cell = row.getCell(8);
      if (typeof cell.value === "number" && row.getCell(5).value !== null) cell.value += 1000;
    });
    await wb.xlsx.writeFile(big);
    const hook = join(dir, "peak.js");
    writeFileSync(
      hook,
      `process.on("exit", () => process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n"));`,
    );
    for (const count of COUNTS) {
      const folder = join(dir, `usulan-${count}`);
      mkdirSync(folder);
      for (let i = 0; i < count; i++) copyFileSync(big, join(folder, `rk-${String(i).padStart(3, "0")}.xlsx`));
      const started = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          "--require",
          hook,
          dak,
          "validate",
          folder,
          "--format",
          "csv",
          "--recap",
          join(dir, `rekap-${count}.xlsx`),
          "-j",
          "2",
        ],
        { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 26 },
      );
      const seconds = (performance.now() - started) / 1000;
      const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
      report(
        `validate ${count} × ${LINES.toLocaleString("en-US")}-line proposals, --format csv --recap (exit ${r.status})`,
        `peak ${(kb / 1024).toFixed(0)} MB RSS, ${seconds.toFixed(1)} s, ${(count * LINES).toLocaleString("en-US")} findings`,
      );
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
