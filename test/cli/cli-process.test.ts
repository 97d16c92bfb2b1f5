/**
 * The built `dak` command run as a process over workbooks generated here: exit codes, the JSON
 * contract of DESIGN.md §6, CSV escaping, the recap read back with exceljs, and files that must
 * become `unreadable` without stopping the batch. Inputs are checked to be left byte-identical.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FINDING_CODES } from "../../src/core/rules/findings";
import { loadRuleset } from "../../src/core/rules/load-ruleset";
import { buildCli, runCli } from "./build-cli";
import { parseCsv } from "./csv-parse";
import { makeEncryptedXlsx, makeOldXls, makeZipBomb } from "./hostile-files";
import { buildProposal, writeProposal } from "./proposal-factory";

jest.setTimeout(180_000);

let dak: string;
let dir: string;
const run = (...args: string[]) => runCli(dak, args, dir);
const HOSTILE_URAIAN = 'Honor "pokja", =panitia\nbaris dua';
const HOSTILE_NAME = '=SUM(1,2) "x".xlsx';

function json(stdout: string) {
  return JSON.parse(stdout) as {
    files: {
      file: string;
      status: string;
      ta: number | null;
      ruleset: string | null;
      sheets: { sheet: string; kind: string }[];
      summary: Record<string, unknown>;
      findings: { code: string; severity: string; sheet: string; cell: string; message: string; params: object }[];
      reason?: { code: string; message: string };
    }[];
  };
}

function hashes(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(folder)) {
    const p = join(folder, name);
    if (statSync(p).isFile()) out[name] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}

beforeAll(async () => {
  dak = buildCli();
  dir = mkdtempSync(join(tmpdir(), "dak-cli-"));
  await writeProposal(join(dir, "clean.xlsx"), { lines: 40 });
  const mixed = join(dir, "mixed");
  mkdirSync(mixed);
  await writeProposal(join(mixed, "a-bersih.xlsx"), {
    lines: 40,
    kabKota: "Kabupaten Bantul",
    provinsi: "DI Yogyakarta",
  });
  await writeProposal(join(mixed, "b-jumlah.xlsx"), { lines: 40, problems: ["amount"] });
  await writeProposal(join(mixed, "c-teks.xlsx"), { lines: 40, problems: ["text-number"] });
  await writeProposal(join(mixed, "d-pagu.xlsx"), { lines: 40, paguSlack: -50_000_000 });
  await writeProposal(join(mixed, "e-sentra.xlsx"), { lines: 40, units: 3 });
  const noTable = new ExcelJS.Workbook();
  noTable.addWorksheet("Catatan").getCell("A1").value = "Usulan menyusul";
  await noTable.xlsx.writeFile(join(mixed, "f-tanpa-tabel.xlsx"));
  const good = readFileSync(join(dir, "clean.xlsx"));
  writeFileSync(join(mixed, "g-rusak.xlsx"), good.subarray(0, Math.floor(good.length * 0.6)));
  writeFileSync(join(mixed, "h-kosong.xlsx"), "");
  writeFileSync(join(mixed, "i-lama.xlsx"), makeOldXls());
  writeFileSync(join(mixed, "j-sandi.xlsx"), makeEncryptedXlsx());
  writeFileSync(join(mixed, "k-bom.xlsx"), makeZipBomb(32));
  writeFileSync(join(mixed, "catatan.txt"), "bukan usulan");
  writeFileSync(join(mixed, "~$a-bersih.xlsx"), "lock file of Excel");
  const hostile = buildProposal({ lines: 10, problems: ["honor"], honorUraian: HOSTILE_URAIAN, sheet: "+RK" });
  await hostile.xlsx.writeFile(join(dir, HOSTILE_NAME));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("dak validate (built)", () => {
  it("passes a clean proposal with exit 0", () => {
    const r = run("validate", "clean.xlsx");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("clean.xlsx · Kabupaten Cirebon, Jawa Barat · TA 2020");
    expect(r.stdout).toMatch(/LOLOS: 0 kesalahan, 0 peringatan · pagu Rp[\d.]+ · total Rp[\d.]+/);
    expect(r.stdout).toMatch(/1 berkas: 1 lolos, 0 bermasalah, 0 tidak terbaca/);
  });

  it("checks a mixed folder: one result per workbook, every bad file unreadable with its reason, exit 2", () => {
    const before = hashes(join(dir, "mixed"));
    const r = run("validate", "mixed", "--format", "json", "--jobs", "2");
    expect(r.code).toBe(2);
    const out = json(r.stdout);
    const by = Object.fromEntries(out.files.map((f) => [f.file.replace(/^mixed\//, ""), f]));
    expect(Object.keys(by)).toEqual([
      "a-bersih.xlsx",
      "b-jumlah.xlsx",
      "c-teks.xlsx",
      "d-pagu.xlsx",
      "e-sentra.xlsx",
      "f-tanpa-tabel.xlsx",
      "g-rusak.xlsx",
      "h-kosong.xlsx",
      "i-lama.xlsx",
      "j-sandi.xlsx",
      "k-bom.xlsx",
    ]);
    expect(by["a-bersih.xlsx"]).toMatchObject({ status: "ok", findings: [] });
    const codes = (name: string) => by[name].findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes("b-jumlah.xlsx")).toEqual(["AMOUNT_MISMATCH@H14"]);
    expect(by["b-jumlah.xlsx"].status).toBe("invalid");
    expect(codes("c-teks.xlsx")).toEqual(["NUMBER_AS_TEXT@G16"]);
    expect(by["c-teks.xlsx"].status).toBe("ok");
    expect(by["d-pagu.xlsx"].findings.map((f) => f.code)).toContain("PAGU_EXCEEDED");
    expect(by["e-sentra.xlsx"].findings.map((f) => f.code)).toContain("SENTRA_TOO_SMALL");
    expect(by["f-tanpa-tabel.xlsx"].findings.map((f) => f.code)).toEqual(["TABLE_NOT_FOUND"]);
    const reasons = Object.fromEntries(
      Object.entries(by)
        .filter(([, f]) => f.status === "unreadable")
        .map(([name, f]) => [name, f.reason?.code]),
    );
    expect(reasons).toEqual({
      "g-rusak.xlsx": "CORRUPT",
      "h-kosong.xlsx": "EMPTY_FILE",
      "i-lama.xlsx": "OLD_XLS",
      "j-sandi.xlsx": "ENCRYPTED",
      "k-bom.xlsx": "ZIP_BOMB",
    });
    for (const f of out.files.filter((x) => x.status === "unreadable")) expect(f.reason?.message).toMatch(/\w/);
    expect(hashes(join(dir, "mixed"))).toEqual(before);
  });

  it("prints JSON of exactly the contract's shape", () => {
    const r = run("validate", "mixed/b-jumlah.xlsx", "clean.xlsx", "--format", "json");
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(Object.keys(out)).toEqual(["files"]);
    for (const f of out.files) {
      expect(Object.keys(f)).toEqual(["file", "status", "ta", "ruleset", "sheets", "summary", "findings"]);
      // The proposal's TA and the ruleset core chose for it (DESIGN.md §6).
      expect([f.ta, f.ruleset]).toEqual([2020, "ta2020"]);
      for (const s of f.sheets) expect(Object.keys(s)).toEqual(["sheet", "kind"]);
      expect(Object.keys(f.summary)).toEqual(["errors", "warnings", "pagu", "total"]);
      expect(["ok", "invalid"]).toContain(f.status);
      for (const x of f.findings) {
        expect(Object.keys(x)).toEqual(["code", "severity", "sheet", "cell", "message", "params"]);
        expect(FINDING_CODES).toContain(x.code);
        expect(x.message).not.toContain(x.code);
      }
    }
    const bad = out.files[0];
    expect(bad.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(typeof bad.summary.pagu).toBe("number");
    expect(bad.findings[0]).toMatchObject({
      code: "AMOUNT_MISMATCH",
      severity: "error",
      sheet: "Rencana Kegiatan",
      cell: "H14",
    });
    expect(run("validate", "mixed/b-jumlah.xlsx", "--format", "json", "--lang", "en").stdout).not.toBe(r.stdout);
  });

  it("writes CSV with RFC 4180 quoting and no cell that a spreadsheet would run as a formula", () => {
    // Under TA 2022's rules (Perpres 7/2022 Ps 8(7)(b) read) the pokja's honor blocks; under TA 2020's it warns.
    const r = run("validate", HOSTILE_NAME, "--format", "csv", "--ta", "2022");
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(["file", "sheet", "cell", "severity", "code", "message"]);
    const honor = rows.find((row) => row[4] === "HONOR_NOT_ALLOWED");
    // The honorarium line is the 10th of 10 (7 building lines, 2 penunjang lines, then it), under the
    // header in row 13: row 23; the finding points at its uraian (column D).
    expect(honor?.slice(0, 4)).toEqual([`'${HOSTILE_NAME}`, "'+RK", "D23", "error"]);
    expect(honor?.[5]).toContain(HOSTILE_URAIAN);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("flattens control characters in the table output", () => {
    const r = run("validate", HOSTILE_NAME);
    const line = r.stdout.split("\n").find((l) => l.includes("HONOR_NOT_ALLOWED")) ?? "";
    expect(line).toContain('Honor "pokja", =panitia baris dua');
  });

  it("writes the recap atomically, never over an existing file without --force, never over an input", async () => {
    const recap = join(dir, "rekap.xlsx");
    const r = run("validate", "mixed", "clean.xlsx", "--recap", "rekap.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Rekap ditulis ke rekap.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recap);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rekap", "Temuan"]);
    const rekap = wb.getWorksheet("Rekap")!;
    expect(rekap.getRow(1).values).toEqual([
      undefined,
      "Kabupaten/Kota",
      "Provinsi",
      "TA",
      "Pagu (Rp)",
      "Total (Rp)",
      "Sisa Pagu (Rp)",
      "Penunjang (%)",
      "Kesalahan",
      "Peringatan",
      "Status",
      "Berkas",
      "Keterangan",
      "Jenis Lembar",
    ]);
    expect(rekap.rowCount).toBe(1 + 12);
    expect(rekap.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(rekap.autoFilter).toBeTruthy();
    const bantul = rekap.getRow(2);
    expect(bantul.getCell(1).value).toBe("Kabupaten Bantul");
    expect(bantul.getCell(2).value).toBe("DI Yogyakarta");
    expect(bantul.getCell(13).value).toBe("rk");
    expect(bantul.getCell(3).value).toBe(2020);
    expect(typeof bantul.getCell(4).value).toBe("number");
    expect(bantul.getCell(4).numFmt).toBe('"Rp"#,##0');
    expect(bantul.getCell(6).value).toBe(0);
    expect(bantul.getCell(7).numFmt).toBe("0.00%");
    expect(bantul.getCell(10).value).toBe("LOLOS");
    const bomb = rekap.getRow(12);
    expect(bomb.getCell(11).value).toBe("mixed/k-bom.xlsx");
    expect(bomb.getCell(10).value).toBe("TIDAK TERBACA");
    expect(String(bomb.getCell(12).value)).toMatch(/bom zip/);
    const temuan = wb.getWorksheet("Temuan")!;
    const total = json(run("validate", "mixed", "clean.xlsx", "--format", "json").stdout).files.reduce(
      (a, f) => a + f.findings.length,
      0,
    );
    expect(temuan.rowCount).toBe(1 + total);

    const bytes = readFileSync(recap);
    const again = run("validate", "clean.xlsx", "--recap", "rekap.xlsx");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(recap).equals(bytes)).toBe(true);
    expect(run("validate", "clean.xlsx", "--recap", "rekap.xlsx", "--force").code).toBe(0);
    const replaced = new ExcelJS.Workbook();
    await replaced.xlsx.readFile(recap);
    expect(replaced.getWorksheet("Rekap")!.rowCount).toBe(2);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);

    const input = readFileSync(join(dir, "clean.xlsx"));
    const onInput = run("validate", "clean.xlsx", "--recap", "clean.xlsx", "--force");
    expect(onInput.code).toBe(2);
    expect(readFileSync(join(dir, "clean.xlsx")).equals(input)).toBe(true);
  });
});

describe("dak: help, usage and rules (built)", () => {
  it("helps in Indonesian by default and in English on --lang en", () => {
    const id = run("--help");
    expect(id.code).toBe(0);
    expect(id.stdout).toContain("Pemakaian:");
    expect(run("validate", "--help", "--lang", "en").stdout).toContain("Usage: dak validate");
    expect(run("rules", "--help").stdout).toContain("Pemakaian: dak rules");
  });

  it.each([
    [["hapus"], "perintah tidak dikenal: hapus"],
    [["validate"], "sebutkan berkas atau folder"],
    [["validate", "clean.xlsx", "--format", "xml"], 'nilai --format tidak dikenal: "xml"'],
    [["validate", "clean.xlsx", "--ta", "1999"], "tidak ada aturan bawaan untuk TA 1999"],
    [["validate", "clean.xlsx", "--jobs", "0"], "--jobs harus bilangan bulat"],
    [["validate", "clean.xlsx", "--bogus"], "opsi tidak dikenal"],
  ])("exits 2 on %j", (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });

  it("writes a template, in English on --lang en, and never over an existing file without --force", () => {
    const help = run("template", "--help", "--lang", "en");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: dak template <id> --out FILE.xlsx");
    expect(help.stdout).toMatch(/^ {2}realisasi +Spending & disbursement$/m);
    const written = run("template", "sentra", "--out", "sentra.xlsx", "--lang", "en");
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(`Template sentra (fiscal year 2024) written to ${join(dir, "sentra.xlsx")}\n`);
    const before = readFileSync(join(dir, "sentra.xlsx"));
    const again = run("template", "sentra", "--out", "sentra.xlsx");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("berkas sudah ada, tidak ditimpa");
    expect(readFileSync(join(dir, "sentra.xlsx")).equals(before)).toBe(true);
    const unknown = run("template", "kop", "--out", "kop.xlsx");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("templat tidak dikenal: kop");
  });

  it("loads exceljs in the main thread for `dak template` only, not for `dak validate` or `dak rules`", () => {
    const hook = join(dir, "exceljs-probe.js");
    writeFileSync(
      hook,
      `const Module = require("module");
const { isMainThread } = require("worker_threads");
let loaded = false;
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === "exceljs") loaded = true;
  return load.call(this, request, ...rest);
};
process.on("exit", () => { if (isMainThread) process.stderr.write("exceljs:" + loaded + "\\n"); });
`,
    );
    const probe = (...args: string[]) =>
      spawnSync(process.execPath, ["--require", hook, dak, ...args], { cwd: dir, encoding: "utf8" }).stderr;
    expect(probe("validate", "clean.xlsx")).toContain("exceljs:false");
    expect(probe("rules")).toContain("exceljs:false");
    expect(probe("template", "--help")).toContain("exceljs:false");
    expect(probe("template", "rk", "--out", "probe.xlsx")).toContain("exceljs:true");
  });

  it("lists the rules and prints them as JSON that loads back as a ruleset", () => {
    const table = run("rules");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("PENUNJANG_OVER_CAP");
    const asJson = run("rules", "--format", "json");
    const loaded = loadRuleset(JSON.parse(asJson.stdout));
    expect(loaded.ok).toBe(true);
    writeFileSync(join(dir, "aturan.json"), asJson.stdout);
    expect(run("validate", "clean.xlsx", "--rules", "aturan.json").code).toBe(0);
    writeFileSync(join(dir, "rusak.json"), '{"ta": "dua ribu"}');
    const bad = run("validate", "clean.xlsx", "--rules", "rusak.json");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("berkas aturan tidak sah");
  });
});
