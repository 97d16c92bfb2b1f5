/** The fake host's freeze panes and page layout (orientation, paper, zoom, print area and titles). */
import { createFakeExcel, createWorkbook, workbookToJson, type FakeExcelContext } from "../../src/fakehost";

describe("freezePanes", () => {
  it("freezeAt freezes the rows and columns through the range's bottom-right cell", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const none = sheet.freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, 13, 1));
      const at = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(fake.model.sheets[0].freeze).toEqual({ rows: 13, columns: 1 });
      expect(at.address).toBe("Data!A1:A13");
      sheet.freezePanes.freezeAt("B2:C4");
      await context.sync();
      expect(fake.model.sheets[0].freeze).toEqual({ rows: 4, columns: 3 });
      sheet.freezePanes.freezeRows(2);
      const rows = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(fake.model.sheets[0].freeze).toEqual({ rows: 2, columns: 0 });
      expect(rows.address).toBe("Data!1:2");
      sheet.freezePanes.freezeColumns(-1);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("pageLayout", () => {
  it("reads Excel's defaults after load and sync, and not before", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const layout = context.workbook.worksheets.getItem("Data").pageLayout;
      layout.load("orientation, paperSize, zoom, printGridlines");
      expect(() => layout.orientation).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([layout.orientation, layout.paperSize, layout.zoom, layout.printGridlines]).toEqual([
        "Portrait",
        "Letter",
        { scale: 100 },
        false,
      ]);
    });
    expect(workbookToJson(fake.model).sheets[0].pageLayout).toBeUndefined();
  });

  it("sets A4 landscape fit to one page wide, the print area and the rows repeated on each page", async () => {
    const fake = createFakeExcel(createWorkbook(["Data"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const layout = sheet.pageLayout;
      layout.orientation = fake.Excel.PageOrientation.landscape;
      layout.paperSize = fake.Excel.PaperType.a4;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:P70");
      layout.setPrintTitleRows("$13:$13");
      layout.setPrintTitleColumns(sheet.getRange("A5:B9"));
      layout.load("orientation, paperSize, zoom");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      expect([layout.orientation, layout.paperSize, layout.zoom]).toEqual([
        "Landscape",
        "A4",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]);
      expect(titles.address).toBe("Data!13:13");
    });
    expect(fake.model.sheets[0].pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "$A$1:$P$70",
      printTitleRows: "$13:$13",
      printTitleColumns: "$A:$B",
    });
  });

  it("rejects values outside Excel's enums and a zoom with both a scale and a fit", async () => {
    const fake = createFakeExcel(createWorkbook(["Data", "Lain"]));
    await fake.Excel.run(async (context: FakeExcelContext) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      // values Office.js's types refuse, as an untyped caller could pass them
      const attempts: Array<() => void> = [
        () => (sheet.pageLayout.orientation = "landscape" as Excel.PageOrientation),
        () => (sheet.pageLayout.paperSize = "A9" as Excel.PaperType),
        () => (sheet.pageLayout.zoom = { scale: 90, horizontalFitToPages: 1 }),
        () => (sheet.pageLayout.zoom = { scale: 5 }),
        () => sheet.pageLayout.setPrintArea(context.workbook.worksheets.getItem("Lain").getRange("A1:B2")),
      ];
      for (const attempt of attempts) {
        attempt();
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      }
    });
    expect(fake.model.sheets[0].pageLayout).toBeUndefined();
  });
});
