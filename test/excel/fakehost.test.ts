/** The in-memory Excel host itself: load/sync semantics, counting, limits, JSON round trip. */
import { cellError } from "../../src/core/grid/types";
import {
  createFakeExcel,
  createWorkbook,
  snapshotWorkbook,
  workbookFromGrids,
  workbookFromJson,
  workbookToJson,
  type FakeExcelContext,
} from "../../src/fakehost";

function sample() {
  return workbookFromGrids([
    {
      sheet: "RK",
      origin: { row: 1, col: 1 },
      values: [
        ["Uraian", "Jumlah"],
        ["Mesin", 1500000],
        ["Rusak", cellError("#N/A")],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "#,##0"],
        ["General", "General"],
      ],
      hiddenRows: [2],
    },
    { sheet: "Kosong", values: [] },
  ]);
}

describe("fake Excel host: load and sync", () => {
  it("takes Office.js's object form of load ($all, nested navigation) and sync's pass-through value", async () => {
    const fake = createFakeExcel(sample());
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("RK").getRange("B3:C3");
      range.load({ values: true, rowCount: false, format: { font: { bold: true } } });
      const sheet = context.workbook.worksheets.getItem("Kosong").load({ $all: true });
      expect(await context.sync("lewat")).toBe("lewat");
      expect(range.values).toEqual([["Mesin", 1500000]]);
      expect(range.format.font.bold).toBe(false);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect([sheet.name, sheet.position, sheet.visibility]).toEqual(["Kosong", 1, "Visible"]);
    });
  });

  it("throws PropertyNotLoaded before sync and returns the values after", async () => {
    const fake = createFakeExcel(sample());
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("RK").getUsedRange(true);
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, valueTypes, numberFormat, address, rowIndex, columnIndex");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("RK!B2:C4");
      expect([range.rowIndex, range.columnIndex]).toEqual([1, 1]);
      expect(range.values).toEqual([
        ["Uraian", "Jumlah"],
        ["Mesin", 1500000],
        ["Rusak", "#N/A"],
      ]);
      expect(range.valueTypes[2]).toEqual(["String", "Error"]);
      expect(range.numberFormat[1]).toEqual(["General", "#,##0"]);
      // a property that was not in the load stays unreadable
      expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.stats.syncs).toBe(1);
  });

  it("counts syncs and payload bytes, and queues writes until sync", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [["halo", 2]];
      expect(fake.model.sheets[0].rows.length).toBe(0);
      await context.sync();
      expect(fake.model.sheets[0].rows[0]).toEqual(["halo", 2]);
      range.load("values");
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.records[0].requestBytes).toBeGreaterThan(JSON.stringify([["halo", 2]]).length);
    expect(fake.stats.records[1].responseBytes).toBe(JSON.stringify({ values: [["halo", 2]] }).length);
  });

  it("sends what is still queued when the batch of Excel.run returns", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").values = [["x"]];
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.model.sheets[0].rows[1][1]).toBe("x");
  });

  it("rejects a missing sheet with ItemNotFound and gives a null object for …OrNullObject", async () => {
    const fake = createFakeExcel(sample());
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("Tidak Ada");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("rejects a request over 5 MB and a range read over 5,000,000 cells", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const big = "x".repeat(1000);
      sheet.getRange("A1:A6000").values = Array.from({ length: 6000 }, () => [big]);
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      sheet.getRange("A:E").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
    expect(fake.model.sheets[0].rows.length).toBe(0);
    expect(fake.stats.records.map((r) => r.error)).toEqual(["RequestPayloadSizeLimitExceeded", "RangeExceedsLimit"]);
  });

  it("writes text starting with = as a formula unless the cell is formatted as text", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").values = [["=1+1"]];
      const b1 = sheet.getRange("B1");
      b1.numberFormat = [["@"]];
      b1.values = [["=1+1"]];
      await context.sync();
    });
    const [a1, b1] = fake.model.sheets[0].rows[0];
    expect(a1).toEqual({ f: "=1+1" });
    expect(b1).toEqual({ v: "=1+1", nf: "@" });
  });

  it("fails every sync while a cell is being edited", async () => {
    const fake = createFakeExcel(sample());
    fake.setCellEditMode(true);
    const run = fake.Excel.run(async (context: FakeExcelContext) => {
      context.workbook.worksheets.getItem("RK").getRange("A1").select();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("fake workbook JSON", () => {
  it("round-trips through JSON to the same text", () => {
    const model = sample();
    const json = workbookToJson(model);
    expect(snapshotWorkbook(workbookFromJson(JSON.parse(JSON.stringify(json))))).toBe(snapshotWorkbook(model));
    expect(json.sheets[0].cells).toEqual({
      B2: "Uraian",
      C2: "Jumlah",
      B3: "Mesin",
      C3: { v: 1500000, nf: "#,##0" },
      B4: "Rusak",
      C4: { e: "#N/A" },
    });
    expect(json.sheets[0].hiddenRows).toEqual([2]);
  });
});
