/**
 * A workbook of plain tables (dak evaluasi --out): one sheet per table, a bold frozen header with
 * a filter, a number format per column, and print setup (A4 landscape, one page wide, the header
 * repeated). Text is written as text, never as a formula.
 */
export interface TableColumn {
  readonly header: string;
  readonly width: number;
  /** en-US number format code, e.g. "0.00%". */
  readonly numFmt?: string;
}

export interface TableSheet {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export async function writeTablesWorkbook(sheets: readonly TableSheet[]): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  wb.creator = "dak";
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    const header = ws.getRow(1);
    header.values = sheet.columns.map((c) => c.header);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    for (const row of sheet.rows) ws.addRow([...row]);
    const last = Math.max(1, sheet.rows.length + 1);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: sheet.columns.length } };
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    };
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
