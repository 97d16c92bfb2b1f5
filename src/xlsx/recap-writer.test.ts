import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeRecapWorkbook, type RecapLabels, type RecapRow } from "./recap-writer";

const dir = mkdtempSync(join(tmpdir(), "dak-recap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("sets up printing: A4 landscape, one page wide, header row repeated on every page", async () => {
  const labels = new Proxy({}, { get: (_t, k) => String(k) }) as RecapLabels;
  const row: RecapRow = {
    kabKota: "Kab. Sikka",
    provinsi: "NTT",
    ta: 2020,
    pagu: 1,
    total: 1,
    sisa: 0,
    penunjangShare: 0,
    errors: 0,
    warnings: 0,
    kinds: "rk",
    status: "lolos",
    file: "a.xlsx",
    note: "",
  };
  const path = join(dir, "rekap.xlsx");
  await writeRecapWorkbook(path, [row, row, row, row], [], labels, { overwrite: false });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const name of ["Rekap", "Temuan"]) {
    const setup = wb.getWorksheet(name)!.pageSetup;
    expect(setup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(setup.printTitlesRow).toBe("1:1");
  }
});
