/**
 * readProposal over grids that mimic the three sample workbooks of test/fixtures/samples
 * (built in code from make-samples.mjs; reading the .xlsx files is the adapter's job).
 */
import { readProposal } from "../src/core/proposal";
import type { ProposalPart } from "../src/core/proposal";
import { proposalContent } from "./helpers/proposal-compare";
import {
  amountOf,
  flatSheet,
  krisnaSheet,
  rkDatar,
  rkDenganMasalah,
  rkKrisnaBertingkat,
  SUKOHARJO,
  SUKOHARJO_LINES,
  TOMOHON_LINES,
  CIREBON_LINES,
  totalOf,
  type SampleLine,
} from "./helpers/proposal-samples";
import { comparePlacedCellsAsPlain } from "./helpers/placed-cells";

comparePlacedCellsAsPlain();

const ALL_COLUMNS = [
  "desa",
  "hargaSatuan",
  "jumlah",
  "kecamatan",
  "keterangan",
  "latitude",
  "lokasi",
  "longitude",
  "menu",
  "metode",
  "no",
  "penerimaManfaat",
  "rincian",
  "satuan",
  "uraian",
  "volume",
];

function onlyPart(p: ReturnType<typeof readProposal>): ProposalPart {
  expect(p.parts).toHaveLength(1);
  return p.parts[0];
}

function expectLinesMatch(part: ProposalPart, lines: readonly SampleLine[]): void {
  expect(
    part.lines.map((l) => [l.menu, l.rincian, l.uraian, l.satuan, l.metode].map((c) => c.kind === "text" && c.value)),
  ).toEqual(lines.map((l) => [l.menu, l.rincian, l.uraian, l.sat, l.met]));
  expect(part.lines.map((l) => [l.volume, l.hargaSatuan, l.jumlah].map((c) => c.kind === "number" && c.value))).toEqual(
    lines.map((l) => [l.vol, l.harga, amountOf(l)]),
  );
}

describe("rk-datar (flat)", () => {
  const part = onlyPart(readProposal([rkDatar()]));

  it("finds the header at row 13 with every standard column", () => {
    expect(part.sheet).toBe("Rencana Kegiatan");
    expect(part.headerRow).toBe(12);
    expect(Object.keys(part.columns).sort()).toEqual(ALL_COLUMNS);
  });

  it("reads the meta block in B3:C11 with the pagu in rupiah", () => {
    expect(part.meta.ta).toEqual({ kind: "number", value: 2020, cell: "C3" });
    expect(part.meta.kabKota).toMatchObject({ value: "Kabupaten Cirebon", cell: "C5" });
    expect(part.meta.pagu).toEqual({ kind: "number", value: 3_715_830_000, cell: "C7" });
    expect(part.meta.nomorSkSentra).toMatchObject({ cell: "C11" });
    expect(Object.keys(part.meta)).toHaveLength(9);
  });

  it("reads the 17 lines in rows 14–30 and the JUMLAH row as the stated total", () => {
    expectLinesMatch(part, CIREBON_LINES);
    expect(part.lines.map((l) => l.row + 1)).toEqual(Array.from({ length: 17 }, (_, i) => 14 + i));
    expect(part.lines.every((l) => !l.menuInherited && !l.rincianInherited)).toBe(true);
    expect(part.statedTotal).toEqual({ kind: "number", value: 3_715_830_000, cell: "H31" });
    expect(part.subtotals).toEqual([]);
    expect(part.lines[0].keterangan).toMatchObject({ value: expect.stringContaining("Lahan milik Pemda") });
  });
});

