/**
 * Round trip through the Office.js adapter on the in-memory host: the five templates inserted as
 * the task pane's Template tab does, typed into as an official would (inputs only: the host does
 * not calculate, so formula cells read empty), read back with readGrids of all sheets.
 */
import type { CellValue } from "../../src/core/grid/types";
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { RAB_ROWS } from "../../src/core/templates/rab";
import { createOfficeAdapter } from "../../src/excel/officeAdapter";
import { insertSheetSpec } from "../../src/excel/templates";
import { createFakeExcel, createWorkbook, type FakeExcel } from "../../src/fakehost";
import { FILLS, PACKAGE_TEMPLATES, spec } from "../helpers/package-fills";
import { rowOf } from "../helpers/template-grid";

const ruleset = getRuleset(2020)!;
let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

async function insertPackage(fill: boolean, patch: Record<string, Record<string, CellValue>> = {}): Promise<FakeExcel> {
  const fake = createFakeExcel(createWorkbook(["Catatan"]));
  uninstall = fake.installGlobals();
  for (const id of PACKAGE_TEMPLATES) {
    const name = await insertSheetSpec(spec(id));
    if (!fill) continue;
    const values = { ...FILLS[id](false), ...(patch[id] ?? {}) };
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      for (const [ref, v] of Object.entries(values)) sheet.getRange(ref).values = [[v as string | number]];
      await context.sync();
    });
  }
  return fake;
}

async function check() {
  const proposal = readProposal(await createOfficeAdapter().readGrids());
  return { proposal, found: validate(proposal, ruleset).map((f) => [f.code, f.sheet, f.cell]) };
}

it("the blank templates land in their kind; only the rk is PROPOSAL_EMPTY; other sheets are left alone", async () => {
  await insertPackage(false);
  const { proposal, found } = await check();
  expect(proposal.sheets?.map((s) => s.kind)).toEqual(["other", "rk", "rab", "kak", "sentra", "realisasi"]);
  expect(found).toEqual([["PROPOSAL_EMPTY", "Rencana Kegiatan", "A13:P13"]]);
});

it("filled consistently: no finding", async () => {
  await insertPackage(true);
  expect((await check()).found).toEqual([]);
});

it("one planted mismatch in the RAB and one in the KAK: exactly those two findings", async () => {
  const rabRow = RAB_ROWS.first + 3;
  const kakRow = rowOf(spec("kak"), "Kebutuhan Dana (Rp)") + 1 + 4;
  await insertPackage(true, {
    rab: { [`F${rabRow}`]: (FILLS.rab(false)[`F${rabRow}`] as number) + 2_000_000 },
    kak: { [`C${kakRow}`]: 100_000_000 },
  });
  expect((await check()).found).toEqual([
    ["RAB_RK_MISMATCH", "RAB", `G${rabRow}`],
    ["KAK_RK_MISMATCH", "KAK-TOR", `C${kakRow}`],
  ]);
});
