/**
 * The fake host's cell input as Excel takes it (null leaves a cell, apostrophe text, numeric
 * text), column widths and hidden columns, borders by edge, merges, and data validation alerts.
 */
import { createFakeExcel, createWorkbook, workbookToJson, type FakeExcelContext } from "../../src/fakehost";

function fake() {
  return createFakeExcel(createWorkbook(["Data"]));
}

describe("Range.formulas and Range.values input", () => {
  it("leaves the cells given null, strips a leading apostrophe, reads numeric text as a number", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:E2");
      range.values = [
        ["lama", "lama", "lama", "lama", "lama"],
        ["x", "x", "x", "x", "x"],
      ];
      range.formulas = [
        [null, "'=1+1", "'+62 811", "=A1", "2020"],
        ["'@user", null, "'-5", "'2020", ""],
      ];
      range.load("formulas, valueTypes");
      await context.sync();
      expect(range.formulas).toEqual([
        ["lama", "=1+1", "+62 811", "=A1", 2020],
        ["@user", "x", "-5", "2020", ""],
      ]);
      expect(range.valueTypes[0][4]).toBe("Double");
      expect(range.valueTypes[1][3]).toBe("String");
    });
    expect(workbookToJson(f.model).sheets[0].cells).toEqual({
      A1: "lama",
      B1: "=1+1",
      C1: "+62 811",
      D1: { f: "=A1" },
      E1: 2020,
      A2: "@user",
      B2: "x",
      C2: "-5",
      D2: "2020",
    });
  });

  it("refuses null for a whole property and a matrix of the wrong shape", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.formulas = null as unknown as string[][];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.values = [["a"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("resets a number format given an empty string to General", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.numberFormat = [["#,##0", "0.00%"]];
      await context.sync();
      range.numberFormat = [["", null]];
      range.load("numberFormat");
      await context.sync();
      expect(range.numberFormat).toEqual([["General", "0.00%"]]);
    });
  });
});

describe("columns, merges, borders", () => {
  it("sets column widths and hides whole columns", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B:C").format.columnWidth = 171;
      sheet.getRange("E:E").columnHidden = true;
      const b = sheet.getRange("B:B").load("columnHidden, address");
      const wide = sheet.getRange("C5").format.load("columnWidth");
      const d = sheet.getRange("D:E").load("columnHidden");
      await context.sync();
      expect([b.address, b.columnHidden, wide.columnWidth, d.columnHidden]).toEqual(["Data!B:B", false, 171, null]);
    });
    const json = workbookToJson(f.model).sheets[0];
    expect([json.columnWidths, json.hiddenColumns]).toEqual([{ 1: 171, 2: 171 }, [4]]);
  });

  it("keeps only the top-left content of a merged area", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B2").values = [
        ["kiri", "kanan"],
        ["bawah", 4],
      ];
      sheet.getRange("A1:B2").merge(true);
      await context.sync();
    });
    const json = workbookToJson(f.model).sheets[0];
    expect(json.cells).toEqual({ A1: "kiri", A2: "bawah" });
    expect(json.merges).toEqual(["A1:B1", "A2:B2"]);
  });

  it("draws outer edges on the range's outline and inside edges between its cells", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      const { borders } = range.format;
      borders.getItem(f.Excel.BorderIndex.edgeTop).style = "Continuous";
      borders.getItem(f.Excel.BorderIndex.insideHorizontal).style = "Dash";
      borders.getItem(f.Excel.BorderIndex.insideHorizontal).color = "#A6A6A6";
      const top = borders.getItem("EdgeTop").load("style");
      const bottom = borders.getItem("EdgeBottom").load("style");
      const inside = borders.getItem("InsideHorizontal").load("style, color");
      await context.sync();
      expect([top.style, bottom.style, inside.style, inside.color]).toEqual(["Continuous", "None", "Dash", "#A6A6A6"]);
      borders.getItem("Middle").style = "Continuous";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      borders.getItem("EdgeLeft").style = "Wavy" as Excel.BorderLineStyle; // untyped callers
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const cells = workbookToJson(f.model).sheets[0].cells;
    expect(cells.A1).toEqual({
      style: {
        "borders.EdgeTop.style": "Continuous",
        "borders.EdgeBottom.style": "Dash",
        "borders.EdgeBottom.color": "#A6A6A6",
      },
    });
    expect(cells.B2).toEqual({ style: { "borders.EdgeTop.style": "Dash", "borders.EdgeTop.color": "#A6A6A6" } });
  });
});

describe("Range.dataValidation", () => {
  it("keeps the rule and the error alert of a range together", async () => {
    const f = fake();
    await f.Excel.run(async (context: FakeExcelContext) => {
      const dv = context.workbook.worksheets.getItem("Data").getRange("B2:B9").dataValidation;
      dv.load("errorAlert, type");
      await context.sync();
      expect([dv.type, dv.errorAlert]).toEqual(["None", { showAlert: true, style: "Stop", title: "", message: "" }]);
      dv.rule = { list: { inCellDropDown: true, source: "=$D$1:$D$3" } };
      dv.errorAlert = {
        showAlert: true,
        style: f.Excel.DataValidationAlertStyle.warning,
        title: "Salah",
        message: "Pilih",
      };
      dv.errorAlert = { message: "Pilih dari daftar" };
      dv.load("errorAlert, type, rule");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.errorAlert).toEqual({
        showAlert: true,
        style: "Warning",
        title: "Salah",
        message: "Pilih dari daftar",
      });
      // what Office.js's types refuse, the host refuses too (untyped callers)
      dv.errorAlert = { style: "Fatal" as Excel.DataValidationAlertStyle };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(workbookToJson(f.model).sheets[0].dataValidations).toEqual([
      {
        range: "B2:B9",
        rule: { list: { inCellDropDown: true, source: "=$D$1:$D$3" } },
        errorAlert: { showAlert: true, style: "Warning", title: "Salah", message: "Pilih dari daftar" },
      },
    ]);
  });
});
