/**
 * Each template written by `dak template` is filled with known inputs, then LibreOffice Calc
 * (headless) converts it with recalculation; the standard formulas (SUM, products, SUMIF, PPN,
 * AVERAGE, shares) must give the expected values. Our DAK.* functions are unknown to LibreOffice:
 * the cells calling them are listed and skipped (they compute in Excel with the add-in).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runTemplateCommand } from "../../src/cli/commands/template";
import { buildTemplate, dakFunctionCells, TEMPLATE_IDS, type TemplateId } from "../../src/core/templates";
import { sentraIndicatorColumns, SENTRA_ROWS, SENTRA_SUMMARY_ROWS } from "../../src/core/templates/sentra";
import { ALOKASI_ROWS } from "../../src/core/templates/alokasi";
import { RAB_ROWS } from "../../src/core/templates/rab";
import { REALISASI_ROWS as RR } from "../../src/core/templates/realisasi";
import { RK_ROWS } from "../../src/core/templates/rk";
import { ta2020Context } from "../templates/context";

const dir = mkdtempSync(path.join(tmpdir(), "dak-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const io = { stdout: { write: () => true }, stderr: { write: (t: string) => process.stderr.write(t) }, cwd: dir };

type Inputs = Record<string, string | number>;
type Expected = Record<string, number | string>;

/** Inputs typed into each template and the values the standard formulas must then show. */
const CASES: Record<TemplateId, { inputs: Inputs; expected: Expected }> = {
  rk: {
    inputs: {
      C7: 1_000_000_000,
      B14: "Pembangunan dan Revitalisasi Sentra IKM",
      E14: 320,
      G14: 2_500_000,
      B15: "Pembangunan dan Revitalisasi Sentra IKM",
      E15: 4,
      G15: 36_250_000,
      B16: "Kegiatan Penunjang",
      E16: 1,
      G16: 35_000_000,
    },
    expected: {
      H14: 800_000_000,
      H15: 145_000_000,
      H16: 35_000_000,
      [`H${RK_ROWS.total}`]: 980_000_000,
      [`H${RK_ROWS.summary + 2}`]: 35_000_000, // SUMIF over the penunjang menu
      [`H${RK_ROWS.summary + 3}`]: 0.035, // penunjang / pagu
      H17: "",
    },
  },
  rab: {
    inputs: {
      B10: "Rumah Kemasan",
      D10: 150,
      F10: 4_200_000,
      B11: "Mesin dan Peralatan",
      D11: 3,
      F11: 12_345_678,
      B12: "Rumah Kemasan",
      D12: 2,
      F12: 1_500_000,
    },
    expected: {
      G10: 630_000_000,
      G11: 37_037_034,
      [`G${RAB_ROWS.subtotal}`]: 670_037_034,
      [`G${RAB_ROWS.ppn}`]: 73_704_074, // ROUND(670.037.034 × 11%) = 73.704.073,74 -> 73.704.074
      [`G${RAB_ROWS.total}`]: 743_741_108,
      K12: 633_000_000, // subtotal of "Rumah Kemasan" (third rincian in the list)
    },
  },
  kak: kakCase(),
  sentra: {
    inputs: { E7: 20, F7: 30, E8: 10, F8: 12, K7: 3, L7: 4, K8: 1, L8: 2 },
    expected: {
      [`E${SENTRA_SUMMARY_ROWS.total}`]: 30,
      [`F${SENTRA_SUMMARY_ROWS.total}`]: 42,
      [`K${SENTRA_SUMMARY_ROWS.total}`]: 2, // level pasar: average, not sum
      [`L${SENTRA_SUMMARY_ROWS.total}`]: 3,
    },
  },
  realisasi: {
    inputs: {
      C5: 2_000_000_000,
      C9: 500_000_000,
      C10: 900_000_000,
      B16: 1_500_000_000,
      C16: 1_200_000_000,
      E16: 10,
      F16: 8,
      B17: 500_000_000,
      C17: 100_000_000,
      E17: 4,
      F17: 4,
    },
    expected: {
      C12: 1_400_000_000,
      D16: 0.8,
      H16: 0.8,
      H17: 1,
      [`B${RR.outputTotal}`]: 2_000_000_000,
      [`C${RR.outputTotal}`]: 1_300_000_000,
      [`H${RR.outputTotal}`]: 0.85, // (0.8 × 1,5 M + 1 × 0,5 M) / 2 M
      [`D${RR.summaryFirst + 1}`]: 1_300_000_000 / 1_400_000_000,
      [`D${RR.summaryFirst + 2}`]: 0.65,
      [`D${RR.summaryFirst + 4}`]: 100_000_000,
    },
  },
  alokasi: {
    inputs: { D6: 3_000_000_000, D7: 2_500_000_000, D155: 1 },
    expected: { [`D${ALOKASI_ROWS.last + 1}`]: 5_500_000_001 },
  },
};
/** The KAK's tables move with the sections above them: find them by their SUM cells. */
function kakCase(): { inputs: Inputs; expected: Expected } {
  const spec = buildTemplate("kak", ta2020Context());
  const sum = (col: string) => {
    const cell = spec.cells.find((c) => c.formula?.startsWith(`SUM(${col}`));
    const first = Number(/^SUM\([A-Z]+(\d+):/.exec(cell?.formula ?? "")?.[1]);
    return { ref: cell?.ref ?? "?", first };
  };
  const g = sum("G");
  const h = sum("H");
  const c = sum("C");
  return {
    inputs: {
      [`G${g.first}`]: 1_250.5,
      [`H${g.first}`]: 300,
      [`G${g.first + 1}`]: 750,
      [`C${c.first}`]: 1_250_500_000,
      [`C${c.first + 1}`]: 750_000_000,
    },
    expected: { [g.ref]: 2_000.5, [h.ref]: 300, [c.ref]: 2_000_500_000 },
  };
}

function recalcWithLibreOffice(file: string, outDir: string): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 90_000 },
  );
  return path.join(outDir, path.basename(file));
}

