/**
 * A full recalculation of the workbook, in one sync: the DAK custom functions are not volatile,
 * so when the active ruleset changes (a ruleset loaded or chosen in the pane, another proposal's
 * TA) their cells answer under the new one only once Excel calculates them again.
 */
import { runExcel } from "./run";

export async function recalculate(): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}
