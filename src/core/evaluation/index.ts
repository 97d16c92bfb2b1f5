/** Sentra M&E across kab/kota (`dak evaluasi`): the six indicators before/after, aggregate and mean growth. */
export type * from "./types";
export { evaluateSentra } from "./evaluate";
export { sentraOfWorkbook, type WorkbookSentra } from "./workbook";
