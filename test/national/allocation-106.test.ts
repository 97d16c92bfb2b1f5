/**
 * Issue 14, done-when 1: 106 kab/kota in the allocation table, RKs with planted differences,
 * missing RKs, an unknown and an ambiguous kab/kota -> exactly the planted findings and the
 * missing list (dak validate --alokasi, in-process, JSON).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/run";
import { writeRkSet, type RkSet } from "./rk-set";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";

const dir = mkdtempSync(join(tmpdir(), "dak-alokasi-"));
let set: RkSet;
beforeAll(async () => {
  set = await writeRkSet(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = (): RecordingIO => recordingIO(dir);

interface JsonFile {
  file: string;
  status: string;
  findings: { code: string; severity: string; cell: string; message: string; params: Record<string, unknown> }[];
}

it("gives exactly the planted findings and missing list", async () => {
  const cli = io();
  const code = await run(
    ["validate", ".", "--alokasi", "alokasi.xlsx", "--format", "json", "--report", "laporan.html"],
    cli,
  );
  const json = JSON.parse(cli.out()) as {
    files: JsonFile[];
    allocation: { missing: { provinsi: string; kabKota: string; pagu: number }[]; allocated: number; proposed: number };
  };
  // The table beside the RKs is not read as an RK.
  expect(json.files.map((f) => f.file)).not.toContain("alokasi.xlsx");
  expect(json.files).toHaveLength(set.files);
  const got = Object.fromEntries(
    json.files.filter((f) => f.findings.length > 0).map((f) => [f.file, f.findings.map((x) => x.code)]),
  );
  expect(got).toEqual(set.findings);
  expect(json.allocation.missing.map((m) => m.kabKota)).toEqual(set.missing);
  expect(code).toBe(1); // PAGU_NOT_ALLOCATION is an error for TA 2020
  const differ = json.files.find((f) => f.findings[0]?.code === "PAGU_NOT_ALLOCATION")!;
  expect(differ.status).toBe("invalid");
  expect(differ.findings[0]).toMatchObject({ severity: "error", cell: "C7", params: { difference: -25_000_000 } });
  expect(differ.findings[0].message).toContain("Rp25.000.000");
  const ambiguous = json.files.find((f) => f.file === "rk-nama-ganda.xlsx")!;
  expect((ambiguous.findings[0].params.candidates as string[]).length).toBe(2);
  expect(json.allocation.allocated).toBeGreaterThan(json.allocation.proposed);
  const html = readFileSync(join(dir, "laporan.html"), "utf8");
  expect(html).toContain("<svg");
  for (const m of set.missing) expect(html).toContain(m);
}, 120_000);

it("says in the table output who sent no RK, and refuses a file without an allocation table", async () => {
  const cli = io();
  await run(["validate", ".", "--alokasi", "alokasi.xlsx", "--recap", "rekap.xlsx", "--force"], cli);
  expect(cli.out()).toContain(`Belum mengirim RK (${set.missing.length}):`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "rekap.xlsx"));
  const sheet = wb.getWorksheet("Tanpa RK")!;
  expect(sheet.getRow(1).values).toEqual([undefined, "Provinsi", "Kabupaten/Kota", "Pagu (Rp)"]);
  expect(Array.from({ length: set.missing.length }, (_, i) => sheet.getCell(`B${i + 2}`).value)).toEqual(set.missing);
  const bad = io();
  expect(await run(["validate", "rk-001.xlsx", "--alokasi", "rk-002.xlsx"], bad)).toBe(2);
  expect(bad.err()).toContain("tabel alokasi tidak ditemukan di rk-002.xlsx");
}, 120_000);
