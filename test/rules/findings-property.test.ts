/**
 * Property: permuting the columns of an RK or moving its table on the sheet never changes the
 * findings, except their cell addresses, which move with the cells they point at.
 */
import fc from "fast-check";
import { columnLetters, parseA1 } from "../../src/core/grid/a1";
import type { CellValue } from "../../src/core/grid/types";
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import type { Finding } from "../../src/core/rules/findings";
import { validate } from "../../src/core/rules/validate";
import { sheet } from "../helpers/grid-builder";

const COLUMNS = [
  "No",
  "Menu",
  "Rincian",
  "Uraian",
  "Volume",
  "Satuan",
  "Harga Satuan (Rp)",
  "Jumlah (Rp)",
  "Metode",
  "Latitude",
  "Keterangan",
] as const;
type Column = (typeof COLUMNS)[number];
const META_ROWS = 6;

const lineArb = fc.record({
  menu: fc.constantFrom("Pembangunan dan Revitalisasi Sentra IKM", "Kegiatan Penunjang", "Menu Lain"),
  rincian: fc.constantFrom(
    "Mesin dan Peralatan",
    "Jalan dan Paving Lingkungan",
    "Konsultan Pengawas",
    "Biaya Tender",
    "Apa Saja",
  ),
  uraian: fc.constantFrom("Mesin poles", "Honor panitia", "Pembebasan lahan", "Paving", null),
  volume: fc.oneof(
    fc.integer({ min: 0, max: 50 }),
    fc.constant("3"),
    fc.constant({ kind: "error", code: "#N/A" } as CellValue),
  ),
  satuan: fc.constantFrom("unit", "m2", "ls", "OB", null),
  harga: fc.oneof(fc.integer({ min: 1, max: 400_000_000 }), fc.constant("Rp14.750.000,00"), fc.constant("dua juta")),
  jumlah: fc.option(fc.integer({ min: 1, max: 1_000_000_000 }), { nil: null }),
  metode: fc.constantFrom("Swakelola", "Kontraktual", "Lelang", null),
  lat: fc.option(fc.constantFrom(-6.7, 110), { nil: null }),
});
type Line = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

interface Placement {
  readonly order: readonly Column[];
  readonly top: number;
  readonly left: number;
}

function draw(lines: readonly Line[], pagu: number, units: number, at: Placement) {
  const a1 = (row: number, col: number) => `${columnLetters(at.left + col)}${at.top + row + 1}`;
  const s = sheet("RK").at(a1(0, 0), [
    ["Tahun Anggaran", 2020],
    ["Kabupaten/Kota", "Kabupaten Cirebon"],
    ["Pagu (Rp)", pagu],
    ["Jumlah Unit IKM", units],
  ]);
  s.at(a1(META_ROWS, 0), [at.order.slice()]);
  lines.forEach((l, i) => {
    const v: Record<Column, CellValue> = {
      No: i + 1,
      Menu: l.menu,
      Rincian: l.rincian,
      Uraian: l.uraian,
      Volume: l.volume,
      Satuan: l.satuan,
      "Harga Satuan (Rp)": l.harga,
      "Jumlah (Rp)": l.jumlah,
      Metode: l.metode,
      Latitude: l.lat,
      Keterangan: "Lahan milik Pemda",
    };
    s.at(a1(META_ROWS + 1 + i, 0), [at.order.map((c) => v[c])]);
  });
  return s.build("used");
}

/** A finding with its cell told relative to the table: row offset and column header (or meta column). */
function placeless(f: Finding, at: Placement): string {
  const { firstCell, ...params } = f.params;
  const where = (cell: string) => {
    const c = parseA1(cell);
    if (!c) return cell;
    const row = c.row - at.top;
    const col = c.col - at.left;
    return `${row}:${row > META_ROWS ? at.order[col] : col}`;
  };
  return JSON.stringify([
    f.code,
    f.severity,
    where(f.cell),
    firstCell === undefined ? null : where(String(firstCell)),
    params,
  ]);
}

const placementArb = fc.record({
  order: fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length }),
  top: fc.nat(30),
  left: fc.nat(10),
});

describe("findings do not depend on where the table sits", () => {
  const rs = getRuleset(2020)!;
  it("permuting columns or moving the table changes only cell addresses", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 3_000_000_000 }),
        fc.integer({ min: 1, max: 30 }),
        placementArb,
        (lines, pagu, units, at) => {
          const home: Placement = { order: COLUMNS, top: 0, left: 0 };
          const base = validate(readProposal([draw(lines, pagu, units, home)]), rs);
          const moved = validate(readProposal([draw(lines, pagu, units, at)]), rs);
          expect(base.length).toBeGreaterThan(0);
          expect(moved.map((f) => placeless(f, at)).sort()).toEqual(base.map((f) => placeless(f, home)).sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
