/**
 * Parity of the streaming reader with the exceljs oracle on workbooks LibreOffice Calc wrote
 * (issue 18): random workbooks (a fixed fast-check seed) and the sample proposals are saved
 * again by headless LibreOffice as .xlsx, whose XML differs from exceljs's (its own shared
 * strings, styles, row spans, cell types), and both readers must give the same Grids from it.
 * The random workbooks have no formulas and no booleans here: LibreOffice recalculates formulas
 * and saves a boolean as the formula FALSE() or TRUE(), and a cached 0 or FALSE is what exceljs
 * loses (see test/xlsx-parity.test.ts).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { readWorkbookBuffer } from "../../src/xlsx/grid-reader";
import { readGridsWithExcelJs } from "../helpers/exceljs-grid-reader";
import { buildWorkbook, expectSameGrids, workbookArb } from "../helpers/parity";

const dir = mkdtempSync(path.join(tmpdir(), "dak-lo-parity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLES = path.join(__dirname, "../fixtures/samples");

/** Converts every file of `inDir` with one LibreOffice run; gives the folder of the results. */
function resaveWithLibreOffice(inDir: string): string {
  const outDir = path.join(dir, "out");
  const files = readdirSync(inDir).map((f) => path.join(inDir, f));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 110_000 },
  );
  return outDir;
}

it("gives the same Grids through both readers on workbooks LibreOffice saved", async () => {
  const inDir = path.join(dir, "in");
  mkdirSync(inDir);
  const specs = fc.sample(workbookArb, { numRuns: 4, seed: 18 }).map((spec) => ({
    ...spec,
    sheets: spec.sheets.map((s) => ({
      ...s,
      cells: s.cells.filter(([, , cell]) => cell.kind !== "formula" && cell.kind !== "boolean"),
    })),
  }));
  for (const [i, spec] of specs.entries()) {
    writeFileSync(path.join(inDir, `acak-${i}.xlsx`), Buffer.from(await buildWorkbook(spec).xlsx.writeBuffer()));
  }
  for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx"))) {
    copyFileSync(path.join(SAMPLES, f), path.join(inDir, f));
  }
  const outDir = resaveWithLibreOffice(inDir);
  const outputs = readdirSync(outDir);
  expect(outputs.sort()).toEqual(readdirSync(inDir).sort());
  for (const f of outputs) {
    const data = readFileSync(path.join(outDir, f));
    expectSameGrids(await readWorkbookBuffer(data), await readGridsWithExcelJs(data));
  }
}, 120_000);