function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && "formula" in (v as object)) return (v as { result?: unknown }).result ?? "";
  return v;
}

describe.each(TEMPLATE_IDS.map((id) => [id]))("template %s recalculated by LibreOffice", (id) => {
  it("gives the expected values for the standard formulas", async () => {
    const file = path.join(dir, `${id}.xlsx`);
    expect(await runTemplateCommand([id, "--out", file, "--ta", "2020"], io)).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    for (const [ref, value] of Object.entries(CASES[id].inputs)) ws.getCell(ref).value = value;
    const filled = path.join(dir, `${id}-filled.xlsx`);
    await wb.xlsx.writeFile(filled);

    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(recalcWithLibreOffice(filled, path.join(dir, "out")));
    const out = recalculated.worksheets[0];

    const skipped = [...dakFunctionCells(buildTemplate(id, ta2020Context())).keys()];
    console.log(`${id}: cells skipped (DAK functions unknown to LibreOffice): ${skipped.join(", ") || "none"}`);
    for (const [ref, expected] of Object.entries(CASES[id].expected)) {
      expect(skipped).not.toContain(ref);
      const actual = resultOf(out.getCell(ref));
      if (typeof expected === "number") {
        expect([ref, actual]).toEqual([ref, expect.closeTo(expected, 6)]);
      } else {
        expect([ref, actual ?? ""]).toEqual([ref, expected]);
      }
    }
  });
});

it("lists the DAK function cells it cannot check", () => {
  const rk = dakFunctionCells(buildTemplate("rk", ta2020Context()));
  expect([...rk.keys()]).toEqual([
    `H${RK_ROWS.summary}`,
    `H${RK_ROWS.summary + 1}`,
    `H${RK_ROWS.summary + 4}`,
    `H${RK_ROWS.summary + 5}`,
  ]);
  const sentra = dakFunctionCells(buildTemplate("sentra", ta2020Context()));
  expect(sentra.get(`${sentraIndicatorColumns(0).growth}${SENTRA_ROWS.first}`)).toEqual(["DAK.PERTUMBUHAN"]);
  expect(sentra.get(`${sentraIndicatorColumns(0).growth}${SENTRA_SUMMARY_ROWS.aggregate}`)).toEqual([
    "DAK.PERTUMBUHAN_AGREGAT",
  ]);
});
