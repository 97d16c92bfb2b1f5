/**
 * Round trip through the .xlsx adapter (exceljs writes the templates, the streaming reader reads
 * them back): one workbook holding the five templates, blank, then filled consistently with the
 * Cirebon sample (formulas carrying the result Excel would cache), then with one planted mismatch
 * in the RAB and one in the KAK. The CLI's JSON lists each file's sheets with their kind.
 */
import ExcelJS from "exceljs";
import { factsOf } from "../../src/cli/facts";
import { formatJson } from "../../src/cli/format-json";
import type { Presenter } from "../../src/cli/presenter";
import { reportFromFindings } from "../../src/cli/report";
import type { CellValue } from "../../src/core/grid/types";
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { RAB_ROWS } from "../../src/core/templates/rab";
import { readWorkbookBuffer } from "../../src/xlsx/grid-reader";
import { addTemplateSheet } from "../../src/xlsx/templates/render";
import { FILLS, PACKAGE_TEMPLATES, spec, type PackageTemplateId } from "../helpers/package-fills";
import { rowOf } from "../helpers/template-grid";

const ruleset = getRuleset(2020)!;
const presenter: Presenter = { lang: "id", message: (f) => f.code, rupiah: String };
type Patch = Partial<Record<PackageTemplateId, Record<string, CellValue>>>;

async function packageWorkbook(filled: boolean, patch: Patch = {}) {
  const wb = new ExcelJS.Workbook();
  for (const id of PACKAGE_TEMPLATES) {
    const ws = addTemplateSheet(wb, spec(id));
    if (!filled) continue;
    for (const [ref, v] of Object.entries({ ...FILLS[id](true), ...(patch[id] ?? {}) })) {
      const cell = ws.getCell(ref);
      const had = cell.value as ExcelJS.CellFormulaValue | null;
      cell.value =
        had && typeof had === "object" && "formula" in had
          ? ({ formula: had.formula, result: v } as ExcelJS.CellFormulaValue)
          : (v as ExcelJS.CellValue);
    }
  }
  return readProposal(await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer())));
}

const codes = (p: Awaited<ReturnType<typeof packageWorkbook>>) =>
  validate(p, ruleset).map((f) => [f.code, f.sheet, f.cell]);

it("the five blank templates in one workbook: each in its kind, only PROPOSAL_EMPTY", async () => {
  const proposal = await packageWorkbook(false);
  expect(proposal.sheets).toEqual([
    { sheet: "Rencana Kegiatan", kind: "rk" },
    { sheet: "RAB", kind: "rab" },
    { sheet: "KAK-TOR", kind: "kak" },
    { sheet: "Data Sentra", kind: "sentra" },
    { sheet: "Realisasi", kind: "realisasi" },
  ]);
  expect(codes(proposal)).toEqual([["PROPOSAL_EMPTY", "Rencana Kegiatan", "A13:P13"]]);
});

it("filled consistently: no finding; the CLI's JSON lists the sheets with their kind", async () => {
  const proposal = await packageWorkbook(true);
  const findings = validate(proposal, ruleset);
  expect(findings).toEqual([]);
  const json = JSON.parse(
    formatJson([reportFromFindings("paket.xlsx", findings, factsOf(proposal, ruleset))], presenter),
  );
  expect(json.files[0].sheets).toEqual(proposal.sheets);
  expect(json.files[0].status).toBe("ok");
});

it("one planted mismatch in the RAB and one in the KAK: exactly those two findings", async () => {
  const rabRow = RAB_ROWS.first + 3;
  const kakRow = rowOf(spec("kak"), "Kebutuhan Dana (Rp)") + 1 + 4;
  const harga = (FILLS.rab(false)[`F${rabRow}`] as number) + 2_000_000;
  const rab = FILLS.rab(true);
  const subtotal = (rab[`G${RAB_ROWS.subtotal}`] as number) + 2_000_000;
  const ppn = Math.round(subtotal * 0.11);
  const kakTotalRow = rowOf(spec("kak"), "Kebutuhan Dana (Rp)") + 21;
  const kakTotal = (FILLS.kak(true)[`C${kakTotalRow}`] as number) - 12_500_000;
  const proposal = await packageWorkbook(true, {
    rab: {
      [`F${rabRow}`]: harga,
      [`G${rabRow}`]: harga,
      [`G${RAB_ROWS.subtotal}`]: subtotal,
      [`G${RAB_ROWS.ppn}`]: ppn,
      [`G${RAB_ROWS.total}`]: subtotal + ppn,
    },
    kak: { [`C${kakRow}`]: 100_000_000, [`C${kakTotalRow}`]: kakTotal },
  });
  expect(codes(proposal)).toEqual([
    ["RAB_RK_MISMATCH", "RAB", `G${rabRow}`],
    ["KAK_RK_MISMATCH", "KAK-TOR", `C${kakRow}`],
  ]);
});
