import { err, gridOf, sheet } from "../../../test/helpers/grid-builder";
import { readProposal } from "./read-proposal";
import { comparePlacedCellsAsPlain } from "../../../test/helpers/placed-cells";

comparePlacedCellsAsPlain();

const STD = ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"];
const line = (n: number) => [n, "Menu A", `Rincian ${n}`, `Uraian ${n}`, n, "unit", 1000, n * 1000];

describe("finding the line table", () => {
  it("finds the header at row 12 under a merged title, whatever the used range's origin", () => {
    const s = sheet("RK")
      .cell("A1", "RENCANA KEGIATAN DAK FISIK BIDANG IKM TA 2020")
      .at("B3", [["Provinsi", "Jawa Barat"]])
      .at("A12", [STD, line(1), line(2)]);
    for (const grid of [s.build("used"), s.build("A1")]) {
      const part = readProposal([grid]).parts[0];
      expect(part.headerRow).toBe(11);
      expect(part.headerRange).toBe("A12:H12");
      expect(part.lines.map((l) => l.uraian)).toEqual([
        { kind: "text", value: "Uraian 1", cell: "D13" },
        { kind: "text", value: "Uraian 2", cell: "D14" },
      ]);
    }
  });

  it("reads reordered columns, header synonyms and units, and ignores extra columns", () => {
    const grid = gridOf(
      "RK",
      [
        [
          "Kode Rekening",
          "Komponen",
          "Vol.",
          "Sat.",
          "Hrg Satuan (Rp ribu)",
          "Total (Rp juta)",
          "Rincian Kegiatan",
          "Menu Kegiatan",
          "Lintang",
          "Bujur",
        ],
        ["5.2.3", "Mesin poles", 6, "unit", 14_750, 88.5, "Mesin dan Peralatan", "Menu A", -6.7, 108.5],
      ],
      "C5",
    );
    const part = readProposal([grid]).parts[0];
    expect(part.columns).toEqual({
      uraian: 3,
      volume: 4,
      satuan: 5,
      hargaSatuan: 6,
      jumlah: 7,
      rincian: 8,
      menu: 9,
      latitude: 10,
      longitude: 11,
    });
    const [l] = part.lines;
    expect(l.hargaSatuan).toEqual({ kind: "number", value: 14_750_000, cell: "G6" });
    expect(l.jumlah).toEqual({ kind: "number", value: 88_500_000, cell: "H6" });
    expect(l.latitude).toEqual({ kind: "number", value: -6.7, cell: "K6" });
    expect(l.metode).toEqual({ kind: "empty", cell: "" });
  });

  it("needs four known headers naming what is bought and an amount", () => {
    const threeKnown = gridOf("A", [
      ["No", "Uraian", "Volume", "Catatan Internal"],
      [1, "x", 2, "y"],
    ]);
    const kakTable = gridOf("KAK", [
      ["No", "Rincian", "Kecamatan", "Desa", "Lokus"],
      [1, "Rumah Kemasan", "Weru", "Tegalwangi", "Sentra"],
    ]);
    const p = readProposal([threeKnown, kakTable]);
    expect(p.parts).toEqual([]);
    expect(p.sheetsRead).toEqual(["A", "KAK"]);
  });

  it("gives one part per sheet holding a table, in workbook order", () => {
    const p = readProposal([
      gridOf("Sampul", [["USULAN DAK FISIK"]]),
      gridOf("RK 1", [STD, line(1)]),
      gridOf("Kosong", []),
      gridOf("RK 2", [STD, line(1), line(2)]),
    ]);
    expect(p.parts.map((x) => [x.sheet, x.lines.length])).toEqual([
      ["RK 1", 1],
      ["RK 2", 2],
    ]);
    expect(p.sheetsRead).toEqual(["Sampul", "RK 1", "Kosong", "RK 2"]);
  });

  it("reads a two-row header: group cells are titles, not columns", () => {
    // "Rincian" as a group title over the cost columns must not become the Rincian column.
    const grid = sheet("RK KRISNA")
      .at("A15", [
        ["No", "Menu Kegiatan", "Rincian Kegiatan", "Uraian", "Rincian", null, null, null, "Koordinat", null],
      ])
      .at("A16", [
        [null, null, null, null, "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)", "Latitude", "Longitude"],
      ])
      .at("A17", [["a", "Menu A", "Rincian A", "Uraian A", 2, "unit", 1000, 2000, -7.75, 110.86]])
      .build();
    const part = readProposal([grid]).parts[0];
    expect(part.headerRow).toBe(15);
    expect(part.headerRange).toBe("A15:J16");
    expect(part.columns).toEqual({
      no: 0,
      menu: 1,
      rincian: 2,
      uraian: 3,
      volume: 4,
      satuan: 5,
      hargaSatuan: 6,
      jumlah: 7,
      latitude: 8,
      longitude: 9,
    });
    expect(part.lines).toHaveLength(1);
  });

  it("reads a two-row header found by its lower row (merged-down names above it)", () => {
    const grid = sheet("RK")
      .at("B4", [["No", "Uraian", "Rincian Biaya", null, null, null, "Metode"]])
      .at("B5", [[null, null, "Volume", "Satuan", "Harga Satuan", "Jumlah", null]])
      .at("B6", [[1, "Uraian A", 2, "unit", 1000, 2000, "Swakelola"]])
      .build();
    const part = readProposal([grid]).parts[0];
    expect(part.headerRange).toBe("B4:H5");
    expect(Object.keys(part.columns).sort()).toEqual([
      "hargaSatuan",
      "jumlah",
      "metode",
      "no",
      "satuan",
      "uraian",
      "volume",
    ]);
    expect(part.lines.map((l) => l.row)).toEqual([5]);
  });

  it.each([
    ["numbers", [1, 2, 3, 4, 5, 6, 7, 8]],
    ["bracketed text", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=(5)x(7)"]],
  ])("skips a numbering row of %s under the header", (_name, numbering) => {
    const part = readProposal([gridOf("RK", [STD, numbering, line(1)])]).parts[0];
    expect(part.lines.map((l) => l.row)).toEqual([2]);
  });

  it("does not take a line with small numbers for a numbering row", () => {
    const part = readProposal([gridOf("RK", [STD, [1, "M", "R", "U", 2, "unit", 3, 6]])]).parts[0];
    expect(part.lines).toHaveLength(1);
  });

  it("chooses the visible column over a hidden helper column of the same name", () => {
    const grid = sheet("RK")
      .at("A1", [
        ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah", "Jumlah", "Cek"],
        [1, "M", "R", "U", 2, "unit", 1000, 0, 2000, err("#N/A")],
      ])
      .hideColumns("H", "J")
      .build();
    const part = readProposal([grid]).parts[0];
    expect(part.columns.jumlah).toBe(8);
    expect(part.lines[0].jumlah).toEqual({ kind: "number", value: 2000, cell: "I2" });
  });

  it("uses a hidden column when it is the only one with that name", () => {
    const grid = sheet("RK")
      .at("A1", [STD, line(1)])
      .hideColumns("A")
      .build();
    expect(readProposal([grid]).parts[0].columns.no).toBe(0);
  });
});
