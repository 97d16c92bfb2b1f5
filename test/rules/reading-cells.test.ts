import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { sheet } from "../helpers/grid-builder";

const rs = getRuleset(2020)!;
const M = "Pembangunan dan Revitalisasi Sentra IKM";
const codeCells = (grid: ReturnType<ReturnType<typeof sheet>["build"]>, code: string) =>
  validate(readProposal([grid]), rs)
    .filter((f) => f.code === code)
    .map((f) => [f.sheet, f.cell, f.params.column ?? f.params.field]);

describe("reading findings point at the cells read", () => {
  it("COLUMN_MISSING points at the whole header, two-row headers included", () => {
    const grid = sheet("RK")
      .at("B15", [["No", "Menu", "Rincian", "Uraian", "Rincian Biaya", null, null]])
      .at("B16", [[null, null, null, null, "Volume", "Harga Satuan", "Jumlah"]])
      .at("B17", [[1, M, "Gudang", "Gudang bahan", 1, 1000, 1000]])
      .build();
    expect(codeCells(grid, "COLUMN_MISSING")).toEqual([["RK", "B15:H16", "satuan"]]);
  });

  it("META_MISSING points at the empty value cell of a label that is there, else at no cell", () => {
    const grid = sheet("RK")
      .at("A2", [
        ["Tahun Anggaran", ":", 2020],
        ["Provinsi", ":", "Jawa Barat"],
        ["Kabupaten/Kota", ":", "Kabupaten Cirebon"],
        ["Pagu (Rp)", ":", 1000],
        ["Instansi Pelaksana", ":", null],
      ])
      .at("A8", [
        ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [1, M, "Gudang", "Gudang bahan", 1, "m2", 1000, 1000],
      ])
      .build();
    const missing = codeCells(grid, "META_MISSING");
    expect(missing).toContainEqual(["RK", "C6", "instansiPelaksana"]);
    expect(missing.filter(([, cell]) => cell !== "").map(([, , field]) => field)).toEqual(["instansiPelaksana"]);
  });
});
