/**
 * Parity of the streaming reader (src/xlsx/grid-reader.ts) with the exceljs reader it replaced
 * (test/helpers/exceljs-grid-reader.ts, the oracle): every workbook the tests have, and random
 * workbooks written by exceljs, give the same Grids. Compared through trimmedGrid (trailing empty
 * cells and rows carry no value; exceljs lists rows that only have a style or a merge).
 *
 * Three known differences are left out on purpose, all exceljs quirks where the streaming reader
 * gives what Excel gives: exceljs turns a date-formatted number into a Date rounded to the
 * millisecond (numbers are compared within half a millisecond of a day); it decodes XML entities
 * twice in a formula's cached text (random formula texts hold no "&"); and it loses a formula's
 * cached result 0 or FALSE (reads the cell as empty), so random formula results are never those.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, Grid } from "../src/core/grid/types";
import { getRuleset, DEFAULT_TA } from "../src/core/rules/bundled";
import { TEMPLATE_IDS, buildTemplate } from "../src/core/templates/registry";
import { contextFromRuleset } from "../src/core/templates/ruleset-lists";
import { readWorkbookBuffer } from "../src/xlsx/grid-reader";
import { templateWorkbook } from "../src/xlsx/templates/render";
import { buildProposal, type Problem } from "./cli/proposal-factory";
import { readGridsWithExcelJs, trimmedGrid } from "./helpers/exceljs-grid-reader";

const SAMPLES = join(__dirname, "fixtures/samples");
/** Half a millisecond, in days: exceljs's rounding of date-formatted numbers. */
const DATE_ROUNDING = 0.5 / 86_400_000;

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= DATE_ROUNDING * 2;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fails with the first differing cell, so a failure says where. */
function expectSameGrids(actual: readonly Grid[], expected: readonly Grid[]): void {
  const a = actual.map(trimmedGrid);
  const e = expected.map(trimmedGrid);
  expect(a.map((g) => g.sheet)).toEqual(e.map((g) => g.sheet));
  a.forEach((g, i) => {
    expect(g.hiddenRows).toEqual(e[i].hiddenRows);
    expect(g.hiddenColumns).toEqual(e[i].hiddenColumns);
    expect(g.origin).toEqual(e[i].origin);
    const rows = Math.max(g.values.length, e[i].values.length);
    for (let r = 0; r < rows; r++) {
      const ra = g.values[r] ?? [];
      const re = e[i].values[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, re.length); c++) {
        const va = ra[c] ?? null;
        const ve = re[c] ?? null;
        if (!sameValue(va, ve))
          expect({ sheet: g.sheet, row: r, col: c, value: va }).toEqual({ sheet: g.sheet, row: r, col: c, value: ve });
      }
    }
  });
}

async function expectParity(data: Buffer): Promise<void> {
  expectSameGrids(await readWorkbookBuffer(data), await readGridsWithExcelJs(data));
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("the streaming reader agrees with exceljs", () => {
  it.each(readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")))("on the sample %s", async (file) => {
    await expectParity(readFileSync(join(SAMPLES, file)));
  });

  it.each(TEMPLATE_IDS)("on the %s template as `dak template` writes it", async (id) => {
    const ruleset = getRuleset(DEFAULT_TA);
    if (!ruleset) throw new Error("no default ruleset");
    await expectParity(await bytesOf(templateWorkbook(buildTemplate(id, contextFromRuleset(ruleset)))));
  });

  const problems: Problem[] = ["amount", "satuan", "text-number", "honor", "hostile"];
  it("on the CLI tests' proposals, with every planted problem", async () => {
    await expectParity(await bytesOf(buildProposal({ lines: 40, problems })));
    await expectParity(await bytesOf(buildProposal({ lines: 3, paguSlack: -5, units: 2, sheet: "RK & Co" })));
  });

  it("on random workbooks written by exceljs", async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (spec) => {
        await expectParity(await bytesOf(buildWorkbook(spec)));
      }),
      { numRuns: Number(process.env.PARITY_RUNS ?? 60) },
    );
  }, 120_000);
});

