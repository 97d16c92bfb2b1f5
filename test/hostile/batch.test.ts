/**
 * Issue 17, lost or skipped (items 6, 8, 9) and echoes (item 11), in-process on temporary
 * folders built here: every file found gets exactly one row, the recap is never validated as a
 * proposal nor blocked by itself, and text from the files is capped and made harmless.
 */
import { EventEmitter } from "node:events";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { csvCell } from "../../src/cli/format-csv";
import { formatJson } from "../../src/cli/format-json";
import { NO_FACTS, type FileReport } from "../../src/cli/report";
import { RECAP_FINDINGS_PER_FILE, StreamOutput } from "../../src/cli/stream-output";
import { pipeSafe } from "../../src/cli/pipe-safe";
import { oneLine } from "../../src/cli/presenter";
import { run } from "../../src/cli/run";
import { recapCellText, writeRecapWorkbook, type RecapLabels } from "../../src/xlsx/recap-writer";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";

const SAMPLE = join(__dirname, "../fixtures/samples/rk-datar.xlsx");

function fakeIO(cwd: string): RecordingIO {
  return recordingIO(cwd);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dak-hostile-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type JsonFile = { file: string; status: string; reason?: { code: string } };
const filesOf = (io: { out: () => string }) => (JSON.parse(io.out()) as { files: JsonFile[] }).files;

describe("17.8: every file found gets exactly one row", () => {
  it("gives .xls, .ods and .xlsm rows, reads names that are not UTF-8, stays inside the folder", async () => {
    const usulan = join(dir, "usulan");
    mkdirSync(join(usulan, "sub"), { recursive: true });
    mkdirSync(join(dir, "luar"));
    copyFileSync(SAMPLE, join(usulan, "a.xlsx"));
    copyFileSync(SAMPLE, join(usulan, "d.xlsm"));
    writeFileSync(join(usulan, "b.xls"), Buffer.from("d0cf11e0a1b11ae1", "hex"));
    writeFileSync(join(usulan, "c.ods"), "PK not really");
    // Two Latin-1 names that are not UTF-8 (they would collapse into one "rk-\uFFFD.xlsx").
    copyFileSync(SAMPLE, Buffer.concat([Buffer.from(join(usulan, "rk-")), Buffer.from([0xe9]), Buffer.from(".xlsx")]));
    copyFileSync(SAMPLE, Buffer.concat([Buffer.from(join(usulan, "rk-")), Buffer.from([0xe8]), Buffer.from(".xlsx")]));
    copyFileSync(SAMPLE, join(dir, "luar", "diluar.xlsx"));
    symlinkSync(usulan, join(usulan, "sub", "loop")); // a link loop
    symlinkSync(join(dir, "luar"), join(usulan, "keluar")); // a link outside the folder
    symlinkSync(join(dir, ".."), join(usulan, "induk")); // a link to a parent

    const io = fakeIO(dir);
    const code = await run(["validate", "usulan", "--format", "json"], io);
    const files = filesOf(io);
    expect(files.map((f) => f.file).sort()).toEqual(
      ["a.xlsx", "b.xls", "c.ods", "d.xlsm", "rk-\\xE8.xlsx", "rk-\\xE9.xlsx"].map((x) => join("usulan", x)).sort(),
    );
    const byName = Object.fromEntries(files.map((f) => [f.file, f]));
    expect(byName[join("usulan", "rk-\\xE9.xlsx")].status).toBe("ok");
    expect(byName[join("usulan", "rk-\\xE8.xlsx")].status).toBe("ok");
    expect(byName[join("usulan", "b.xls")].status).toBe("unreadable");
    expect(byName[join("usulan", "c.ods")].status).toBe("unreadable");
    expect(code).toBe(2);
    expect(io.err()).toContain(join("usulan", "keluar"));
    expect(io.err()).not.toContain("diluar");
  });
});

describe("17.9: the recap inside the input folder", () => {
  it("is not validated next run and is replaced with --force", async () => {
    copyFileSync(SAMPLE, join(dir, "a.xlsx"));
    const first = fakeIO(dir);
    expect(await run(["validate", ".", "--format", "json", "--recap", "rekap.xlsx"], first)).toBe(0);
    const second = fakeIO(dir);
    expect(await run(["validate", ".", "--format", "json", "--recap", "rekap.xlsx", "--force"], second)).toBe(0);
    expect(filesOf(second).map((f) => f.file)).toEqual(["a.xlsx"]);
    expect(second.err()).toContain("rekap.xlsx");
  });

  it("refuses a folder named x.xlsx as --recap before checking anything", async () => {
    copyFileSync(SAMPLE, join(dir, "a.xlsx"));
    mkdirSync(join(dir, "x.xlsx"));
    const io = fakeIO(dir);
    expect(await run(["validate", "a.xlsx", "--recap", "x.xlsx"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("berkas rekap adalah sebuah folder");
  });

  it("removes a temporary file a killed run left behind, and only ours of dead processes", async () => {
    copyFileSync(SAMPLE, join(dir, "a.xlsx"));
    const stale = ".rekap.xlsx.2147483646.0badf00d.tmp";
    const live = `.rekap.xlsx.${process.pid}.0badf00d.tmp`;
    writeFileSync(join(dir, stale), "half");
    writeFileSync(join(dir, live), "writing");
    writeFileSync(join(dir, ".lain.tmp"), "not ours");
    expect(await run(["validate", "a.xlsx", "--recap", "rekap.xlsx"], fakeIO(dir))).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([".lain.tmp", live, "a.xlsx", "rekap.xlsx"].sort());
  });
});

describe("17.6: a reader who leaves early", () => {
  it("drops writes after EPIPE instead of throwing", () => {
    const written: string[] = [];
    const stream = Object.assign(new EventEmitter(), { write: (s: string) => written.push(s) });
    const safe = pipeSafe(stream);
    safe.write("satu\n");
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(() => safe.write("dua\n")).not.toThrow();
    expect(written).toEqual(["satu\n"]);
    expect(safe.closed).toBe(true);
  });
});

describe("17.11: echoes", () => {
  const huge = "x".repeat(20_000_000);

  it("caps a 20 MB cell at Excel's 32,767 characters in CSV and table text", () => {
    expect(csvCell(huge).length).toBeLessThanOrEqual(32_767);
    expect(oneLine(huge).length).toBeLessThanOrEqual(32_767);
  });

  it("strips terminal escape codes in CSV", () => {
    expect(csvCell("Gudang \u001b[2J\u001b]0;judul\u0007bahan\u0007")).toBe("Gudang bahan");
    expect(csvCell("baris\r\ndua")).toBe('"baris\r\ndua"');
  });

  it("writes a recap LibreOffice and Excel can open: control characters and U+FFFE in names, huge cells", async () => {
    expect(recapCellText("rk-\u0001-\ufffe.xlsx")).toBe("rk-\ufffd-\ufffd.xlsx");
    const path = join(dir, "rekap.xlsx");
    const labels = new Proxy({}, { get: (_t, k) => String(k) }) as RecapLabels;
    const row = {
      kabKota: "Kab\u0007",
      provinsi: "",
      ta: 2020,
      pagu: 1,
      total: 1,
      sisa: 0,
      penunjangShare: 0,
      errors: 0,
      warnings: 0,
      kinds: "",
      status: "LOLOS",
      file: "rk-\u001b[31m\ufffe.xlsx",
      note: "",
    };
    const finding = {
      file: row.file,
      kabKota: "",
      sheet: "RK",
      cell: "A1",
      severity: "galat",
      code: "X",
      message: huge,
    };
    await writeRecapWorkbook(path, [row], [finding], labels, { overwrite: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(String(wb.getWorksheet("Rekap")!.getCell("K2").value)).toBe("rk-\ufffd[31m\ufffd.xlsx");
    expect(String(wb.getWorksheet("Temuan")!.getCell("G2").value).length).toBe(32_767);
    expect(existsSync(path)).toBe(true);
  });
});

describe("17.7: big batches stream their findings", () => {
  const finding = (i: number) => ({
    code: "AMOUNT_MISMATCH",
    ruleId: "line.amount",
    severity: "error" as const,
    sheet: "RK",
    cell: `H${i + 14}`,
    params: {},
  });
  const report = (file: string, n: number): FileReport => ({
    file,
    status: "invalid",
    findings: Array.from({ length: n }, (_, i) => finding(i)) as unknown as FileReport["findings"],
    errors: n,
    warnings: 0,
    facts: NO_FACTS,
  });
  const p = { lang: "id" as const, message: (f: { cell: string }) => `selisih di ${f.cell}`, rupiah: String };

  it("prints each file in input order as soon as its turn comes and keeps no findings", () => {
    const io = fakeIO(dir);
    const out = new StreamOutput("csv", io, p, true);
    const second = out.add(1, report("b.xlsx", 3));
    expect(io.out()).toBe("file,sheet,cell,severity,code,message\r\n"); // b waits for a
    const first = out.add(0, report("a.xlsx", RECAP_FINDINGS_PER_FILE + 5));
    const lines = io.out().trim().split("\r\n");
    expect(lines).toHaveLength(1 + RECAP_FINDINGS_PER_FILE + 5 + 3);
    expect(lines[1]).toMatch(/^a\.xlsx,RK,H14,/);
    expect(lines.at(-1)).toMatch(/^b\.xlsx,RK,H16,/);
    expect([first.findings.length, second.findings.length]).toEqual([0, 0]);
    expect(first.recapFindings).toHaveLength(RECAP_FINDINGS_PER_FILE);
    expect(first.recapOmitted).toBe(5);
    expect(first.errors).toBe(RECAP_FINDINGS_PER_FILE + 5);
  });

  it("gives the same JSON as the whole-batch formatter", () => {
    const io = fakeIO(dir);
    const out = new StreamOutput("json", io, p, false);
    const kept = [out.add(1, report("b.xlsx", 1)), out.add(0, report("a.xlsx", 2))];
    out.finish(kept, 0);
    expect(io.out()).toBe(formatJson([report("a.xlsx", 2), report("b.xlsx", 1)], p));
  });
});
