import type { CellValue, Grid } from "../grid/types";
import { formatFinding } from "../i18n/format-finding";
import { checkAllocation, readAllocationTable, regionKey } from "./index";
import { rkFacts } from "../../../test/helpers/rk-facts";

const grid = (values: CellValue[][], sheet = "Alokasi"): Grid => ({ sheet, origin: { row: 0, col: 0 }, values });

const TABLE = grid([
  ["ALOKASI DAK FISIK BIDANG IKM"],
  ["Tahun Anggaran", 2020],
  [],
  ["No", "PROVINSI", "Kab / Kota", "Pagu Alokasi (Rp juta)"],
  ["1", "2", "3", "4"],
  [1, "Jawa Barat", "Kab. Bandung", 3000],
  [2, null, "Kota Bandung", "2.500,5"],
  [3, null, "KABUPATEN  GARUT", 1500],
  [null, "Provinsi Jawa Tengah", null, null],
  [4, null, "Kota Semarang", 2750],
  [5, null, "Kab. Tegal", null],
  [6, null, "Kab. Demak", "banyak"],
  [7, null, "kab demak", 10],
  [null, null, "Jumlah", 9750.5],
]);

const rk = rkFacts;

describe("readAllocationTable", () => {
  const table = readAllocationTable([grid([["lain"]], "Catatan"), TABLE]);
  it("finds the header anywhere, applies the unit, carries provinsi down and skips totals", () => {
    expect(table.ta).toBe(2020);
    expect(table.entries.map((e) => [e.provinsi, e.kabKota, e.pagu, e.cell])).toEqual([
      ["Jawa Barat", "Kab. Bandung", 3_000_000_000, "D6"],
      ["Jawa Barat", "Kota Bandung", 2_500_500_000, "D7"],
      ["Jawa Barat", "KABUPATEN GARUT", 1_500_000_000, "D8"],
      ["Provinsi Jawa Tengah", "Kota Semarang", 2_750_000_000, "D10"],
      ["Provinsi Jawa Tengah", "kab demak", 10_000_000, "D13"],
    ]);
  });
  it("reports rows it cannot use", () => {
    expect(table.problems.map((p) => [p.code, p.cell, p.text])).toEqual([
      ["PAGU_MISSING", "D11", "Kab. Tegal"],
      ["PAGU_INVALID", "D12", "Kab. Demak"],
    ]);
  });
  it("says when there is no table", () => {
    expect(readAllocationTable([grid([["Nama", "Nilai"]], "X")]).problems[0].code).toBe("TABLE_NOT_FOUND");
  });
  it("names a duplicate", () => {
    const t = readAllocationTable([
      grid([
        ["Kabupaten/Kota", "Pagu"],
        ["Kab. Garut", 5],
        ["Kabupaten Garut", 6],
      ]),
    ]);
    expect(t.problems).toEqual([
      { code: "DUPLICATE", sheet: "Alokasi", cell: "B3", text: "Kabupaten Garut", firstCell: "B2" },
    ]);
  });
});

describe("regionKey", () => {
  it.each([
    ["Kab. Bandung", "kab", "bandung"],
    ["KABUPATEN  BANDUNG", "kab", "bandung"],
    ["Pemkab Bandung", "kab", "bandung"],
    ["Kota Tanjung Pinang", "kota", "tanjungpinang"],
    ["Kotamadya Tanjungpinang", "kota", "tanjungpinang"],
    ["Kotabaru", undefined, "kotabaru"],
    ["Bandung", undefined, "bandung"],
    ["Kab. Adm. Kepulauan Seribu", "kab", "kepulauanseribu"],
  ])("%s", (text, kind, key) => expect(regionKey(text)).toEqual({ kind, key }));
});

describe("checkAllocation", () => {
  const table = readAllocationTable([TABLE]);
  const result = checkAllocation(table, [
    rk("Kabupaten Bandung", 3_000_000_000),
    rk("kota  bandung", 2_500_000_000),
    rk("Bandung", 1_000),
    rk("Kab. Sleman", 1_000),
    null,
    rk(undefined, 5),
    rk("Semarang", 2_750_000_000, "Jawa Tengah"),
  ]);
  it("matches tolerant names and finds the planted differences", () => {
    expect(result.findings[0]).toEqual([]);
    expect(result.findings[1]).toEqual([
      {
        code: "PAGU_NOT_ALLOCATION",
        severity: "error",
        ruleId: "allocation.pagu",
        sheet: "RK",
        cell: "C9",
        params: { pagu: 2_500_000_000, allocation: 2_500_500_000, difference: -500_000, kabKota: "Kota Bandung" },
        basis: "Perpres 88/2019 Pasal 4 ayat (1) huruf e",
      },
    ]);
    expect(result.findings[6]).toEqual([]);
  });
  it("never guesses an ambiguous or unknown name", () => {
    expect(result.findings[2].map((f) => [f.code, f.cell, f.params.candidates])).toEqual([
      ["ALLOCATION_UNKNOWN", "C6", ["Kab. Bandung (Jawa Barat)", "Kota Bandung (Jawa Barat)"]],
    ]);
    expect(result.findings[3].map((f) => [f.code, f.params.match])).toEqual([
      ["ALLOCATION_UNKNOWN", "allocationNotFound"],
    ]);
    expect(result.findings[4]).toEqual([]);
    expect(result.findings[5].map((f) => f.params.match)).toEqual(["allocationNotStated"]);
  });
  it("lists the kab/kota without an RK and the sums", () => {
    expect(result.summary.missing.map((e) => e.kabKota)).toEqual(["KABUPATEN GARUT", "kab demak"]);
    expect(result.summary.allocated).toBe(9_760_500_000);
    expect(result.summary.proposed).toBe(3_000_000_000 + 2_500_000_000 + 2_000 + 5 + 2_750_000_000);
    expect(result.summary.allocatedMatched).toBe(3_000_000_000 + 2_500_500_000 + 2_750_000_000);
  });
  it("cites only the bases DOMAIN.md gives: TA 2022 Perpres 7/2022, other years a warning without basis", () => {
    const at = (ta: number) => checkAllocation(table, [{ ...rk("Kab. Garut", 1), ta }]).findings[0][0];
    expect([at(2022).severity, at(2022).basis]).toEqual(["error", "Perpres 7/2022 Pasal 8 ayat (1)"]);
    expect([at(2024).severity, at(2024).basis]).toEqual(["warning", undefined]);
  });
  it("formats in both languages", () => {
    const f = result.findings[2][0];
    expect(formatFinding(f, "id")).toBe(
      'Lembar "RK" sel C6: Kabupaten/kota "Bandung" cocok dengan lebih dari satu baris tabel alokasi: Kab. Bandung (Jawa Barat) atau Kota Bandung (Jawa Barat); tulis nama lengkapnya, mis. "Kab. …" atau "Kota …".',
    );
    expect(formatFinding(result.findings[1][0], "en")).toBe(
      'Sheet "RK" cell C9: The proposal\'s pagu Rp2,500,000,000 is not the allocation of Kota Bandung in the allocation table, Rp2,500,500,000 (difference -Rp500,000). Basis: Perpres 88/2019 Pasal 4 ayat (1) huruf e.',
    );
    expect(formatFinding(result.findings[5][0], "id")).toBe(
      'Lembar "RK" sel C6: Kabupaten/kota tidak diisi pada usulan, sehingga alokasinya tidak dapat dicari.',
    );
  });
});
