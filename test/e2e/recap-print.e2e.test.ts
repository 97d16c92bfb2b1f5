/**
 * The recap workbook on paper (issue 14.4): LibreOffice prints a 4-file recap on A4 landscape,
 * each sheet one page wide (it printed on 10 portrait pages before the page setup).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/run";
import { writeProposal } from "../cli/proposal-factory";

const dir = mkdtempSync(join(tmpdir(), "dak-recap-print-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("prints a 4-file recap on two A4 landscape pages (Rekap and Temuan)", async () => {
  for (let i = 0; i < 4; i++) {
    await writeProposal(join(dir, `rk-${i}.xlsx`), {
      lines: 12,
      kabKota: `Kabupaten Contoh ${i}`,
      problems: ["amount", "satuan"],
    });
  }
  const io: CliIO = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    cwd: dir,
    color: false,
    cpus: 1,
    now: () => 0,
  };
  await run(["validate", dir, "--recap", join(dir, "rekap.xlsx")], io);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      join(dir, "pdf"),
      join(dir, "rekap.xlsx"),
    ],
    { stdio: "pipe", timeout: 90_000 },
  );
  const pdf = readFileSync(join(dir, "pdf", "rekap.pdf")).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(2);
  // A4 landscape: 841.89 × 595.3 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
  expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
  expect(Number(box[1])).toBeCloseTo(841.9, 0);
}, 180_000);
