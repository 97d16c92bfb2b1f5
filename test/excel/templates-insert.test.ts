/**
 * The Office.js renderer against the in-memory Excel host: at most 3 syncs per insert, a new
 * sheet named after the template (" (2)" when taken), existing sheets byte-identical, user text
 * that looks like a formula written as text, and the rk sheet read back as a proposal.
 */
import { readProposal } from "../../src/core/proposal";
import { buildTemplate, TEMPLATE_IDS } from "../../src/core/templates";
import { RK_LINE_COLUMNS, RK_ROWS } from "../../src/core/templates/rk";
import { AdapterError } from "../../src/excel/errors";
import { createOfficeAdapter } from "../../src/excel/officeAdapter";
import { insertSheetSpec, insertTemplate } from "../../src/excel/templates";
import { createFakeExcel, createWorkbook, workbookToJson, type FakeExcel } from "../../src/fakehost";
import { ta2020Context } from "../templates/context";

let uninstall: (() => void) | undefined;

function start(sheets: string[] = ["Data"]): FakeExcel {
  const fake = createFakeExcel(createWorkbook(sheets));
  uninstall = fake.installGlobals();
  return fake;
}
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const sheetJson = (fake: FakeExcel, name: string) =>
  JSON.stringify(workbookToJson(fake.model).sheets.find((s) => s.name === name));

/** A workbook with content: values, formats, a merge, a table, a name equal to the template's table name. */
async function populated(fake: FakeExcel, tableBase: string): Promise<void> {
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:C3").values = [
      ["Uraian", "Jumlah", "Catatan"],
      ["Mesin", 1500000, "=B2*2"],
      ["Alat", 250000, "'=teks"],
    ];
    sheet.getRange("B2:B3").numberFormat = [["#,##0"], ["#,##0"]];
    sheet.getRange("A1:C1").format.fill.color = "#D9E1F2";
    sheet.getRange("E1:F1").merge();
    sheet.tables.add("A1:C3", true).name = "Data_Lama";
    context.workbook.names.add(tableBase, sheet.getRange("B2"));
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  });
}

describe.each(TEMPLATE_IDS.map((id) => [id]))("inserting %s", (id) => {
  const spec = buildTemplate(id, ta2020Context());

  it("takes at most 3 syncs, adds one sheet and leaves the others untouched", async () => {
    const fake = start(["Data"]);
    await populated(fake, spec.table?.name ?? "Nama_Lain");
    const before = sheetJson(fake, "Data");
    const names = JSON.stringify(fake.model.names);
    fake.resetStats();
    const result = await insertTemplate(spec);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(result.sheetName).toBe(spec.sheetName);
    // the table's base name is a workbook name here: Excel would refuse it
    if (spec.table) expect(result.tableName).toBe(`${spec.table.name}2`);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Data", spec.sheetName]);
    expect(sheetJson(fake, "Data")).toBe(before);
    expect(JSON.stringify(fake.model.names)).toBe(names);
  });

  it("twice gives two sheets, the first one unchanged", async () => {
    const fake = start(["Data"]);
    expect(await insertSheetSpec(spec)).toBe(spec.sheetName);
    const data = sheetJson(fake, "Data");
    const first = sheetJson(fake, spec.sheetName);
    fake.resetStats();
    const second = await insertTemplate(spec);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(second.sheetName).toBe(`${spec.sheetName} (2)`);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Data", spec.sheetName, `${spec.sheetName} (2)`]);
    expect(sheetJson(fake, spec.sheetName)).toBe(first);
    expect(sheetJson(fake, "Data")).toBe(data);
    if (spec.table) expect(second.tableName).toBe(`${spec.table.name}2`);
  });

  it("sets up printing: A4, fit to one page wide, the print area and the repeated rows", async () => {
    const fake = start();
    await insertSheetSpec(spec);
    const sheet = workbookToJson(fake.model).sheets.find((s) => s.name === spec.sheetName)!;
    const { first, last } = spec.print.repeatRows!;
    expect(sheet.pageLayout).toMatchObject({
      orientation: spec.print.orientation === "landscape" ? "Landscape" : "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: spec.print.area!.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"),
      printTitleRows: `$${first}:$${last}`,
    });
  });
});

