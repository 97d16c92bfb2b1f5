/** readSentraSheet: the template's two-row header, a one-row header, blank rows left out. */
import { readSentraSheet, sentraUnits } from "../../src/core/package/sentra";
import { gridOf } from "../helpers/grid-builder";
import { SENTRA_VALUES, sentraFills, spec } from "../helpers/package-fills";
import { CIREBON } from "../helpers/proposal-samples";
import { specGrid } from "../helpers/template-grid";

it("reads the filled template: one sentra with its six indicators before and after", () => {
  const read = readSentraSheet(specGrid(spec("sentra"), sentraFills()))!;
  expect(read.indicators).toEqual(["unit_ikm", "produk", "kelembagaan", "pasar", "tenaga_kerja", "kapasitas"]);
  expect(read.rows).toHaveLength(1);
  const [row] = read.rows;
  expect(row.name).toEqual({ kind: "text", value: CIREBON.sentra, cell: "B7" });
  expect(row.sk).toMatchObject({ kind: "text", cell: "D7" });
  expect(row.indicators.unit_ikm).toEqual({
    before: { kind: "number", value: 112, cell: "E7" },
    after: { kind: "number", value: 126, cell: "F7" },
  });
  const values = read.rows[0].indicators;
  expect(
    Object.values(values).map((c) => [
      c!.before.kind === "number" && c!.before.value,
      c!.after.kind === "number" && c!.after.value,
    ]),
  ).toEqual(SENTRA_VALUES.map(([b, a]) => [b, a]));
  expect(sentraUnits(row)).toEqual({ kind: "number", value: 126, cell: "F7" });
});

it("a blank template has its indicators and no row", () => {
  const read = readSentraSheet(specGrid(spec("sentra")))!;
  expect(read.indicators).toHaveLength(6);
  expect(read.rows).toEqual([]);
  expect(read.headerCell).toBe("B5");
});

it("reads one-row headers, market levels written as words and numbers typed as text", () => {
  const grid = gridOf("Sentra", [
    [
      "No",
      "Nama Sentra",
      "Unit IKM (Sebelum)",
      "Unit IKM (Sesudah)",
      "Level Pasar Awal",
      "Level Pasar Akhir",
      "Nomor SK",
    ],
    [1, "Sentra Rotan", "112", 126, "kabupaten", "nasional", "530/Kep.214/2018"],
    [2, "Sentra Gerabah", 4, null, 1, 2, null],
    ["Jumlah", null, 116, 126, null, null, null],
  ]);
  const read = readSentraSheet(grid)!;
  expect(read.rows.map((r) => r.name.kind === "text" && r.name.value)).toEqual(["Sentra Rotan", "Sentra Gerabah"]);
  expect(read.rows[0].indicators.unit_ikm!.before).toEqual({ kind: "number", value: 112, cell: "C2", fromText: "112" });
  expect(read.rows[0].indicators.pasar).toEqual({
    before: { kind: "number", value: 2, cell: "E2" },
    after: { kind: "number", value: 4, cell: "F2" },
  });
  expect(sentraUnits(read.rows[1])).toEqual({ kind: "number", value: 4, cell: "C3" });
  expect(read.rows[1].sk).toEqual({ kind: "empty", cell: "G3" });
});

it("a sheet without indicator headers is not a sentra sheet", () => {
  expect(
    readSentraSheet(
      gridOf("X", [
        ["Nama", "Alamat"],
        ["Budi", "Cirebon"],
      ]),
    ),
  ).toBeUndefined();
});
