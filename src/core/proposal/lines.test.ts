import { err, gridOf, sheet } from "../../../test/helpers/grid-builder";
import { readProposal } from "./read-proposal";
import type { ProposalPart } from "./types";
import { comparePlacedCellsAsPlain } from "../../../test/helpers/placed-cells";

comparePlacedCellsAsPlain();

const STD = ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"];
const line = (n: number, menu: string | null = "Menu A", rincian: string | null = `Rincian ${n}`) => [
  n,
  menu,
  rincian,
  `Uraian ${n}`,
  n,
  "unit",
  1000,
  n * 1000,
];
const partOf = (rows: unknown[][]): ProposalPart => readProposal([gridOf("RK", rows as never)]).parts[0];
const uraian = (p: ProposalPart) => p.lines.map((l) => (l.uraian.kind === "text" ? l.uraian.value : l.uraian.kind));

describe("table body", () => {
  it("ends at the first blank row", () => {
    const p = partOf([STD, line(1), line(2), [], line(3)]);
    expect(uraian(p)).toEqual(["Uraian 1", "Uraian 2"]);
    expect(p.statedTotal).toBeUndefined();
  });

  it("ends at a Total/Jumlah row and keeps its amount as the stated total", () => {
    for (const label of ["JUMLAH", "Total", "Jumlah (Rp)", "Grand Total"]) {
      const p = partOf([STD, line(1), line(2), [label, null, null, null, null, null, null, 3000], line(3)]);
      expect(uraian(p)).toEqual(["Uraian 1", "Uraian 2"]);
      expect(p.statedTotal).toEqual({ kind: "number", value: 3000, cell: "H4" });
    }
  });

  it("keeps a line whose uraian merely starts like a total", () => {
    const p = partOf([STD, [1, "M", "R", "Total station dan GPS", 1, "unit", 5, 5]]);
    expect(uraian(p)).toEqual(["Total station dan GPS"]);
  });

  it("treats pre-numbered template rows and zero formulas as blank, and finds a total below them", () => {
    const p = partOf([
      STD,
      line(1),
      [2, null, null, null, null, null, null, 0],
      [3, null, null, null, null, null, null, 0],
      ["TOTAL", null, null, null, null, null, null, 1000],
    ]);
    expect(uraian(p)).toEqual(["Uraian 1"]);
    expect(p.statedTotal).toEqual({ kind: "number", value: 1000, cell: "H5" });
  });

  it("allows one blank spacer row right under the header", () => {
    expect(uraian(partOf([STD, [], line(1)]))).toEqual(["Uraian 1"]);
    expect(uraian(partOf([STD, [], [], line(1)]))).toEqual([]);
  });

  it("keeps Sub Total rows apart with the lines they close", () => {
    const p = partOf([
      STD,
      line(1),
      line(2),
      [null, null, null, "Sub Total", null, null, null, 3000],
      line(3),
      ["Subtotal", null, null, null, null, null, null, 3000],
      [null, null, null, "SUB TOTAL MENU A", null, null, null, 6000],
      ["Jumlah", null, null, null, null, null, null, 6000],
    ]);
    expect(uraian(p)).toEqual(["Uraian 1", "Uraian 2", "Uraian 3"]);
    expect(p.subtotals).toEqual([
      { amount: { kind: "number", value: 3000, cell: "H4" }, lineIndexes: [0, 1] },
      { amount: { kind: "number", value: 3000, cell: "H6" }, lineIndexes: [2] },
      // A subtotal right after another one closes its whole menu.
      { amount: { kind: "number", value: 6000, cell: "H7" }, lineIndexes: [0, 1, 2] },
    ]);
    expect(p.statedTotal).toMatchObject({ value: 6000, cell: "H8" });
  });

  it("sets menu and rincian from KRISNA heading rows, a new menu forgetting the old rincian", () => {
    const p = partOf([
      STD,
      ["I", "Menu A", null, null, null, null, null, null],
      ["1", null, "Rincian A", null, null, null, null, null],
      ["a", null, null, "Uraian 1", 1, "unit", 1000, 1000],
      ["II", "Menu B", null, null, null, null, null, null],
      ["a", null, null, "Uraian 2", 1, "unit", 1000, 1000],
    ]);
    expect(p.lines[0]).toMatchObject({
      menu: { kind: "text", value: "Menu A", cell: "B2" },
      rincian: { kind: "text", value: "Rincian A", cell: "C3" },
      menuInherited: true,
      rincianInherited: true,
    });
    expect(p.lines[1]).toMatchObject({
      menu: { value: "Menu B", cell: "B5" },
      rincian: { kind: "empty", cell: "C6" },
      rincianInherited: false,
    });
  });

  it("reads a mix of flat lines, vertically merged cells and heading rows", () => {
    const p = partOf([
      STD,
      line(1, "Menu A", "Rincian A"),
      line(2, null, null), // merged cells: text only in the top cell
      line(3, null, "Rincian B"),
      ["1", null, "Rincian C", null, null, null, null, null],
      line(4, null, null),
      line(5, "Menu B", null),
    ]);
    const names = p.lines.map((l) => [
      l.menu.kind === "text" && l.menu.value,
      l.rincian.kind === "text" && l.rincian.value,
    ]);
    expect(names).toEqual([
      ["Menu A", "Rincian A"],
      ["Menu A", "Rincian A"],
      ["Menu A", "Rincian B"],
      ["Menu A", "Rincian C"],
      ["Menu B", false],
    ]);
    expect(p.lines.map((l) => [l.menuInherited, l.rincianInherited])).toEqual([
      [false, false],
      [true, true],
      [true, false],
      [true, true],
      [false, false],
    ]);
  });

  it("keeps a line with a menu but nothing else as a line, not a heading, when it has an uraian", () => {
    const p = partOf([STD, [1, "Menu A", "Rincian A", "Uraian tanpa volume", null, null, null, null]]);
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0].volume).toEqual({ kind: "empty", cell: "E2" });
  });

  it("reads numbers typed as text, unreadable text and Excel error values as facts", () => {
    const p = partOf([
      STD,
      [1, "M", "R", "U", "2", "unit", "dua juta lima", err("#N/A")],
      [2, err("#REF!"), "R", "U", err("#DIV/0!"), "m2", 5, 10],
    ]);
    expect(p.lines[0].volume).toEqual({ kind: "number", value: 2, cell: "E2", fromText: "2" });
    expect(p.lines[0].hargaSatuan).toMatchObject({ kind: "invalid", text: "dua juta lima", cell: "G2" });
    expect(p.lines[0].jumlah).toEqual({ kind: "error", code: "#N/A", cell: "H2" });
    expect(p.lines[1].menu).toEqual({ kind: "error", code: "#REF!", cell: "B3" });
    expect(p.lines[1].volume).toEqual({ kind: "error", code: "#DIV/0!", cell: "E3" });
  });

  it("keeps hidden lines (marked hidden) and does not end the table at a hidden blank row", () => {
    const grid = sheet("RK")
      .at("A1", [STD, line(1), line(2), [], line(3), [], line(4)])
      .hideRows(3, 4)
      .build();
    const p = readProposal([grid]).parts[0];
    expect(uraian(p)).toEqual(["Uraian 1", "Uraian 2", "Uraian 3"]);
    expect(p.lines.map((l) => l.hidden ?? false)).toEqual([false, true, false]);
  });

  it("does not let a hidden helper column keep a blank row from ending the table", () => {
    const grid = sheet("RK")
      .at("A1", [
        [...STD, "Cek"],
        [...line(1), "OK"],
        [null, null, null, null, null, null, null, null, "OK"],
        [...line(2), "OK"],
      ])
      .hideColumns("I")
      .build();
    expect(uraian(readProposal([grid]).parts[0])).toEqual(["Uraian 1"]);
  });

  it("reads a 'Jumlah (Rp juta)' column in rupiah", () => {
    const p = partOf([
      ["Uraian", "Volume", "Satuan", "Harga Satuan (Rp ribu)", "Jumlah (Rp juta)"],
      ["Mesin", 3, "unit", 38_250, 114.75],
      ["TOTAL", null, null, null, 114.75],
    ]);
    expect(p.lines[0].hargaSatuan).toMatchObject({ value: 38_250_000 });
    expect(p.lines[0].jumlah).toMatchObject({ value: 114_750_000 });
    expect(p.statedTotal).toMatchObject({ value: 114_750_000 });
  });
});