describe("rk-krisna-bertingkat (hierarchical)", () => {
  const sample = rkKrisnaBertingkat();
  const part = onlyPart(readProposal([sample.grid]));

  it("reads the two-row header with its group cells and skips the numbering row", () => {
    expect(part.headerRow).toBe(15);
    expect(part.headerRange).toBe("A15:P16");
    expect(Object.keys(part.columns).sort()).toEqual(ALL_COLUMNS);
    expect(part.columns.rincian).toBe(2);
    expect(part.columns.volume).toBe(4);
  });

  it("reads 'Label | : | value' meta with 'Pagu Alokasi DAK (Rp)'", () => {
    expect(part.meta.pagu).toEqual({ kind: "number", value: 3_546_300_000, cell: "D9" });
    expect(part.meta.provinsi).toMatchObject({ value: "Jawa Tengah", cell: "D6" });
  });

  it("gives the 15 detail lines their inherited menu and rincian", () => {
    expectLinesMatch(part, SUKOHARJO_LINES);
    expect(part.lines.map((l) => l.row + 1)).toEqual(sample.lineRows);
    expect(part.lines.every((l) => l.menuInherited && l.rincianInherited)).toBe(true);
    // The OB line in row 47 is Jasa Pendamping, inherited from the heading in row 46.
    const ob = part.lines.find((l) => l.row + 1 === 47);
    expect(ob?.rincian).toEqual({ kind: "text", value: "Jasa Pendamping/Fasilitator Non-ASN", cell: "C46" });
    expect(ob?.menu).toMatchObject({ value: "Kegiatan Penunjang", cell: "B39" });
  });

  it("keeps each Sub Total with the lines of its rincian, and the TOTAL row", () => {
    expect(
      part.subtotals.map((s) => [s.amount.cell, s.amount.kind === "number" && s.amount.value, s.lineIndexes]),
    ).toEqual(sample.subtotals.map((s) => [s.cell, s.value, s.lineIndexes]));
    expect(part.subtotals.map((s) => s.amount.cell)).toEqual([
      "H22",
      "H29",
      "H32",
      "H35",
      "H38",
      "H42",
      "H45",
      "H48",
      "H51",
      "H54",
    ]);
    expect(part.statedTotal).toEqual({ kind: "number", value: totalOf(SUKOHARJO_LINES), cell: "H55" });
  });

  it("gives the same Proposal as a flat RK of the same lines (except cells and inherited flags)", () => {
    const flat = flatSheet({
      sheetName: "RK KRISNA",
      site: SUKOHARJO,
      lines: SUKOHARJO_LINES,
      title: "RK",
      totalLabel: "TOTAL",
    }).build();
    const fromFlat = readProposal([flat]);
    const fromKrisna = readProposal([sample.grid]);
    const strip = (p: typeof fromFlat) => ({ ...(proposalContent(p, true) as object), parts: undefined });
    expect(strip(fromKrisna)).toEqual(strip(fromFlat));
    const partContent = (p: typeof fromFlat) => {
      const { subtotals: _s, ...rest } = proposalContent(p, true) as { parts: Record<string, unknown>[] } & Record<
        string,
        unknown
      >;
      return (rest.parts as Record<string, unknown>[]).map(({ subtotals: _x, ...q }) => q);
    };
    expect(partContent(fromKrisna)).toEqual(partContent(fromFlat));
    expect(fromFlat.parts[0].subtotals).toEqual([]);
  });
});

describe("rk-dengan-masalah (flat with planted problems)", () => {
  const part = onlyPart(readProposal([rkDenganMasalah()]));

  it("reads the header synonyms Menu Kegiatan, Rincian Kegiatan, Vol. and Unit Cost (Rp)", () => {
    expect(part.sheet).toBe("RK");
    expect(Object.keys(part.columns).sort()).toEqual(ALL_COLUMNS);
    expect(part.statedTotal).toEqual({ kind: "number", value: totalOf(TOMOHON_LINES), cell: "H31" });
    expect(part.lines).toHaveLength(17);
  });

  it("keeps the facts behind the planted problems at their cells", () => {
    const at = (row: number) => part.lines.find((l) => l.row + 1 === row)!;
    expect(at(17).jumlah).toEqual({ kind: "number", value: 114_750_000, cell: "H17" });
    expect(at(17).volume).toMatchObject({ value: 2 });
    expect(at(21).satuan).toEqual({ kind: "text", value: "ls", cell: "F21" });
    expect(at(24).hargaSatuan).toMatchObject({ kind: "number", cell: "G24", fromText: "Rp14.750.000,00" });
    expect(at(27).rincian).toEqual({ kind: "text", value: "Jasa Pendamping/Fasilitator Non-ASN", cell: "C27" });
    expect(at(28).uraian).toMatchObject({ value: "Honor Pokja Pemilihan dan pejabat pengadaan", cell: "D28" });
  });
});

describe("several sample sheets in one workbook", () => {
  it("gives one part per sheet, in order", () => {
    const p = readProposal([rkDatar(), krisnaSheet("RK 2", SUKOHARJO, SUKOHARJO_LINES).grid, rkDenganMasalah()]);
    expect(p.parts.map((x) => [x.sheet, x.lines.length])).toEqual([
      ["Rencana Kegiatan", 17],
      ["RK 2", 15],
      ["RK", 17],
    ]);
  });
});
