/**
 * Round trip: the rk template, filled with a realistic proposal (the lines and meta of the
 * rk-datar sample) the way an official fills it in Excel, is read back and validated by the same
 * engine as any proposal: no finding. Then one planted problem per family is reported on its cell.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import type { Finding } from "../../src/core/rules/findings";
import { buildTemplate } from "../../src/core/templates";
import { RK_ROWS } from "../../src/core/templates/rk";
import { readWorkbookBuffer } from "../../src/xlsx/grid-reader";
import { templateWorkbook } from "../../src/xlsx/templates/render";
import { ta2020Context } from "./context";

const SAMPLE = path.join(__dirname, "../fixtures/samples/rk-datar.xlsx");
const ruleset = getRuleset(2020)!;
type Plant = (ws: ExcelJS.Worksheet) => void;

interface SampleProposal {
  meta: ExcelJS.CellValue[];
  lines: ExcelJS.CellValue[][];
}

async function loadSample(): Promise<SampleProposal> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.worksheets[0];
  const meta = Array.from({ length: 9 }, (_, i) => ws.getCell(`C${3 + i}`).value);
  const lines: ExcelJS.CellValue[][] = [];
  for (let r = 14; r <= 30; r++) lines.push(Array.from({ length: 16 }, (_, c) => ws.getRow(r).getCell(c + 1).value));
  return { meta, lines };
}

/** Fills the template as a user would in Excel; formulas get the result Excel would cache. */
async function filledRk(sample: SampleProposal, plant?: Plant): Promise<Finding[]> {
  const wb = templateWorkbook(buildTemplate("rk", ta2020Context()));
  const ws = wb.worksheets[0];
  sample.meta.forEach((v, i) => (ws.getCell(`C${3 + i}`).value = v));
  let total = 0;
  sample.lines.forEach((values, i) => {
    const row = ws.getRow(RK_ROWS.first + i);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      if (c === 7) {
        const jumlah = Number(values[4]) * Number(values[6]);
        total += jumlah;
        cell.value = {
          formula: (cell.value as ExcelJS.CellFormulaValue).formula,
          result: jumlah,
        } as ExcelJS.CellFormulaValue;
      } else cell.value = v;
    });
  });
  const totalCell = ws.getCell(`H${RK_ROWS.total}`);
  totalCell.value = {
    formula: (totalCell.value as ExcelJS.CellFormulaValue).formula,
    result: total,
  } as ExcelJS.CellFormulaValue;
  plant?.(ws);
  const grids = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  return validate(readProposal(grids), ruleset);
}

let sample: SampleProposal;
beforeAll(async () => {
  sample = await loadSample();
});

it("a filled rk template validates with no finding at all", async () => {
  expect(sample.lines).toHaveLength(17);
  expect(await filledRk(sample)).toEqual([]);
});

const planted: Array<[string, Plant, string, string]> = [
  ["reading: the pagu left empty", (ws) => (ws.getCell("C7").value = null), "META_MISSING", "C7"],
  ["line: jumlah typed over the formula", (ws) => (ws.getCell("H16").value = 90_000_000), "AMOUNT_MISMATCH", "H16"],
  ["line: satuan not allowed for the rincian", (ws) => (ws.getCell("F14").value = "ls"), "SATUAN_INVALID", "F14"],
  ["budget: pagu below the total", (ws) => (ws.getCell("C7").value = 3_000_000_000), "PAGU_EXCEEDED", "C7"],
  ["sentra: fewer than 5 IKM units", (ws) => (ws.getCell("C10").value = 3), "SENTRA_TOO_SMALL", "C10"],
];

it.each(planted)("%s is reported", async (_, plant, code, cell) => {
  const findings = await filledRk(sample, plant);
  const hits = findings.filter((f) => f.code === code);
  expect(hits).toHaveLength(1);
  expect(hits[0].cell).toBe(cell);
  expect(hits[0].sheet).toBe("Rencana Kegiatan");
});
