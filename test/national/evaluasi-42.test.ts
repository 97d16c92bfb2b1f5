/**
 * Issue 14, done-when 2: 42 kab/kota sentra sheets with known before/after values -> `dak
 * evaluasi` reproduces their aggregate and mean growths, overall and per provinsi. The expected
 * figures are computed independently: the cells are read back with exceljs at the template's
 * positions and handed to HyperFormula, whose own SUM and AVERAGE formulas compute
 * Σafter/Σbefore − 1 and the mean of after/before − 1 over the rows where both are numbers
 * (HyperFormula rounds its results to 11 decimals: compared to 9, far below a shown 0,01%).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { run } from "../../src/cli/run";
import { SENTRA_ROWS, sentraIndicatorColumns } from "../../src/core/templates/sentra";
import { SENTRA_PROVINSI, writeSentraSet, type WrittenSentra } from "./sentra-set";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";

const IDS = ["unit_ikm", "produk", "kelembagaan", "pasar", "tenaga_kerja", "kapasitas"];
const dir = mkdtempSync(join(tmpdir(), "dak-evaluasi-"));
let written: WrittenSentra[];
beforeAll(async () => {
  written = await writeSentraSet(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = (): RecordingIO => recordingIO(dir);

/** Every sentra row's cells as exceljs reads them, with the provinsi the test wrote. */
async function cellsFromFiles(): Promise<{ provinsi: string; pairs: RawCellContent[][] }[]> {
  const rows: { provinsi: string; pairs: RawCellContent[][] }[] = [];
  for (const file of [...new Set(written.map((w) => w.file))]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, file));
    const ws = wb.worksheets[0];
    const provinsi = String(ws.getCell("C4").value);
    for (let r = SENTRA_ROWS.first; ws.getCell(`B${r}`).value !== null; r++) {
      const pairs = IDS.map((_, i) => {
        const c = sentraIndicatorColumns(i);
        return [ws.getCell(`${c.before}${r}`).value, ws.getCell(`${c.after}${r}`).value] as RawCellContent[];
      });
      rows.push({ provinsi, pairs });
    }
  }
  return rows;
}

/** HyperFormula's figures for one indicator over some sentra rows: [aggregate, mean]. */
function hyperformula(pairs: RawCellContent[][]): [number, number] {
  const n = pairs.length;
  const sheet: RawCellContent[][] = pairs.map(([b, a], i) => {
    const r = i + 1;
    const both = `AND(ISNUMBER(A${r}),ISNUMBER(B${r}))`;
    return [b, a, `=IF(${both},A${r},"")`, `=IF(${both},B${r},"")`, `=IF(AND(${both},A${r}>0),B${r}/A${r}-1,"")`];
  });
  sheet.push([null, null, null, null, null, `=SUM(D1:D${n})/SUM(C1:C${n})-1`, `=AVERAGE(E1:E${n})`]);
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const agg = hf.getCellValue({ sheet: 0, row: n, col: 5 }) as number;
  const mean = hf.getCellValue({ sheet: 0, row: n, col: 6 }) as number;
  hf.destroy();
  return [agg, mean];
}

interface JsonGroup {
  provinsi: string | null;
  kabKota: number;
  sentra: number;
  indicators: { indicator: string; aggregateGrowth: number; meanGrowth: number; sentraAggregate: number }[];
}

it("reproduces the aggregate and mean growths overall and per provinsi, and says who is left out", async () => {
  const cli = io();
  const code = await run(
    ["evaluasi", ".", "--format", "json", "--out", "evaluasi.xlsx", "--report", "evaluasi.html"],
    cli,
  );
  expect(cli.err()).not.toContain("dak:");
  expect(code).toBe(0);
  const json = JSON.parse(cli.out()) as {
    overall: JsonGroup;
    byProvinsi: JsonGroup[];
    excluded: { file: string; indicator: string; reason: string }[];
  };
  expect(json.overall.kabKota).toBe(42);
  expect(json.overall.sentra).toBe(written.length);
  const rows = await cellsFromFiles();
  const check = (group: JsonGroup, subset: typeof rows) =>
    IDS.forEach((id, i) => {
      const [agg, mean] = hyperformula(subset.map((r) => r.pairs[i]));
      const got = group.indicators.find((x) => x.indicator === id)!;
      expect(got.aggregateGrowth).toBeCloseTo(agg, 9);
      expect(got.meanGrowth).toBeCloseTo(mean, 9);
    });
  check(json.overall, rows);
  expect(json.byProvinsi.map((g) => g.provinsi)).toEqual([...SENTRA_PROVINSI].sort((a, b) => a.localeCompare(b, "id")));
  for (const g of json.byProvinsi)
    check(
      g,
      rows.filter((r) => r.provinsi === g.provinsi),
    );
  expect(json.excluded.map((x) => [x.file, x.indicator, x.reason])).toEqual([
    [written[5].file, "unit_ikm", "NO_BEFORE"],
    [written[11].file, "kapasitas", "UNIT_CHANGED"],
    [written[20].file, "tenaga_kerja", "UNREADABLE"],
    [written[33].file, "produk", "FROM_ZERO"],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "evaluasi.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Ringkasan", "Per Provinsi", "Sentra", "Dikecualikan"]);
  expect(wb.worksheets[0].getCell("E2").value).toBeCloseTo(json.overall.indicators[0].aggregateGrowth, 12);
  const html = readFileSync(join(dir, "evaluasi.html"), "utf8");
  expect(html).toContain("Pertumbuhan agregat");
  expect(html).toContain("Rata-rata pertumbuhan per sentra");
}, 120_000);

it("prints the table with both figures named", async () => {
  const cli = io();
  expect(await run(["evaluasi", ".", "--lang", "en"], cli)).toBe(0);
  expect(cli.out()).toContain("Aggregate growth");
  expect(cli.out()).toContain("Mean growth per sentra");
  expect(cli.out()).toContain("Left out (4):");
  // The first test's --out workbook sits in the folder now: not counted a second time.
  expect(cli.err()).toContain('evaluasi.xlsx: an earlier "dak evaluasi --out" result, not read as sentra data');
}, 120_000);
