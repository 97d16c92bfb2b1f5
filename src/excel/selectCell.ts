/** Navigation: activate a sheet and select a finding's cell, in one sync. */
import { runExcel } from "./run";

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
