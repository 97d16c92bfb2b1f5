/**
 * Writes an RK of any length in the layout of test/cli/proposal-factory.ts, through exceljs's
 * streaming writer (rows are flushed as they are written), so that 100,000- and 200,000-line
 * files cost the benchmark seconds rather than gigabytes. The title, meta block and header, and
 * the six kinds of construction lines, come from a 9-line proposal the factory builds.
 */
import ExcelJS from "exceljs";
import { buildProposal } from "../../test/cli/proposal-factory";

const HEADER_ROW = 13;
const KINDS = 6;

export async function writeBigProposal(path: string, lines: number): Promise<void> {
  const small = buildProposal({ lines: KINDS + 3 }).worksheets[0];
  const rowValues = (r: number): ExcelJS.CellValue[] => (small.getRow(r).values as ExcelJS.CellValue[]).slice(1);
  const build = Array.from({ length: KINDS }, (_, k) => rowValues(HEADER_ROW + 1 + k));
  const penunjang = [
    rowValues(HEADER_ROW + 1 + KINDS),
    rowValues(HEADER_ROW + 2 + KINDS),
    rowValues(HEADER_ROW + 3 + KINDS),
  ];
  const nBuild = lines - 3;
  let buildTotal = 0;
  for (let i = 0; i < nBuild; i++) buildTotal += build[i % KINDS][7] as number;
  const share = Math.max(1, Math.round((buildTotal * 0.02) / 1000) * 1000);
  const design = [...penunjang[2]];
  design[6] = share;
  design[7] = share;
  const total = buildTotal + (penunjang[0][7] as number) + (penunjang[1][7] as number) + share;

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet(small.name);
  for (let r = 1; r <= HEADER_ROW; r++) {
    const values = rowValues(r);
    if (r === 7) values[2] = total; // Pagu (Rp) = total
    ws.getRow(r).values = values;
  }
  ws.mergeCells("A1:P1");
  let r = HEADER_ROW + 1;
  for (let i = 0; i < nBuild; i++, r++) {
    const values = [...build[i % KINDS]];
    values[0] = i + 1;
    values[3] = `${String(values[2])} paket ${i + 1}`;
    ws.getRow(r).values = values;
    ws.getRow(r).commit();
  }
  for (const [k, values] of [penunjang[0], penunjang[1], design].entries()) {
    ws.getRow(r).values = [nBuild + k + 1, ...values.slice(1)];
    ws.getRow(r++).commit();
  }
  ws.mergeCells(r, 1, r, 7);
  ws.getCell(r, 1).value = "JUMLAH";
  ws.getCell(r, 8).value = total;
  ws.commit();
  await wb.commit();
}
