/**
 * Property: where the table sits on the sheet, the order of its columns and the origin of the
 * grid never change what is read, only the cell addresses.
 */
import fc from "fast-check";
import { columnLetters } from "../grid/a1";
import type { CellValue } from "../grid/types";
import { sheet } from "../../../test/helpers/grid-builder";
import { proposalContent } from "../../../test/helpers/proposal-compare";
import { readProposal } from "./read-proposal";

const COLUMNS = [
  "No",
  "Menu Kegiatan",
  "Rincian",
  "Uraian",
  "Vol.",
  "Satuan",
  "Harga Satuan (Rp)",
  "Jumlah (Rp)",
  "Metode",
  "Lokasi",
  "Kecamatan",
  "Desa",
  "Latitude",
  "Longitude",
  "Penerima Manfaat",
  "Keterangan",
  "Kode Rekening",
] as const;
type Column = (typeof COLUMNS)[number];

const lineArb = fc.record({
  menu: fc.constantFrom("Pembangunan dan Revitalisasi Sentra IKM", "Kegiatan Penunjang", null),
  rincian: fc.constantFrom("Mesin dan Peralatan", "Gudang", "Rapat Koordinasi", null),
  uraian: fc.nat(999).map((n) => `Uraian ${n}`),
  volume: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant("3"), fc.constant({ kind: "error", code: "#N/A" })),
  satuan: fc.constantFrom("unit", "m2", "paket", null),
  harga: fc.oneof(fc.integer({ min: 1, max: 400_000_000 }), fc.constant("Rp14.750.000,00"), fc.constant("dua juta")),
  jumlah: fc.option(fc.integer({ min: 1, max: 1_000_000_000 }), { nil: null }),
  metode: fc.constantFrom("Swakelola", "Kontraktual", null),
  lat: fc.option(fc.double({ min: -11, max: 6, noNaN: true }), { nil: null }),
});
type Line = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

function cellsOf(l: Line, i: number): Record<Column, CellValue> {
  return {
    No: i + 1,
    "Menu Kegiatan": l.menu,
    Rincian: l.rincian,
    Uraian: l.uraian,
    "Vol.": l.volume as CellValue,
    Satuan: l.satuan,
    "Harga Satuan (Rp)": l.harga,
    "Jumlah (Rp)": l.jumlah,
    Metode: l.metode,
    Lokasi: "Sentra IKM Rotan",
    Kecamatan: "Weru",
    Desa: "Tegalwangi",
    Latitude: l.lat,
    Longitude: 108.5,
    "Penerima Manfaat": "112 unit IKM",
    Keterangan: null,
    "Kode Rekening": "5.2.3",
  };
}

interface Placement {
  readonly order: readonly Column[];
  readonly top: number;
  readonly left: number;
  readonly origin: "used" | "A1";
}

function draw(lines: readonly Line[], total: number, at: Placement) {
  const a1 = (row: number, col: number) => `${columnLetters(at.left + col)}${at.top + row + 1}`;
  const s = sheet("RK")
    .at(a1(0, 0), [["RENCANA KEGIATAN DAK FISIK BIDANG IKM"]])
    .at(a1(2, 1), [
      ["Tahun Anggaran", 2020],
      ["Provinsi", ":", "Jawa Barat"],
      ["Pagu (Rp juta)", 3715.83],
    ])
    .at(a1(7, 0), [at.order.slice()]);
  lines.forEach((l, i) => {
    const v = cellsOf(l, i);
    s.at(a1(8 + i, 0), [at.order.map((c) => v[c])]);
  });
  const row = 8 + lines.length;
  s.cell(a1(row, at.order.indexOf("Uraian")), "TOTAL").cell(a1(row, at.order.indexOf("Jumlah (Rp)")), total);
  return s.build(at.origin);
}

const placementArb = fc.record({
  order: fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length }),
  top: fc.nat(40),
  left: fc.nat(12),
  origin: fc.constantFrom("used" as const, "A1" as const),
});

describe("readProposal is independent of where the table sits", () => {
  it("permuting columns or moving the table changes only cell addresses", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 12 }),
        fc.nat(10_000_000),
        placementArb,
        (lines, total, at) => {
          const base = readProposal([draw(lines, total, { order: COLUMNS, top: 0, left: 0, origin: "A1" })]);
          const moved = readProposal([draw(lines, total, at)]);
          expect(base.parts).toHaveLength(1);
          expect(base.parts[0].lines).toHaveLength(lines.length);
          expect(proposalContent(moved)).toEqual(proposalContent(base));
          // The addresses move with the table.
          const col = moved.parts[0].columns.uraian!;
          expect(moved.parts[0].lines[0].uraian.cell).toBe(`${columnLetters(col)}${at.top + 9}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
