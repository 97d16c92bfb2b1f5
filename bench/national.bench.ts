/**
 * The national view as the ministry runs it (issue 14), the built bundle as a process:
 * `dak validate` over 106 kab/kota RKs (about 40 lines each) with --alokasi and --report
 * (--jobs 2), and `dak evaluasi` over 42 kab/kota sentra sheets with --report and --out.
 * Target: ≥ 20 files/s on a 2-core machine with --alokasi and --report.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, ROOT } from "../test/cli/build-cli";
import { writeRkSet } from "../test/national/rk-set";
import { writeSentraSet } from "../test/national/sentra-set";
import { medianMs, report } from "./measure";

function runNode(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
}

export default async function run(): Promise<void> {
  const dak = buildCli();
  const dir = mkdtempSync(join(tmpdir(), "dak-bench-national-"));
  try {
    const rk = join(dir, "rk");
    const sentra = join(dir, "sentra");
    mkdirSync(rk);
    mkdirSync(sentra);
    const set = await writeRkSet(rk, 40);
    await writeSentraSet(sentra);
    const html = join(dir, "laporan.html");
    const validateMs = await medianMs(
      () =>
        runNode([
          dak,
          "validate",
          rk,
          "--alokasi",
          set.alokasi,
          "--report",
          html,
          "--force",
          "--jobs",
          "2",
          "--format",
          "json",
        ]),
      3,
    );
    const plainMs = await medianMs(() => runNode([dak, "validate", rk, "--jobs", "2", "--format", "json"]), 3);
    const rate = (set.files * 1000) / validateMs;
    report(
      `validate ${set.files} RKs of 106 kab/kota with --alokasi and --report (--jobs 2)`,
      `${rate.toFixed(1)} files/s (${(validateMs / 1000).toFixed(2)} s; the same folder without them ${((set.files * 1000) / plainMs).toFixed(1)} files/s, the table itself being read as an RK)`,
      "≥ 20 files/s",
      rate >= 20,
    );
    const evalMs = await medianMs(
      () =>
        runNode([dak, "evaluasi", sentra, "--report", join(dir, "e.html"), "--out", join(dir, "e.xlsx"), "--force"]),
      3,
    );
    report(
      "evaluasi over 42 kab/kota sentra sheets with --report and --out",
      `${((42 * 1000) / evalMs).toFixed(1)} files/s (${(evalMs / 1000).toFixed(2)} s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
