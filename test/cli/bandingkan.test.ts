/**
 * `dak bandingkan` in-process: the sample RK against itself and against edited copies written with
 * exceljs (a volume and its jumlah changed, a lokasi changed, the pagu changed), the JSON shape of
 * DESIGN.md §6, the alias, English, and exit 2 for usage errors and unreadable or non-RK files.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/run";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";

const SAMPLE = join(__dirname, "../fixtures/samples/rk-datar.xlsx");
let dir: string;

const fakeIO = (): RecordingIO => recordingIO(dir);

/** A copy of the sample with some cells of its one sheet set. */
async function edited(name: string, cells: Record<string, ExcelJS.CellValue>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  for (const [a1, v] of Object.entries(cells)) wb.worksheets[0].getCell(a1).value = v;
  await wb.xlsx.writeFile(join(dir, name));
  return name;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dak-bandingkan-"));
  await edited("lama.xlsx", {});
  await edited("baru.xlsx", { E15: 5, H15: 181_250_000, H31: 3_752_080_000, J14: "Sentra IKM Rotan Blok B" });
  await edited("pagu.xlsx", { C7: 3_915_830_000 });
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Daftar").addRow(["Nama", "Telepon"]);
  await wb.xlsx.writeFile(join(dir, "bukan-rk.xlsx"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dak bandingkan", () => {
  it("exits 0 for the same RK and says so", async () => {
    const io = fakeIO();
    expect(await run(["bandingkan", "lama.xlsx", "lama.xlsx"], io)).toBe(0);
    expect(io.out()).toContain("Tidak ada perubahan baris.");
    expect(io.out()).toContain("SAMA: baris dan pagu tidak berubah");
    expect(io.err()).toBe("");
  });

  it("prints the changed fields with their cells, the totals per menu and the approval findings (exit 1)", async () => {
    const io = fakeIO();
    expect(await run(["bandingkan", "lama.xlsx", "baru.xlsx"], io)).toBe(1);
    const out = io.out();
    expect(out).toContain("Perubahan baris: 2");
    expect(out).toContain("~ diubah   Rencana Kegiatan!A14:P14  Pembangunan rumah produksi bersama rotan");
    expect(out).toContain("Lokasi: Sentra IKM Rotan Tegalwangi → Sentra IKM Rotan Blok B  (J14 → J14)");
    expect(out).toContain("Volume: 4 → 5  (E15 → E15)");
    expect(out).toContain("Jumlah: Rp145.000.000 → Rp181.250.000  (H15 → H15)");
    expect(out).toMatch(/Total\s+Rp3\.715\.830\.000\s+Rp3\.752\.080\.000\s+\+Rp36\.250\.000/);
    expect(out).toContain("REVISION_APPROVED_CHANGED");
    expect(out).toContain("BERBEDA: 0 baris baru, 0 dihapus, 2 diubah; 2 perlu persetujuan ulang");
  });

  it("gives the JSON shape of DESIGN.md §6, and `compare` is the same command", async () => {
    const io = fakeIO();
    expect(await run(["compare", "lama.xlsx", "baru.xlsx", "--format", "json"], io)).toBe(1);
    const json = JSON.parse(io.out());
    expect(Object.keys(json)).toEqual(["old", "new", "ta", "ruleset", "changes", "meta", "totals", "findings"]);
    expect(json.changes[1]).toEqual({
      change: "changed",
      menu: "Pembangunan dan Revitalisasi Sentra IKM",
      rincian: "Mesin dan Peralatan",
      uraian: "Mesin steam dan bending rotan",
      fields: [
        { field: "volume", old: 4, new: 5, oldCell: "E15", newCell: "E15" },
        { field: "jumlah", old: 145_000_000, new: 181_250_000, oldCell: "H15", newCell: "H15" },
      ],
      old: expect.objectContaining({ sheet: "Rencana Kegiatan", cell: "A15:P15", volume: 4, satuan: "unit" }),
      new: expect.objectContaining({ sheet: "Rencana Kegiatan", cell: "A15:P15", volume: 5, jumlah: 181_250_000 }),
    });
    expect(json.totals).toMatchObject({ old: 3_715_830_000, new: 3_752_080_000 });
    expect(json.totals.byMenu.map((m: { menu: string }) => m.menu)).toEqual([
      "Pembangunan dan Revitalisasi Sentra IKM",
      "Kegiatan Penunjang",
    ]);
    const revision = json.findings.filter((f: { code: string }) => f.code === "REVISION_APPROVED_CHANGED");
    expect(revision.map((f: { cell: string }) => f.cell)).toEqual(["J14", "E15"]);
    // The new version is validated too: its pagu is now below the total.
    expect(json.findings.map((f: { code: string }) => f.code)).toContain("PAGU_EXCEEDED");
  });

  it("reports a changed pagu as a difference, in English on --lang en", async () => {
    const io = fakeIO();
    expect(await run(["bandingkan", "lama.xlsx", "pagu.xlsx", "--lang", "en"], io)).toBe(1);
    expect(io.out()).toContain("Pagu: Rp3,715,830,000 → Rp3,915,830,000 (difference +Rp200,000,000)");
    expect(io.out()).toContain("No line changed.");
    expect(io.out()).toContain("DIFFERENT: 0 lines added, 0 removed, 0 changed, Pagu changed; 0 need renewed approval");
  });

  it("exits 2 for a missing version, an unreadable file or a workbook without an RK table", async () => {
    const noArgs = fakeIO();
    expect(await run(["bandingkan", "lama.xlsx"], noArgs)).toBe(2);
    expect(noArgs.err()).toContain("sebutkan dua berkas");
    const missing = fakeIO();
    expect(await run(["bandingkan", "lama.xlsx", "tidak-ada.xlsx"], missing)).toBe(2);
    expect(missing.err()).toContain("tidak-ada.xlsx: tidak terbaca: berkas tidak ada; periksa nama dan foldernya");
    expect(missing.out()).toBe("");
    const other = fakeIO();
    expect(await run(["bandingkan", "bukan-rk.xlsx", "lama.xlsx"], other)).toBe(2);
    expect(other.err()).toContain("bukan-rk.xlsx: tidak ada tabel Rencana Kegiatan");
  });

  it("has its own help", async () => {
    const io = fakeIO();
    expect(await run(["compare", "--help"], io)).toBe(0);
    expect(io.out()).toContain("Pemakaian: dak bandingkan <lama.xlsx> <baru.xlsx>");
  });
});
