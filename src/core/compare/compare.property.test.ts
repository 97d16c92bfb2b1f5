/**
 * Properties of compareProposals: a version whose lines are only re-ordered reports nothing;
 * a version with k random edits (volume, uraian, rincian, lokasi, a line removed, a line added)
 * reports exactly those k changes, each on the line that was edited.
 */
import fc from "fast-check";
import type { Grid } from "../grid/types";
import { readProposal } from "../proposal";
import { CIREBON, M1, MP, flatSheet, type SampleLine } from "../../../test/helpers/proposal-samples";
import { compareProposals } from "./compare";

const RINCIAN: readonly (readonly [string, string])[] = [
  [M1, "Mesin dan Peralatan"],
  [M1, "Gudang"],
  [M1, "Rumah Produksi Bersama"],
  [MP, "Rapat Koordinasi"],
  [MP, "Perjalanan Dinas"],
];
const PAGU = 5_000_000_000;

function flat(lines: readonly SampleLine[]): Grid {
  return flatSheet({ sheetName: "RK", site: CIREBON, lines, title: "RK", totalLabel: "JUMLAH", pagu: PAGU }).build();
}

const lineArb = (uraian: fc.Arbitrary<string>) =>
  fc.record({
    at: fc.nat(RINCIAN.length - 1),
    uraian,
    vol: fc.integer({ min: 1, max: 50 }),
    sat: fc.constantFrom("unit", "m2", "paket"),
    harga: fc.integer({ min: 1, max: 90_000_000 }),
    met: fc.constantFrom("Swakelola", "Kontraktual"),
  });

const toLine = (g: { at: number; uraian: string; vol: number; sat: string; harga: number; met: string }) =>
  ({ menu: RINCIAN[g.at][0], rincian: RINCIAN[g.at][1], ...g }) as SampleLine;

describe("compareProposals properties", () => {
  it("reports nothing for a permutation of the same lines (duplicates included)", () => {
    const lines = fc.array(lineArb(fc.constantFrom("Mesin A", "Mesin B", "Gudang")).map(toLine), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(lines, fc.nat(), (ls, seed) => {
        const shuffled = shuffle(ls, seed);
        const result = compareProposals(readProposal([flat(ls)]), readProposal([flat(shuffled)]));
        expect(result.changes).toEqual([]);
        expect(result.meta).toEqual([]);
        expect(result.unchanged).toBe(ls.length);
      }),
      { numRuns: 60 },
    );
  });

  it("reports exactly k changes for k edits, each on the edited line", () => {
    const scenario = fc.array(lineArb(fc.constant("")), { minLength: 3, maxLength: 25 }).chain((gs) =>
      fc.record({
        lines: fc.constant(gs.map((g, i) => toLine({ ...g, uraian: `Pekerjaan nomor ${i}`, harga: PRIMES[i] * 1000 }))),
        edits: fc.uniqueArray(fc.record({ line: fc.nat(gs.length - 1), kind: fc.constantFrom(...EDITS) }), {
          minLength: 1,
          maxLength: Math.min(5, gs.length),
          selector: (e) => e.line,
        }),
        seed: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ lines, edits, seed }) => {
        const { next, expected } = applyEdits(lines, edits);
        const result = compareProposals(readProposal([flat(lines)]), readProposal([flat(shuffle(next, seed))]));
        const got = result.changes.map((c) => `${c.change}:${c.uraian}:${c.fields.map((x) => x.field).join(",")}`);
        expect(got.sort()).toEqual(expected.sort());
      }),
      { numRuns: 80 },
    );
  });
});

const EDITS = ["volume", "reword", "rincian", "lokasi", "remove", "add"] as const;
type Edit = { readonly line: number; readonly kind: (typeof EDITS)[number] };

/** Applies the edits; gives the new lines and, per edit, "change:uraian:fields" expected. */
function applyEdits(lines: readonly SampleLine[], edits: readonly Edit[]): { next: SampleLine[]; expected: string[] } {
  const next: SampleLine[] = [];
  const expected: string[] = [];
  const byLine = new Map(edits.map((e) => [e.line, e.kind]));
  lines.forEach((l, i) => {
    const kind = byLine.get(i);
    switch (kind) {
      case undefined:
        next.push(l);
        break;
      case "volume":
        next.push({ ...l, vol: l.vol + 1 });
        expected.push(`changed:${l.uraian}:volume,jumlah`);
        break;
      case "reword":
        next.push({ ...l, uraian: `Pekerjaan baru ${i}` });
        expected.push(`changed:Pekerjaan baru ${i}:uraian`);
        break;
      case "rincian": {
        const other = RINCIAN.find(([m, r]) => m === l.menu && r !== l.rincian)!;
        next.push({ ...l, rincian: other[1] });
        expected.push(`changed:${l.uraian}:rincian`);
        break;
      }
      case "lokasi":
        next.push({ ...l, raw: { lokasi: `Lokasi lain ${i}` } });
        expected.push(`changed:${l.uraian}:lokasi`);
        break;
      case "remove":
        expected.push(`removed:${l.uraian}:`);
        break;
      case "add":
        next.push(l, { ...l, uraian: `Tambahan ${i}`, harga: PRIMES[PRIMES.length - 1 - i] * 1000 });
        expected.push(`added:Tambahan ${i}:`);
        break;
    }
  });
  return { next, expected };
}

/**
 * Distinct primes above 1,000 as unit costs (× 1,000): with volumes up to 51 no two lines can
 * have the same amount, so a reworded line can only pair with itself.
 */
const PRIMES: readonly number[] = (() => {
  const out: number[] = [];
  for (let n = 1009; out.length < 60; n += 2) {
    let prime = true;
    for (let d = 3; d * d <= n; d += 2) if (n % d === 0) prime = false;
    if (prime) out.push(n);
  }
  return out;
})();

/** A deterministic shuffle (Fisher–Yates with a small LCG) so failures shrink and replay. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
