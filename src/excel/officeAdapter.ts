/** The WorkbookAdapter over Office.js (or the fake host, which installs the same globals). */
import type { WorkbookAdapter } from "./adapter";
import { writeFindingsSheet } from "./findingsSheet";
import { addMarks, removeMarks } from "./marks";
import { readGrids } from "./readGrids";
import { recalculate } from "./recalculate";
import { selectCell } from "./selectCell";

export function createOfficeAdapter(): WorkbookAdapter {
  return { readGrids, selectCell, addMarks, removeMarks, writeFindingsSheet, recalculate };
}
