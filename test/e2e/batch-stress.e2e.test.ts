/**
 * Issue 17's stress test: a folder of 200 mixed files (good, corrupt, zip bombs, .xls, encrypted,
 * .ods/.xlsm, odd names including control characters, U+FFFE and bytes that are not UTF-8, a link
 * loop) through the built `dak` (dist/cli/dak.js): exactly one row per file, exit 2, and a recap
 * that LibreOffice opens. Then the same batch piped into a reader who leaves after the first line:
 * no stack trace, the batch's exit code, the recap still written. Needs `npm run build`.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeEncryptedXlsx, makeNonWorkbookZip, makeOldXls, makeZipBomb } from "../cli/hostile-files";

const ROOT = join(__dirname, "../..");
const DAK = join(ROOT, "dist", "cli", "dak.js");
const SAMPLES = join(ROOT, "test", "fixtures", "samples");
const GOOD = ["rk-datar.xlsx", "rk-dengan-masalah.xlsx", "rk-krisna-bertingkat.xlsx"];

const dir = mkdtempSync(join(tmpdir(), "dak-stress-"));
const folder = join(dir, "usulan");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the 200 files; returns how many were written. */
function buildFolder(): number {
  mkdirSync(join(folder, "sub"), { recursive: true });
  let n = 0;
  const put = (name: string | Buffer, data: Buffer | string): void => {
    const path = typeof name === "string" ? join(folder, name) : Buffer.concat([Buffer.from(`${folder}/`), name]);
    writeFileSync(path, data);
    n++;
  };
  const bomb = makeZipBomb(8);
  for (let i = 0; n < 200; i++) {
    const good = readFileSync(join(SAMPLES, GOOD[i % GOOD.length]));
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
        put(join(i % 2 ? "sub" : "", `rk-${i}.xlsx`), good);
        break;
      case 3:
        put(`rusak-${i}.xlsx`, Buffer.from(`bukan zip ${i}`.repeat(50)));
        break;
      case 4:
        put(`bom-${i}.xlsx`, bomb);
        break;
      case 5:
        put(`lama-${i}.xls`, makeOldXls());
        break;
      case 6:
        put(
          i % 20 === 6 ? `terkunci-${i}.xlsx` : `kalk-${i}.ods`,
          i % 20 === 6 ? makeEncryptedXlsx() : makeNonWorkbookZip(),
        );
        break;
      case 7:
        put(`makro ${i} (salinan).xlsm`, good);
        break;
      case 8:
        put(`aneh-\u0001-\ufffe-\u001b[31m-${i}.xlsx`, good);
        break;
      default:
        put(Buffer.concat([Buffer.from(`latin-${i}-`), Buffer.from([0xe9, 0xe8]), Buffer.from(".xlsx")]), good);
    }
  }
  symlinkSync(folder, join(folder, "sub", "putaran")); // a link loop
  return n;
}

describe("dak validate over 200 hostile files", () => {
  const count = buildFolder();

  it("gives exactly one row per file, exit 2, and a recap LibreOffice opens", () => {
    expect(existsSync(DAK)).toBe(true);
    const r = spawnSync(
      process.execPath,
      [DAK, "validate", folder, "--format", "json", "--recap", join(dir, "rekap.xlsx"), "-j", "2"],
      {
        cwd: dir,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        timeout: 280_000,
      },
    );
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.status).toBe(2);
    const files = (JSON.parse(r.stdout) as { files: { file: string; status: string }[] }).files;
    expect(files).toHaveLength(count);
    expect(new Set(files.map((f) => f.file)).size).toBe(count);
    expect(files.filter((f) => f.status !== "unreadable").length).toBeGreaterThan(90);

    execLibreOffice(join(dir, "rekap.xlsx"));
    const csv = readFileSync(join(dir, "lo", "rekap.csv"), "utf8")
      .trim()
      .split("\n");
    expect(csv).toHaveLength(count + 1); // the Rekap sheet: header + one row per file
  }, 300_000);

  it("finishes the batch and the recap when the reader leaves after one line (EPIPE)", async () => {
    const recap = join(dir, "rekap-pipa.xlsx");
    const child = spawn(process.execPath, [DAK, "validate", folder, "--recap", recap, "-j", "2"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(2);
    expect(existsSync(recap)).toBe(true);
  }, 300_000);
});

function execLibreOffice(xlsx: string): void {
  const out = join(dir, "lo");
  const profile = `file://${join(dir, "lo-profile")}`;
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv", "--outdir", out, xlsx],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (r.status !== 0 || !existsSync(join(out, "rekap.csv"))) {
    throw new Error(`LibreOffice could not open the recap: ${r.stderr || r.stdout}`);
  }
}
