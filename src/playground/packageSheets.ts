/**
 * The other sheets of a proposal package (`?paket=1`): the RAB, KAK, sentra and realisasi
 * templates inserted beside the RK through the Office.js renderer, as the Templat tab would. For
 * the benchmark that checks reading stays within its budget when a workbook holds the whole
 * package (issue 12), and for trying the pane's per-sheet grouping.
 */
import { defaultRuleset } from "../core/rules/bundled";
import { buildTemplate, contextFromRuleset, type TemplateId } from "../core/templates";
import { insertTemplate } from "../excel/templates/insert";

export const PACKAGE_TEMPLATES: readonly TemplateId[] = ["rab", "kak", "sentra", "realisasi"];

export async function addPackageSheets(): Promise<void> {
  const context = contextFromRuleset(defaultRuleset());
  for (const id of PACKAGE_TEMPLATES) await insertTemplate(buildTemplate(id, context));
}
