import type { CellValue, Grid } from "../grid/types";
import { evaluateSentra, sentraOfWorkbook } from "./index";

const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, origin: { row: 0, col: 0 }, values });

/** A sentra sheet as an official edits the template: other words for the headers, an extra column. */
const SENTRA = grid("Data Sentra", [
  ["DATA SENTRA IKM"],
  [],
  [
    "No",
    "Nama Sentra",
    "Catatan",
    "Jumlah Unit IKM",
    null,
    "Produk",
    null,
    "Kelembagaan",
    null,
    "Pasar",
    null,
    "Tenaga Kerja",
    null,
    "Kapasitas Produksi",
    null,
  ],
  [
    null,
    null,
    null,
    "Awal",
    "Akhir",
    "Awal",
    "Akhir",
    "Awal",
    "Akhir",
    "Awal",
    "Akhir",
    "Awal",
    "Akhir",
    "Awal",
    "Akhir",
  ],
  [1, "Tenun Ikat", "x", 12, 21, 3, 5, 0.4, 0.6, "kab/kota", "nasional", 20, 30, "1.200 kg/bulan", "1.500 kg/bulan"],
  [2, "Gerabah", null, 40, 52, 6, 6, 0.5, 0.5, 2, 3, 50, 60, "900 kg/bulan", "1,2 ton/bulan"],
  [3, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  ["Jumlah", null, null, 52, 73],
]);

const RK = grid("RK", [
  ["Provinsi", "Nusa Tenggara Timur"],
  ["Kabupaten/Kota", "Kab. Sikka"],
]);

describe("sentraOfWorkbook", () => {
  const found = sentraOfWorkbook([RK, SENTRA], "ntt.xlsx");
  it("reads the sentra rows and takes provinsi and kab/kota from the RK's meta block", () => {
    expect(found.sheets).toEqual(["Data Sentra"]);
    expect(found.sentra.map((s) => [s.name, s.kabKota, s.provinsi, s.row])).toEqual([
      ["Tenun Ikat", "Kab. Sikka", "Nusa Tenggara Timur", 5],
      ["Gerabah", "Kab. Sikka", "Nusa Tenggara Timur", 6],
    ]);
  });
  it("ignores a sheet that is not a sentra table", () => {
    expect(sentraOfWorkbook([RK], "rk.xlsx").sheets).toEqual([]);
  });

  it("reads market words as levels and capacity with the same unit, like DAK.INDIKATOR_SENTRA", () => {
    const result = evaluateSentra(found.sentra);
    const tenun = result.sentra[0].indicators;
    expect(tenun.pasar).toEqual({ before: 2, after: 4, growth: 1 });
    expect(tenun.kapasitas).toEqual({ before: 1200, after: 1500, growth: 0.25 });
    const unit = result.overall.indicators.find((i) => i.id === "unit_ikm")!;
    expect(unit).toMatchObject({ used: 2, totalBefore: 52, totalAfter: 73, aggregate: 21 / 52, meanUsed: 2 });
    expect(unit.mean).toBeCloseTo((9 / 12 + 12 / 40) / 2, 15);
    expect(result.excluded).toEqual([
      expect.objectContaining({ sentra: "Gerabah", indicator: "kapasitas", reason: "UNIT_CHANGED", cell: "N6" }),
    ]);
  });
});
