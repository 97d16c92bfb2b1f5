/**
 * The realisasi template's summary computed by a real formula engine with the DAK functions: the
 * stage that may be requested next (DAK.TAHAP_SALUR) takes the contract value from the sheet's
 * "Nilai Kontrak" cell, which from TA 2024 a pagu paid in one go needs (PMK 25/2024 Ps 46).
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import { getRuleset } from "../../src/core/rules/bundled";
import { REALISASI_ROWS, buildRealisasi } from "../../src/core/templates/realisasi";
import { contextFromRuleset } from "../../src/core/templates/ruleset-lists";
import type { SheetSpec } from "../../src/core/templates/types";
import { buildWorkbook, registerAllCustomFunctions, valueAt, type Registration } from "../helpers/hyperformula";

let reg: Registration;
beforeAll(async () => {
  reg = await registerAllCustomFunctions();
}, 60_000);
afterAll(() => {
  expect(reg.uncaught).toEqual([]);
  reg.unregister();
});

/** The sheet's cells as the engine's rows, with `inputs` ("C5" → value) filled in. */
function sheetOf(spec: SheetSpec, inputs: Record<string, number>): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  const put = (ref: string, v: RawCellContent) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(ref);
    const col = m[1].charCodeAt(0) - 65;
    const row = Number(m[2]) - 1;
    rows[row] ??= [];
    rows[row][col] = v;
  };
  for (const c of spec.cells) put(c.ref, c.formula !== undefined ? `=${c.formula}` : (c.text ?? c.number ?? null));
  for (const [ref, v] of Object.entries(inputs)) put(ref, v);
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

function nextStage(inputs: Record<string, number>): unknown {
  const ruleset = getRuleset(2025);
  if (!ruleset) throw new Error("no TA 2025 ruleset");
  const spec = buildRealisasi(contextFromRuleset(ruleset));
  const hf: HyperFormula = buildWorkbook({ [spec.sheetName]: sheetOf(spec, inputs) });
  for (const n of spec.names ?? []) hf.addNamedExpression(n.name, `='${spec.sheetName}'!${n.ref}`);
  const stageRow = REALISASI_ROWS.summaryFirst + 5;
  const value = valueAt(hf, spec.sheetName, `D${stageRow}`);
  hf.destroy();
  return value;
}

describe("realisasi template, Tahap yang Dapat Diajukan (TA 2024 onwards)", () => {
  const pagu = `C${REALISASI_ROWS.pagu}`;
  const kontrak = `C${REALISASI_ROWS.nilaiKontrak}`;

  it("pays a small pagu in one go as the contract value written in the sheet", () => {
    expect(nextStage({ [pagu]: 800_000_000, [kontrak]: 760_000_000 })).toMatch(/Rp760\.000\.000/);
  });

  it("asks for the contract value while its cell is empty", () => {
    expect(nextStage({ [pagu]: 800_000_000 })).toMatch(/nilai kontrak/i);
  });

  it("gives the first stage of a large pagu whatever the contract cell holds", () => {
    expect(nextStage({ [pagu]: 4_000_000_000 })).toMatch(/^Tahap I Rp1\.000\.000\.000$/);
  });
});
