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
import { gridOf } from "../helpers/grid-builder";
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

it("an RAB with rincian heading rows, each closed by Jumlah / PPN / Total rows, is compared per rincian", () => {
  const rab = gridOf("RAB Sentra", [
    ["RENCANA ANGGARAN BIAYA"],
    [],
    ["No", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"],
    ["A", "Rumah Produksi Bersama", null, null, null, null],
    [1, "Pekerjaan struktur", 1, "paket", 1_000_000_000, 1_000_000_000],
    [2, "Pekerjaan arsitektur", 1, "paket", 491_891_892, 491_891_892],
    [null, "Jumlah", null, null, null, 1_491_891_892],
    [null, "PPN 11%", null, null, null, 164_108_108],
    [null, "Total", null, null, null, 1_656_000_000],
    ["B", "Gudang", null, null, null, null],
    [1, "Gudang bahan baku", 150, "m2", 3_000_000, 450_000_000],
    [null, "Jumlah", null, null, null, 450_000_000],
    [null, "PPN 11%", null, null, null, 49_500_000],
    [null, "Total", null, null, null, 499_500_000],
  ]);
  const findings = validate(readProposal([rkDatar(), rab]), ruleset).filter((f) => f.cell !== "");
  expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([["RAB_RK_MISMATCH", "RAB Sentra", "F14"]]);
  expect(findings[0].params).toMatchObject({ rincian: "Gudang", rab: 499_500_000, rk: 517_500_000 });
});
