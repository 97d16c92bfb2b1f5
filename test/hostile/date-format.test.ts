/**
 * Issue 17.4: an amount of Rp1,6 miliar or more in a cell that carries a date format was read as
 * #VALUE! (the old exceljs load turned it into an invalid Date). The amount must come through as
 * the number Excel stores, whatever its format.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/grid-reader";

it("reads date-formatted amounts of Rp1,6 miliar and more as numbers", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dak-tanggal-"));
  try {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RK");
    ws.getCell("A1").value = 1_656_000_000;
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = 4_968_000_000;
    ws.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
    const path = join(dir, "rk.xlsx");
    await wb.xlsx.writeFile(path);
    const [grid] = await readWorkbookFile(path);
    expect(grid.values[0][0]).toBe(1_656_000_000);
    expect(grid.values[1][0]).toBe(4_968_000_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
