/**
 * compareProposals as data: each case is two versions of an RK and the exact change list (and
 * meta changes) expected. Versions are built in the layouts of the shared samples (flat rows
 * 14…, columns A No … P Keterangan; KRISNA with heading rows), so every cell is known.
 */
import type { Grid } from "../grid/types";
import { readProposal } from "../proposal";
import {
  CIREBON,
  CIREBON_LINES,
  SUKOHARJO,
  SUKOHARJO_LINES,
  flatSheet,
  krisnaSheet,
  totalOf,
  type SampleLine,
} from "../../../test/helpers/proposal-samples";
import { formatFinding } from "../i18n";
import { getRuleset } from "../rules/bundled";
import { compareProposals } from "./compare";
import { revisionFindings } from "./revision";
import type { Comparison, FieldChange, MetaChange } from "./types";

const BASE = CIREBON_LINES;
const RK = "Rencana Kegiatan";
const PAGU = totalOf(BASE);

function flat(lines: readonly SampleLine[], pagu = PAGU, sheetName = "Rencana Kegiatan"): Grid {
  return flatSheet({ sheetName, site: CIREBON, lines, title: "RENCANA KEGIATAN", totalLabel: "JUMLAH", pagu }).build();
}

function edit(i: number, patch: Partial<SampleLine>): SampleLine[] {
  return BASE.map((l, j) => (j === i ? { ...l, ...patch } : l));
}

const NEW_LINE: SampleLine = {
  menu: BASE[0].menu,
  rincian: "Mesin dan Peralatan",
  uraian: "Mesin anyam rotan semi otomatis",
  vol: 2,
  sat: "unit",
  harga: 27500000,
  met: "Kontraktual",
};

/** What a test states of a change: its kind, uraian, field changes and the line's cells. */
interface Expected {
  readonly change: "added" | "removed" | "changed";
  readonly uraian: string;
  readonly fields: readonly FieldChange[];
  readonly old: string | null;
  readonly new: string | null;
}

interface Case {
  readonly name: string;
  readonly old: () => Grid;
  readonly new: () => Grid;
  readonly changes: readonly Expected[];
  readonly meta: readonly MetaChange[];
  /** REVISION_APPROVED_CHANGED findings: [sheet, cell, change, field]. */
  readonly revision?: readonly (readonly [string, string, string, string | null])[];
}

const f = (
  field: FieldChange["field"],
  old: FieldChange["old"],
  now: FieldChange["new"],
  cell: string,
): FieldChange => ({
  field,
  old,
  new: now,
  oldCell: cell,
  newCell: cell,
});

const CASES: readonly Case[] = [
  { name: "identical versions", old: () => flat(BASE), new: () => flat(BASE), changes: [], meta: [] },
  {
    name: "a row inserted in the middle",
    old: () => flat(BASE),
    new: () => flat([...BASE.slice(0, 8), NEW_LINE, ...BASE.slice(8)]),
    changes: [{ change: "added", uraian: NEW_LINE.uraian, fields: [], old: null, new: "A22:P22" }],
    meta: [],
    revision: [[RK, "A22:P22", "added", null]],
  },
  {
    name: "a line removed",
    old: () => flat(BASE),
    new: () => flat(BASE.filter((_, i) => i !== 3)),
    changes: [{ change: "removed", uraian: BASE[3].uraian, fields: [], old: "A17:P17", new: null }],
    meta: [],
    revision: [[RK, "A17:P17", "removed", null]],
  },
  { name: "rows re-sorted", old: () => flat(BASE), new: () => flat([...BASE].reverse()), changes: [], meta: [] },
  {
    name: "one volume changed",
    old: () => flat(BASE),
    new: () => flat(edit(1, { vol: 5 })),
    changes: [
      {
        change: "changed",
        uraian: BASE[1].uraian,
        fields: [f("volume", 4, 5, "E15"), f("jumlah", 145_000_000, 181_250_000, "H15")],
        old: "A15:P15",
        new: "A15:P15",
      },
    ],
    meta: [],
    revision: [[RK, "E15", "changed", "volume"]],
  },
  {
    name: "a line reworded",
    old: () => flat(BASE),
    new: () => flat(edit(6, { uraian: "Gudang penyimpanan bahan baku rotan" })),
    changes: [
      {
        change: "changed",
        uraian: "Gudang penyimpanan bahan baku rotan",
        fields: [f("uraian", BASE[6].uraian, "Gudang penyimpanan bahan baku rotan", "D20")],
        old: "A20:P20",
        new: "A20:P20",
      },
    ],
    meta: [],
  },
  {
    name: "a line moved to another rincian (and to the end of the table)",
    old: () => flat(BASE),
    new: () => flat([...BASE.filter((_, i) => i !== 8), { ...BASE[8], rincian: "Drainase" }]),
    changes: [
      {
        change: "changed",
        uraian: BASE[8].uraian,
        fields: [
          { field: "rincian", old: "Jalan dan Paving Lingkungan", new: "Drainase", oldCell: "C22", newCell: "C30" },
        ],
        old: "A22:P22",
        new: "A30:P30",
      },
    ],
    meta: [],
    revision: [[RK, "C30", "changed", "rincian"]],
  },
  {
    name: "a lokasi changed",
    old: () => flat(BASE),
    new: () => flat(edit(0, { raw: { lokasi: "Sentra IKM Rotan Tegalwangi Blok B" } })),
    changes: [
      {
        change: "changed",
        uraian: BASE[0].uraian,
        fields: [f("lokasi", CIREBON.sentra, "Sentra IKM Rotan Tegalwangi Blok B", "J14")],
        old: "A14:P14",
        new: "A14:P14",
      },
    ],
    meta: [],
    revision: [[RK, "J14", "changed", "lokasi"]],
  },
  {
    name: "flat vs KRISNA-style versions of the same RK",
    old: () =>
      flatSheet({ sheetName: "RK", site: SUKOHARJO, lines: SUKOHARJO_LINES, title: "RK", totalLabel: "TOTAL" }).build(),
    new: () => krisnaSheet("RK KRISNA", SUKOHARJO, SUKOHARJO_LINES).grid,
    changes: [],
    meta: [],
  },
  {
    name: "reformatted: upper case, extra spaces, numbers as text, satuan and rincian aliases, renamed sheet",
    old: () => flat(BASE),
    new: () =>
      flat(
        BASE.map((l, i) =>
          i === 0
            ? { ...l, uraian: `  ${l.uraian.toUpperCase()} `, sat: "M2", raw: { harga: "Rp5.175.000,00" } }
            : i === 1
              ? { ...l, rincian: "Pengadaan Mesin dan Peralatan", met: "KONTRAKTUAL" }
              : l,
        ),
        PAGU,
        "RK Perubahan",
      ),
    changes: [],
    meta: [],
  },
  {
    name: "the pagu changed",
    old: () => flat(BASE),
    new: () => flat(BASE, PAGU + 250_000_000),
    changes: [],
    meta: [
      {
        field: "pagu",
        old: PAGU,
        new: PAGU + 250_000_000,
        oldSheet: "Rencana Kegiatan",
        oldCell: "C7",
        newSheet: "Rencana Kegiatan",
        newCell: "C7",
      },
    ],
  },
];

