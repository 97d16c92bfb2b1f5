import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isCellError } from "../core/grid/types";
import { readWorkbookBuffer, readWorkbookFile } from "./grid-reader";
import { UnreadableError } from "./unreadable";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readWorkbookBuffer", () => {
  it("reads values as Excel's Range.values gives them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RK");
    ws.getCell("A1").value = "Uraian";
    ws.getCell("B1").value = 1500000;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = { formula: "B1*2", result: 3000000 };
    ws.getCell("E1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("F1").value = { error: "#N/A" };
    ws.getCell("G1").value = { richText: [{ text: "Mesin " }, { font: { bold: true }, text: "Jahit" }] };
    ws.getCell("H1").value = { text: "situs", hyperlink: "https://example.go.id" };
    ws.getCell("I1").value = new Date(Date.UTC(2020, 0, 15));
    ws.getCell("J1").value = "#REF!"; // text that only looks like an error
    ws.getCell("B3").value = "Rp14.750.000,00";
    const [grid] = await readWorkbookBuffer(await bytesOf(wb));
    expect(grid.sheet).toBe("RK");
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    const row = grid.values[0];
    expect(row.slice(0, 4)).toEqual(["Uraian", 1500000, true, 3000000]);
    expect(row[4]).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(row[5]).toEqual({ kind: "error", code: "#N/A" });
    expect(row[6]).toBe("Mesin Jahit");
    expect(row[7]).toBe("situs");
    expect(row[8]).toBe(43845); // 15 Jan 2020 as an Excel serial
    expect(row[9]).toBe("#REF!");
    expect(isCellError(row[9])).toBe(false);
    expect(grid.values[1]).toEqual([]);
    expect(grid.values[2]).toEqual([null, "Rp14.750.000,00"]);
  });

  it("keeps a merged area's value in its top-left cell only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RK");
    ws.mergeCells("A5:G5");
    ws.getCell("A5").value = "JUMLAH";
    ws.getCell("H5").value = 100;
    const [grid] = await readWorkbookBuffer(await bytesOf(wb));
    expect(grid.values[4]).toEqual(["JUMLAH", null, null, null, null, null, null, 100]);
  });

  it("lists hidden rows and columns, and skips hidden sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("RK");
    ws.getCell("A1").value = 1;
    ws.getCell("A3").value = 3;
    ws.getRow(3).hidden = true;
    ws.getColumn(2).hidden = true;
    ws.getCell("B1").value = "x";
    const helper = wb.addWorksheet("Bantu");
    helper.state = "hidden";
    helper.getCell("A1").value = "rahasia";
    const grids = await readWorkbookBuffer(await bytesOf(wb));
    expect(grids.map((g) => g.sheet)).toEqual(["RK"]);
    expect(grids[0].hiddenRows).toEqual([2]);
    expect(grids[0].hiddenColumns).toEqual([1]);
  });

  it("reads dates of a 1904-system workbook as that system's serials", async () => {
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true;
    wb.addWorksheet("RK").getCell("A1").value = new Date(Date.UTC(2020, 0, 15));
    const [grid] = await readWorkbookBuffer(await bytesOf(wb));
    expect(grid.values[0][0]).toBe(43845 - 1462);
  });

  it("refuses a workbook whose sheets are all hidden", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").state = "hidden";
    await expect(readWorkbookBuffer(await bytesOf(wb))).rejects.toMatchObject({ reason: "NO_SHEETS" });
  });

  it("reports unparsable XML inside a valid zip as corrupt", async () => {
    const { makeZip } = await import("../../test/cli/hostile-files");
    const data = makeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types") },
      { name: "xl/workbook.xml", data: Buffer.from("<<<not xml") },
    ]);
    await expect(readWorkbookBuffer(data)).rejects.toBeInstanceOf(UnreadableError);
  });
});

describe("readWorkbookFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "dak-xlsx-"));

  it("reads a file without modifying it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("RK").getCell("A1").value = "ok";
    const path = join(dir, "a.xlsx");
    await wb.xlsx.writeFile(path);
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const [grid] = await readWorkbookFile(path);
    expect(grid.values[0][0]).toBe("ok");
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it("turns a missing file or a folder into IO_ERROR and an empty file into EMPTY_FILE", async () => {
    await expect(readWorkbookFile(join(dir, "nope.xlsx"))).rejects.toMatchObject({ reason: "IO_ERROR" });
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ reason: "IO_ERROR" });
    writeFileSync(join(dir, "empty.xlsx"), "");
    await expect(readWorkbookFile(join(dir, "empty.xlsx"))).rejects.toMatchObject({ reason: "EMPTY_FILE" });
  });

  it("reads the sample workbooks", async () => {
    const grids = await readWorkbookFile(join(__dirname, "../../test/fixtures/samples/rk-krisna-bertingkat.xlsx"));
    expect(grids.map((g) => g.sheet)).toEqual(["RK KRISNA"]);
    // A1:P1 is merged: the title sits in A1 and B1 reads empty.
    expect(grids[0].values[0][0]).toBe("RENCANA KEGIATAN DAK FISIK");
    expect(grids[0].values[0][1] ?? null).toBeNull();
  });
});
