/**
 * The shipped template inserter: builds the template's SheetSpec from the active ruleset's lists
 * (core) and renders it into a new sheet through the Office.js renderer (src/excel), which never
 * overwrites a sheet.
 */
import { buildTemplate, contextFromRuleset, isTemplateId } from "../../core/templates";
import { insertSheetSpec } from "../../excel/templates";
import type { RulesetView, TemplateInserter } from "../engine";
import { coreRuleset } from "./rulesetViews";

export function createTemplateInserter(): TemplateInserter {
  return {
    async insert(templateId: string, ruleset: RulesetView): Promise<string> {
      if (!isTemplateId(templateId)) throw new RangeError(`unknown template ${templateId}`);
      return insertSheetSpec(buildTemplate(templateId, contextFromRuleset(coreRuleset(ruleset))));
    },
  };
}