function project(c: Comparison): Expected[] {
  return c.changes.map((x) => ({
    change: x.change,
    uraian: String(x.uraian),
    fields: x.fields,
    old: x.old?.cell ?? null,
    new: x.new?.cell ?? null,
  }));
}

describe.each(CASES)("compareProposals: $name", (c) => {
  const result = compareProposals(readProposal([c.old()]), readProposal([c.new()]));

  it("gives exactly the expected change list", () => {
    expect(project(result)).toEqual(c.changes);
  });

  it("gives exactly the expected meta changes", () => {
    expect(result.meta).toEqual(c.meta);
  });

  it("reports exactly the changes that need renewed approval", () => {
    const findings = revisionFindings(result, getRuleset(2020)!);
    expect(findings.map((x) => [x.sheet, x.cell, x.params.change, x.params.field ?? null])).toEqual(c.revision ?? []);
    for (const x of findings) {
      expect(x).toMatchObject({ code: "REVISION_APPROVED_CHANGED", severity: "warning", ruleId: "revision.approved" });
      for (const locale of ["id", "en"] as const)
        expect(formatFinding(x, locale)).not.toMatch(/[{}[\]]|undefined|null/);
    }
  });

  it("counts every other line as unchanged", () => {
    const oldLines = readProposal([c.old()]).parts[0].lines.length;
    const paired = result.changes.filter((x) => x.change !== "added").length;
    expect(result.unchanged).toBe(oldLines - paired);
  });
});

describe("compareProposals: details", () => {
  it("gives both versions of a changed line and the totals per menu and per kind", () => {
    const result = compareProposals(readProposal([flat(BASE)]), readProposal([flat(edit(1, { vol: 5 }))]));
    expect(result.changes[0]).toMatchObject({
      menu: BASE[1].menu,
      rincian: "Mesin dan Peralatan",
      old: { sheet: "Rencana Kegiatan", cell: "A15:P15", index: 1, volume: 4, satuan: "unit", jumlah: 145_000_000 },
      new: { sheet: "Rencana Kegiatan", cell: "A15:P15", index: 1, volume: 5, hargaSatuan: 36_250_000 },
    });
    expect(result.totals.old).toBe(PAGU);
    expect(result.totals.new).toBe(PAGU + 36_250_000);
    expect(result.totals.byMenu).toEqual([
      {
        menu: "Pembangunan dan Revitalisasi Sentra IKM",
        old: PAGU - 148_230_000,
        new: PAGU - 148_230_000 + 36_250_000,
      },
      { menu: "Kegiatan Penunjang", old: 148_230_000, new: 148_230_000 },
    ]);
    expect(result.totals.byKind.find((k) => k.kind === "machinery")).toEqual({
      kind: "machinery",
      old: 630_800_000,
      new: 667_050_000,
    });
  });

  it("places a removed line after what its predecessor became", () => {
    const order = (lines: readonly SampleLine[]) =>
      compareProposals(readProposal([flat(BASE)]), readProposal([flat(lines)])).changes.map(
        (c) => `${c.change}:${c.uraian}`,
      );
    const without4 = BASE.filter((_, i) => i !== 4);
    expect(order([...without4, NEW_LINE])).toEqual([`removed:${BASE[4].uraian}`, `added:${NEW_LINE.uraian}`]);
    expect(order([NEW_LINE, ...without4])).toEqual([`added:${NEW_LINE.uraian}`, `removed:${BASE[4].uraian}`]);
    expect(order(BASE.slice(1))).toEqual([`removed:${BASE[0].uraian}`]);
  });
});
