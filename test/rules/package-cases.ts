/**
 * Rule cases of the package codes (DESIGN.md §3a): workbooks of template sheets filled with the
 * Cirebon sample (test/helpers/package-fills.ts), read by readProposal like any workbook.
 */
import type { CellValue, Grid } from "../../src/core/grid/types";
import { readProposal } from "../../src/core/proposal";
import type { Proposal } from "../../src/core/proposal/types";
import { RAB_ROWS } from "../../src/core/templates/rab";
import { REALISASI_ROWS as R } from "../../src/core/templates/realisasi";
import { FILLS, PAGU, spec, type PackageTemplateId } from "../helpers/package-fills";
import { rowOf, specGrid } from "../helpers/template-grid";
import type { RuleCase } from "./cases";

const sheetOf = (id: PackageTemplateId, computed: boolean, patch: Record<string, CellValue> = {}): Grid =>
  specGrid(spec(id), { ...FILLS[id](computed), ...patch });
const book = (...grids: Grid[]): Proposal => readProposal(grids);
const rk = () => sheetOf("rk", true);
/** Row 16 of the RAB holds the third rincian (Gudang): 150 m2 × Rp3.450.000 in the RK. */
const gudang = RAB_ROWS.first + 2;
const kakDana = (i: number) => rowOf(spec("kak"), "Kebutuhan Dana (Rp)") + 1 + i;
const kakOutput = (i: number) => rowOf(spec("kak"), "Target Outcome") + 1 + i;
/** The KAK with only its output–outcome table filled (pendanaan in Rp juta). */
const kakWithoutDana = (patch: Record<string, CellValue> = {}): Grid => {
  const fills = Object.entries(FILLS.kak(false)).filter(([ref]) => {
    const row = Number(/\d+/.exec(ref)![0]);
    return row < kakDana(0) - 1;
  });
  return specGrid(spec("kak"), { ...Object.fromEntries(fills), ...patch });
};
const tahap = (i: number) => `C${R.tahapFirst + i}`;

export const PACKAGE_CASES: RuleCase[] = [
  {
    code: "PROPOSAL_EMPTY",
    name: "the rk template as inserted, no line",
    proposal: book(specGrid(spec("rk"))),
    expected: [["PROPOSAL_EMPTY", "A13:P13"]],
  },
  { code: "PROPOSAL_EMPTY", name: "the rk template filled", proposal: book(rk()), expected: [] },
  {
    code: "RAB_RK_MISMATCH",
    name: "one RAB item Rp1.000.000 dearer than the RK's rincian",
    proposal: book(
      rk(),
      sheetOf("rab", false, { [`F${gudang}`]: (FILLS.rab(false)[`F${gudang}`] as number) + 1_000_000 }),
    ),
    expected: [["RAB_RK_MISMATCH", `G${gudang}`]],
  },
  {
    code: "RAB_RK_MISMATCH",
    name: "RAB and RK agree, PPN included",
    proposal: book(rk(), sheetOf("rab", false)),
    expected: [],
  },
  {
    code: "KAK_RK_MISMATCH",
    name: "the KAK's kebutuhan dana of one rincian Rp1.000.000 above the RK",
    proposal: book(rk(), sheetOf("kak", false, { [`C${kakDana(2)}`]: 517_500_000 + 1_000_000 })),
    expected: [["KAK_RK_MISMATCH", `C${kakDana(2)}`]],
  },
  {
    code: "KAK_RK_MISMATCH",
    name: "no kebutuhan dana table filled: the output table's pendanaan in Rp juta, 3 juta over for one rincian",
    proposal: book(rk(), kakWithoutDana({ [`G${kakOutput(2)}`]: 517.5 + 3 })),
    expected: [["KAK_RK_MISMATCH", `G${kakOutput(2)}`]],
  },
  {
    code: "KAK_RK_MISMATCH",
    name: "the output table's pendanaan in Rp juta, within its rounding",
    proposal: book(rk(), kakWithoutDana()),
    expected: [],
  },
  { code: "KAK_RK_MISMATCH", name: "KAK and RK agree", proposal: book(rk(), sheetOf("kak", false)), expected: [] },
  {
    code: "PPN_MISMATCH",
    name: "PPN typed Rp100 above 11% of the subtotal",
    proposal: book(
      sheetOf("rab", true, {
        [`G${RAB_ROWS.ppn}`]: (FILLS.rab(true)[`G${RAB_ROWS.ppn}`] as number) + 100,
        [`G${RAB_ROWS.total}`]: (FILLS.rab(true)[`G${RAB_ROWS.total}`] as number) + 100,
      }),
    ),
    expected: [["PPN_MISMATCH", `G${RAB_ROWS.ppn}`]],
  },
  {
    code: "PPN_MISMATCH",
    name: "the Tarif PPN cell at 12% in TA 2020",
    proposal: book(sheetOf("rab", false, { C7: 0.12 })),
    expected: [["PPN_MISMATCH", "C7"]],
  },
  { code: "PPN_MISMATCH", name: "PPN at 11%", proposal: book(sheetOf("rab", true)), expected: [] },
  {
    code: "REALISASI_OVER_PAGU",
    name: "Tahap III received as the whole pagu again",
    proposal: book(sheetOf("realisasi", false, { [tahap(2)]: PAGU, [`C${R.outputFirst}`]: 1_700_000_000 })),
    expected: [
      ["REALISASI_OVER_PAGU", tahap(2)],
      ["TAHAP_CONDITION_UNMET", tahap(2)],
    ],
  },
  {
    code: "REALISASI_OVER_PAGU",
    name: "mid-year, within the pagu",
    proposal: book(sheetOf("realisasi", true)),
    expected: [],
  },
  {
    code: "SERAPAN_OVER_RECEIVED",
    name: "only Tahap I received, more spent",
    proposal: book(sheetOf("realisasi", false, { [tahap(1)]: null })),
    expected: [["SERAPAN_OVER_RECEIVED", `C${R.outputLast}`]],
  },
  {
    code: "SERAPAN_OVER_RECEIVED",
    name: "Tahap I and II received, less spent",
    proposal: book(sheetOf("realisasi", false)),
    expected: [],
  },
  {
    code: "TAHAP_CONDITION_UNMET",
    name: "Tahap II received with almost nothing spent",
    proposal: book(
      sheetOf(
        "realisasi",
        false,
        Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`C${R.outputFirst + i}`, 1_000_000])),
      ),
    ),
    expected: [["TAHAP_CONDITION_UNMET", tahap(1)]],
  },
  {
    code: "TAHAP_CONDITION_UNMET",
    name: "Tahap II after enough spending",
    proposal: book(sheetOf("realisasi", false)),
    expected: [],
  },
];