describe("rk inserted", () => {
  const cellsOf = (fake: FakeExcel, sheet: string) =>
    workbookToJson(fake.model).sheets.find((s) => s.name === sheet)!.cells;

  it("writes user text that looks like a formula, a number or a date as text", async () => {
    const fake = start();
    const settings = {
      sentraName: '=HYPERLINK("http://x","klik")',
      provinsi: "+62 Jawa Barat",
      kabKota: "-1",
      instansiPelaksana: "@dinas",
    };
    const name = await insertSheetSpec(buildTemplate("rk", ta2020Context(settings)));
    const cells = cellsOf(fake, name);
    // C9 sentra, C4 provinsi, C5 kab/kota, C8 instansi: text values, no formula, apostrophe not stored
    const texts = ["C9", "C4", "C5", "C8"].map((ref) => cells[ref] as { v?: unknown; f?: unknown });
    expect(texts.map((c) => c.v)).toEqual([
      settings.sentraName,
      settings.provinsi,
      settings.kabKota,
      settings.instansiPelaksana,
    ]);
    expect(texts.map((c) => c.f)).toEqual([undefined, undefined, undefined, undefined]);
    // our own formulas stay formulas
    expect(cells[`H${RK_ROWS.first}`]).toMatchObject({
      f: `=IF(OR(E${RK_ROWS.first}="",G${RK_ROWS.first}=""),"",E${RK_ROWS.first}*G${RK_ROWS.first})`,
    });
    expect(cells[`H${RK_ROWS.total}`]).toMatchObject({ f: `=SUM(H${RK_ROWS.first}:H${RK_ROWS.last})` });
    expect(cells.C3).toMatchObject({ v: 2020, nf: "0" });
  });

  it("has the names on its own sheet, the table, the dropdowns, the frozen header and the print setup", async () => {
    const fake = start();
    const spec = buildTemplate("rk", ta2020Context());
    await insertSheetSpec(spec);
    const second = await insertTemplate(spec);
    const [first, copy] = workbookToJson(fake.model).sheets.slice(1);
    expect(first.names?.map((n) => n.name)).toEqual(["Pagu", "Jumlah_Baris", "Total_Usulan", "Penunjang"]);
    expect(copy.names?.[0]).toEqual({ name: "Pagu", reference: `='${second.sheetName}'!$C$7` });
    expect(fake.model.names).toEqual([]);
    expect(first.tables).toEqual([
      { name: "RK_Baris", range: `A13:P${RK_ROWS.last}`, hasHeaders: true, style: "TableStyleLight1" },
    ]);
    expect(first.dataValidations?.map((d) => d.range)).toEqual([
      `B14:B${RK_ROWS.last}`,
      `C14:C${RK_ROWS.last}`,
      `F14:F${RK_ROWS.last}`,
      `I14:I${RK_ROWS.last}`,
    ]);
    expect(first.dataValidations?.[0].errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(first.freeze).toEqual({ rows: 13, columns: 1 });
    expect(first.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$13:$13",
    });
    expect(fake.model.activeSheet).toBe(second.sheetName);
  });

  it("reads back through the adapter as a proposal: the meta block and the line table header", async () => {
    const fake = start();
    const name = await insertSheetSpec(buildTemplate("rk", ta2020Context({ sentraName: "Sentra Tenun Ikat" })));
    fake.resetStats();
    const grids = await createOfficeAdapter().readGrids();
    const proposal = readProposal(grids);
    expect(proposal.sheetsRead).toEqual(["Data", name]);
    expect(proposal.parts).toHaveLength(1);
    const part = proposal.parts[0];
    expect(part.sheet).toBe(name);
    expect(part.headerRow).toBe(12);
    expect(part.headerRange).toBe("A13:P13");
    expect(Object.keys(part.columns)).toHaveLength(RK_LINE_COLUMNS.length);
    expect(part.columns).toMatchObject({ no: 0, menu: 1, uraian: 3, jumlah: 7, keterangan: 15 });
    expect(part.meta.ta).toEqual({ kind: "number", value: 2020, cell: "C3" });
    expect(part.meta.namaSentra).toEqual({ kind: "text", value: "Sentra Tenun Ikat", cell: "C9" });
    expect(part.meta.bidang).toMatchObject({ kind: "text", cell: "C6" });
    expect(part.meta.pagu).toEqual({ kind: "empty", cell: "C7" });
    expect(part.lines).toEqual([]);
  });
});

describe("a failing insert", () => {
  it("removes the half-built sheet and reports the error", async () => {
    const fake = start(["Data"]);
    await populated(fake, "Nama_Lain");
    const before = JSON.stringify(workbookToJson(fake.model));
    const spec = buildTemplate("rk", ta2020Context());
    expect(spec.table).toBeDefined();
    // Excel refuses a table over merged cells: the second sync fails after the sheet was added.
    const broken = { ...spec, merges: [...spec.merges, "B20:C20"] };
    await expect(insertSheetSpec(broken)).rejects.toBeDefined();
    expect(JSON.stringify(workbookToJson(fake.model))).toBe(before);
  });

  it("rejects with an AdapterError that keeps Office's code, like every other adapter call", async () => {
    start(["Data"]);
    const spec = buildTemplate("rk", ta2020Context());
    const broken = { ...spec, merges: [...spec.merges, "B20:C20"] };
    const error: unknown = await insertSheetSpec(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).officeCode).not.toBe("");
  });
});
