/** Standard templates as data (SheetSpec), rendered by src/excel (Office.js) and src/xlsx (exceljs). */
export type {
  CellSpec,
  CellStyle,
  ColumnSpec,
  ListValidationSpec,
  NameSpec,
  PrintSpec,
  SheetSpec,
  StyleName,
  TableSpec,
  TemplateId,
} from "./types";
export type { TemplateContext, TemplateLists } from "./context";
export { allRincian } from "./context";
export { STYLES, FORMATS } from "./styles";
export { TEMPLATES, TEMPLATE_IDS, buildTemplate, isTemplateId, type TemplateInfo } from "./registry";
export { TEMPLATE_TEXTS, templateText, type TemplateLocale, type TemplateText } from "./texts";
export { checkSheetSpec, dakFunctionCells } from "./check";
export { uniqueSheetName, uniqueTableName } from "./naming";
export { guardedText, needsTextGuard } from "./text-guard";
export { listsFromRuleset, contextFromRuleset } from "./ruleset-lists";
