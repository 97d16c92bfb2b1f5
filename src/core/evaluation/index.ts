/** Sentra M&E across kab/kota (`dak evaluasi`): the six indicators before/after, aggregate and mean growth. */
export type * from "./types";
export { evaluateSentra } from "./evaluate";
export { readSentraSheet } from "./sentra-sheet";
export { sentraOfWorkbook, type WorkbookSentra } from "./workbook";
