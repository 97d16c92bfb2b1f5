/** The fake host's tables (workbook and worksheet collections) and defined names (workbook and sheet scope). */
import { createFakeExcel, createWorkbook, workbookToJson, type FakeExcelContext } from "../../src/fakehost";

function fakeWith(sheets = ["Data", "Lain"]) {
  return createFakeExcel(createWorkbook(sheets));
}

describe("tables", () => {
  it("adds a table on a sheet, names empty and repeated headers, and lists it in workbook.tables", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:C1").values = [["Uraian", "", "uraian"]];
      const table = sheet.tables.add("A1:C5", true);
      table.name = "Baris";
      table.style = "TableStyleLight1";
      const all = context.workbook.tables.load("items/name");
      const onOther = context.workbook.worksheets.getItem("Lain").tables.load("items/name");
      table.load("name, style, showHeaders");
      expect(() => table.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([table.name, table.style, table.showHeaders]).toEqual(["Baris", "TableStyleLight1", true]);
      expect(all.items.map((t) => t.name)).toEqual(["Baris"]);
      expect(onOther.items).toEqual([]);
    });
    const json = workbookToJson(fake.model).sheets[0];
    expect(json.tables).toEqual([{ name: "Baris", range: "A1:C5", hasHeaders: true, style: "TableStyleLight1" }]);
    expect([json.cells.A1, json.cells.B1, json.cells.C1]).toEqual(["Uraian", "Column2", "Column3"]);
  });

  it("workbook.tables.add needs a sheet in the address and gives default names Table1, Table2", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const a = context.workbook.tables.add("Lain!B2:C4", true);
      const b = context.workbook.tables.add(context.workbook.worksheets.getItem("Data").getRange("E1:F2"), true);
      a.load("name");
      b.load("name");
      await context.sync();
      expect([a.name, b.name]).toEqual(["Table1", "Table2"]);
      context.workbook.tables.add("B2:C4", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.model.sheets.map((s) => s.tables.map((t) => t.range))).toEqual([["E1:F2"], ["B2:C4"]]);
  });

  it("refuses overlaps with tables or merged cells, merges inside a table, and taken or invalid names", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.add("A1:C5", true).name = "Baris";
      await context.sync();
      sheet.tables.add("C5:D9", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      sheet.getRange("B3:C3").merge();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      sheet.getRange("F1:G1").merge();
      await context.sync();
      sheet.tables.add("E1:H4", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      context.workbook.worksheets.getItem("Lain").tables.add("A1:B2", true).name = "baris";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.worksheets.getItem("Lain").tables.add("D1:E2", true).name = "Dua kata";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("defined names", () => {
  it("scopes worksheet names to their sheet and workbook names to the workbook", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const data = context.workbook.worksheets.getItem("Data");
      const lain = context.workbook.worksheets.getItem("Lain");
      data.names.add("Pagu", data.getRange("C7"));
      lain.names.add("Pagu", "=Lain!$C$5");
      context.workbook.names.add("Pagu", data.getRange("A1:B2"), "di buku");
      context.workbook.names.add("Tarif", "=0.11");
      const item = data.names.getItem("pagu").load("name, formula, scope, type");
      const global = context.workbook.names.load("items/name, items/formula, items/scope, items/comment, items/type");
      await context.sync();
      expect([item.name, item.formula, item.scope, item.type]).toEqual(["Pagu", "=Data!$C$7", "Worksheet", "Range"]);
      expect(global.items.map((n) => [n.name, n.formula, n.scope, n.comment, n.type])).toEqual([
        ["Pagu", "=Data!$A$1:$B$2", "Workbook", "di buku", "Range"],
        ["Tarif", "=0.11", "Workbook", "", "Double"],
      ]);
    });
    const json = workbookToJson(fake.model);
    expect(json.sheets.map((s) => s.names)).toEqual([
      [{ name: "Pagu", reference: "=Data!$C$7" }],
      [{ name: "Pagu", reference: "=Lain!$C$5" }],
    ]);
  });

  it("refuses a name taken in the same scope and names that look like cell references", async () => {
    const fake = fakeWith();
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.names.add("Pagu", data.getRange("C7"));
      await context.sync();
      data.names.add("PAGU", data.getRange("C8"));
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      for (const bad of ["A1", "R1C1", "1abc", "dua kata", "c"]) {
        data.names.add(bad, data.getRange("C9"));
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      }
      const missing = data.names.getItemOrNullObject("Tidak_Ada");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.model.sheets[0].names).toHaveLength(1);
  });
});
