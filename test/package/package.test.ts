/**
 * The workbook as a proposal package (DESIGN.md §3a), on template sheets as the adapters read
 * them (formula cells empty, as in the in-memory host, or with Excel's results): blank templates
 * give nothing but PROPOSAL_EMPTY for the rk; each filled template checks clean; the Cirebon RK
 * with the four other templates filled consistently checks clean; one planted mismatch in the RAB
 * and one in the KAK give exactly those two findings, on their cells.
 */
import type { Grid } from "../../src/core/grid/types";
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { RAB_ROWS } from "../../src/core/templates/rab";
import { FILLS, PACKAGE_TEMPLATES, spec } from "../helpers/package-fills";
import { rkDatar } from "../helpers/proposal-samples";
import { rowOf, specGrid } from "../helpers/template-grid";

const ruleset = getRuleset(2020)!;
const check = (grids: Grid[]) => validate(readProposal(grids), ruleset).map((f) => [f.code, f.sheet, f.cell]);

describe.each([true, false])("formula results shown: %s", (computed) => {
  it.each(PACKAGE_TEMPLATES.map((id) => [id]))("a blank %s gives nothing but PROPOSAL_EMPTY for the rk", (id) => {
    const expected = id === "rk" ? [["PROPOSAL_EMPTY", "Rencana Kegiatan", "A13:P13"]] : [];
    expect(check([specGrid(spec(id))])).toEqual(expected);
  });

  it.each(PACKAGE_TEMPLATES.map((id) => [id]))("a filled %s checks clean", (id) => {
    expect(check([specGrid(spec(id), FILLS[id](computed))])).toEqual([]);
  });

  const filledPackage = (patch: Partial<Record<"rab" | "kak", Record<string, number>>> = {}): Grid[] => [
    rkDatar(),
    ...(["rab", "kak", "sentra", "realisasi"] as const).map((id) =>
      specGrid(spec(id), { ...FILLS[id](computed), ...(patch[id as "rab" | "kak"] ?? {}) }),
    ),
  ];

  it("the sample RK and the four other templates filled consistently: no finding", () => {
    const proposal = readProposal(filledPackage());
    expect(proposal.sheets).toEqual([
      { sheet: "Rencana Kegiatan", kind: "rk" },
      { sheet: "RAB", kind: "rab" },
      { sheet: "KAK-TOR", kind: "kak" },
      { sheet: "Data Sentra", kind: "sentra" },
      { sheet: "Realisasi", kind: "realisasi" },
    ]);
    expect(validate(proposal, ruleset)).toEqual([]);
  });

  it("one planted mismatch in the RAB and one in the KAK: exactly those two findings", () => {
    const rabRow = RAB_ROWS.first + 3; // Ruang Pamer/Promosi
    const kakRow = rowOf(spec("kak"), "Kebutuhan Dana (Rp)") + 1 + 4; // Jalan dan Paving Lingkungan
    const harga = FILLS.rab(false)[`F${rabRow}`] as number;
    const patch = {
      rab: { [`F${rabRow}`]: harga + 2_000_000, ...(computed ? { [`G${rabRow}`]: harga + 2_000_000 } : {}) },
      kak: { [`C${kakRow}`]: 100_000_000 },
    };
    const grids = filledPackage(patch);
    if (computed) {
      // Excel recalculates the RAB's subtotal, PPN and total after the typed change.
      const rab = grids[1] as unknown as { values: (string | number | null)[][] };
      const at = (r: number) => rab.values[r - 1];
      at(RAB_ROWS.subtotal)[6] = (at(RAB_ROWS.subtotal)[6] as number) + 2_000_000;
      at(RAB_ROWS.ppn)[6] = Math.round((at(RAB_ROWS.subtotal)[6] as number) * 0.11);
      at(RAB_ROWS.total)[6] = (at(RAB_ROWS.subtotal)[6] as number) + (at(RAB_ROWS.ppn)[6] as number);
      const kak = grids[2] as unknown as { values: (string | number | null)[][] };
      const total = kak.values.findIndex((r, i) => i > kakRow && r[0] === "Jumlah");
      kak.values[total][2] = (kak.values[total][2] as number) - 112_500_000 + 100_000_000;
    }
    const findings = validate(readProposal(grids), ruleset);
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["RAB_RK_MISMATCH", "RAB", `G${rabRow}`],
      ["KAK_RK_MISMATCH", "KAK-TOR", `C${kakRow}`],
    ]);
    expect(findings[0].params).toMatchObject({
      rincian: "Ruang Pamer/Promosi",
      rk: 378_000_000,
      rkSheet: "Rencana Kegiatan",
      rkCell: "H21",
    });
    expect(findings[1].params).toMatchObject({
      rincian: "Jalan dan Paving Lingkungan",
      kak: 100_000_000,
      rk: 112_500_000,
      rkCell: "H22",
    });
  });
});

it("two RK sheets stay two parts of one proposal beside the other documents", () => {
  const second = { ...rkDatar(), sheet: "RK Revisi" };
  const proposal = readProposal([rkDatar(), specGrid(spec("rab")), second]);
  expect(proposal.parts.map((p) => p.sheet)).toEqual(["Rencana Kegiatan", "RK Revisi"]);
  expect(proposal.sheets?.map((s) => s.kind)).toEqual(["rk", "rab", "rk"]);
});

it("a workbook with only unrelated sheets still says no RK table was found", () => {
  const other: Grid = { sheet: "Catatan", origin: { row: 0, col: 0 }, values: [["Catatan rapat"]] };
  expect(check([other])).toEqual([["TABLE_NOT_FOUND", "", ""]]);
});

it("a sentra sheet: fewer units than the ruleset's minimum and no SK, by the same eligibility as DAK.SENTRA_LAYAK", () => {
  const sentra = specGrid(spec("sentra"), { ...FILLS.sentra(), F7: 4, D7: null });
  expect(check([sentra])).toEqual([
    ["SENTRA_TOO_SMALL", "Data Sentra", "F7"],
    ["SENTRA_SK_MISSING", "Data Sentra", "D7"],
  ]);
});
