/**
 * One-off: converts the sample RK workbooks (test/fixtures/samples/*.xlsx, copies of the
 * team's shared samples) into fake-host JSON under src/fakehost/samples/, which the playground
 * bundles. Run: npx tsx test/excel/make-fake-samples.ts [sourceDir]
 */
import { readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import {
  createSheet,
  setCell,
  workbookToJson,
  type CellModel,
  type ScalarValue,
  type WorkbookModel,
} from "../../src/fakehost";

function scalar(value: ExcelJS.CellValue): ScalarValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Math.round(value.getTime() / 86_400_000 + 25_569);
  if (typeof value === "object" && "error" in value) return { e: String(value.error) };
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "formula" in value)
    return scalar((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof value === "object" && "text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  return String(value);
}

async function convert(file: string): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = wb.worksheets.map((ws) => {
    const sheet = createSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.add(r - 1);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // exceljs repeats a merged area's value in every cell of it; Excel (Range.values) has it
        // only in the top-left cell, and so must the fake.
        const covered = cell.isMerged && cell.master.address !== cell.address;
        const model: CellModel = { v: covered ? undefined : scalar(cell.value) };
        if (cell.type === ExcelJS.ValueType.Formula) model.f = `=${cell.formula}`;
        if (cell.numFmt && cell.numFmt !== "General") model.nf = cell.numFmt;
        const style: Record<string, string | boolean> = {};
        if (cell.font?.bold) style["font.bold"] = true;
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
        if (argb) style["fill.color"] = `#${argb.slice(-6)}`;
        if (Object.keys(style).length > 0) model.style = style;
        setCell(sheet, r - 1, c - 1, model);
      });
    });
    ws.columns?.forEach((col, i) => {
      if (col.hidden) sheet.hiddenColumns.add(i);
      if (col.width) sheet.columnWidths.set(i, Math.round(col.width * 7));
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    sheet.merges = [...merges];
    return sheet;
  });
  return { sheets, activeSheet: sheets[0].name, names: [] };
}

async function main(): Promise<void> {
  const source = process.argv[2] ?? join(__dirname, "../fixtures/samples");
  const out = join(__dirname, "../../src/fakehost/samples");
  for (const file of readdirSync(source).filter((f) => f.endsWith(".xlsx"))) {
    const model = await convert(join(source, file));
    const target = join(out, `${basename(file, ".xlsx")}.json`);
    writeFileSync(target, `${JSON.stringify(workbookToJson(model), null, 1)}\n`);
    console.log(`${file} -> ${target}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
