/**
 * The exceljs renderer's print setup, read back from the written file as Excel and LibreOffice
 * read it: A4 (landscape but for the four-column alokasi list), fit to one page wide (any number of pages tall), the print area (which
 * leaves the dropdowns' source lists out) and the header rows repeated on every page.
 */
import ExcelJS from "exceljs";
import { buildTemplate, TEMPLATE_IDS } from "../../src/core/templates";
import { templateWorkbook } from "../../src/xlsx/templates/render";
import { ta2020Context } from "./context";

describe.each(TEMPLATE_IDS.map((id) => [id]))("template %s written as .xlsx", (id) => {
  it("prints landscape, one page wide, its area, with repeated header rows", async () => {
    const spec = buildTemplate(id, ta2020Context());
    const buffer = await templateWorkbook(spec).xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    const ws = back.worksheets[0];
    const { first, last } = spec.print.repeatRows!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9, // A4
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${first}:${last}`,
    });
    expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toBe(spec.print.area);
  });
});