type CellSpec =
  | { kind: "string"; v: string }
  | { kind: "number"; v: number }
  | { kind: "boolean"; v: boolean }
  | { kind: "error"; v: string }
  | { kind: "date"; v: number }
  | { kind: "rich"; v: string[] }
  | { kind: "link"; v: string }
  | { kind: "formula"; v: number | string | boolean | { error: string } | undefined };

const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"];
const text = fc.string({
  unit: fc.constantFrom("a", "Z", " ", "&", "<", ">", '"', "'", "\n", "é", "😀", "_x000D_", "1", "."),
  maxLength: 12,
});
const cellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  text.map((v) => ({ kind: "string" as const, v })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((v) => ({ kind: "number" as const, v: Object.is(v, -0) ? 0 : v })),
  fc.integer({ min: -1e9, max: 1e12 }).map((v) => ({ kind: "number" as const, v })),
  fc.boolean().map((v) => ({ kind: "boolean" as const, v })),
  fc.constantFrom(...ERRORS).map((v) => ({ kind: "error" as const, v })),
  fc.integer({ min: 1, max: 2_958_465 * 1000 }).map((v) => ({ kind: "date" as const, v: v / 1000 })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((v) => ({ kind: "rich" as const, v })),
  text.map((v) => ({ kind: "link" as const, v })),
  fc
    .oneof(
      fc.integer().filter((n) => n !== 0),
      text.filter((s) => !s.includes("&")),
      fc.constant(true),
      fc.constantFrom(...ERRORS).map((error) => ({ error })),
      fc.constant(undefined),
    )
    .map((v) => ({ kind: "formula" as const, v })),
);

interface SheetSpecR {
  cells: [number, number, CellSpec][];
  /** Merges in their own 3-row bands (never overlapping): [band, left, width, height]. */
  merges: [number, number, number, number][];
  hiddenRows: number[];
  hiddenCols: number[];
  state: "visible" | "hidden";
}

const sheetArb: fc.Arbitrary<SheetSpecR> = fc.record({
  cells: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), cellArb), {
    maxLength: 40,
  }),
  merges: fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 3 }),
    ),
    {
      maxLength: 4,
      selector: (m) => m[0],
    },
  ),
  hiddenRows: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
  hiddenCols: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
  state: fc.constantFrom("visible" as const, "visible" as const, "hidden" as const),
});

const workbookArb = fc.record({
  sheets: fc.array(sheetArb, { minLength: 1, maxLength: 3 }),
  date1904: fc.boolean(),
});

function buildWorkbook(spec: { sheets: SheetSpecR[]; date1904: boolean }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  (wb.properties as { date1904?: boolean }).date1904 = spec.date1904;
  spec.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(`Lembar ${i + 1}`);
    if (i > 0) ws.state = s.state;
    for (const [row, col, cell] of s.cells) ws.getCell(row, col).value = cellValue(cell, spec.date1904);
    for (const [band, left, width, height] of s.merges) {
      const top = 31 + band * 3;
      if (width > 1 || height > 1) ws.mergeCells(top, left, top + height - 1, left + width - 1);
      ws.getCell(top, left).value = `gabung ${band}`;
    }
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
    for (const c of s.hiddenCols) ws.getColumn(c).hidden = true;
  });
  return wb;
}

function cellValue(cell: CellSpec, date1904: boolean): ExcelJS.CellValue {
  switch (cell.kind) {
    case "date": {
      const serial = cell.v + (date1904 ? 1462 : 0);
      return new Date(Math.round((serial - 25569) * 86_400_000));
    }
    case "error":
      return { error: cell.v } as ExcelJS.CellErrorValue;
    case "rich":
      return { richText: cell.v.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })) };
    case "link":
      return { text: cell.v, hyperlink: "https://example.go.id/" };
    case "formula":
      return { formula: "A1", result: cell.v } as ExcelJS.CellFormulaValue;
    default:
      return cell.v;
  }
}
