/**
 * The library surface (src/index.ts, the package's main entry): the pieces other tools of the
 * ministry build on work together from that one import.
 */
import * as lib from "../src/index";

describe("library entry", () => {
  it("reads, validates, summarises and formats through the public names only", () => {
    const grid: lib.Grid = {
      sheet: "RK",
      origin: { row: 0, col: 0 },
      values: [
        ["Tahun Anggaran", 2020],
        ["Pagu (Rp)", "Rp100.000.000"],
        [],
        ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah", "Metode"],
        [
          1,
          "Pembangunan dan Revitalisasi Sentra IKM",
          "Mesin dan Peralatan",
          "Mesin press",
          2,
          "unit",
          30_000_000,
          60_000_000,
          "Kontraktual",
        ],
      ],
    };
    const proposal = lib.readProposal([grid]);
    const ruleset = lib.defaultRuleset();
    const findings = lib.validate(proposal, ruleset);
    // The line itself is right (2 × Rp30.000.000 = Rp60.000.000, unit, Kontraktual), so every finding
    // is about what the grid leaves out or writes as text:
    const present = new Set(["ta", "pagu"]);
    const missingMeta = ruleset.requiredMeta.filter((field) => !present.has(field));
    expect(missingMeta.length).toBeGreaterThan(0);
    expect(findings.map((f) => [f.code, f.cell, f.params.field ?? null]).sort()).toEqual(
      [
        // the pagu is written as text, in its value cell B2
        ["NUMBER_AS_TEXT", "B2", "pagu"],
        // every required meta field other than TA and pagu has no label at all, hence no cell
        ...missingMeta.map((field) => ["META_MISSING", "", field]),
        // Rp60 juta of a Rp100 juta pagu is 60%, below the ruleset's lower bound
        ["PAGU_UNDERUSED", "B2", null],
        // no sentra decree label at all
        ["SENTRA_SK_MISSING", "", null],
      ].sort(),
    );
    for (const f of findings) {
      expect(lib.FINDING_CODES).toContain(f.code);
      expect(lib.formatFinding(f, "id")).not.toMatch(/\{\w+\}/);
    }
    const summary = lib.summarize(proposal, ruleset);
    expect(summary.total).toBe(60_000_000);
    expect(summary.pagu).toBe(100_000_000);
    expect(summary.total / summary.pagu!).toBeLessThan(ruleset.thresholds.paguUnderusedBelow);
    expect(lib.terbilang(summary.total)).toMatchObject({ ok: true, words: "enam puluh juta" });
  });

  it("compares two versions of an RK through the public names only", () => {
    const rows = (volume: number): lib.Grid => ({
      sheet: "RK",
      origin: { row: 0, col: 0 },
      values: [
        ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah", "Metode"],
        [
          1,
          "Pembangunan dan Revitalisasi Sentra IKM",
          "Mesin dan Peralatan",
          "Mesin press",
          volume,
          "unit",
          30_000_000,
          null,
          "Kontraktual",
        ],
      ],
    });
    const result = lib.compareProposals(lib.readProposal([rows(2)]), lib.readProposal([rows(3)]));
    expect(lib.hasDifferences(result)).toBe(true);
    expect(result.changes.map((c) => [c.change, c.uraian, c.fields.map((f) => f.field)])).toEqual([
      ["changed", "Mesin press", ["volume", "jumlah"]],
    ]);
    expect(result.totals).toMatchObject({ old: 60_000_000, new: 90_000_000 });
  });

  it("chooses the proposal's year and says how two years' rules differ through the public names only", () => {
    const grid: lib.Grid = {
      sheet: "RK",
      origin: { row: 0, col: 0 },
      values: [["Tahun Anggaran", 2022], [], ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan"]],
    };
    const { choice } = lib.checkProposal(lib.readProposal([grid]));
    expect([choice.ruleset.id, choice.reason, choice.fallback]).toEqual(["ta2022", "proposal", false]);
    const ta2024 = lib.chooseRuleset(undefined, { ta: 2027 });
    expect([ta2024.ruleset.id, ta2024.fallback]).toEqual(["ta2024", false]);
    const { changes } = lib.diffRulesets(choice.ruleset, ta2024.ruleset);
    expect(changes.length).toBeGreaterThan(0);
    expect(lib.diffRulesets(choice.ruleset, choice.ruleset).changes).toEqual([]);
    const sections = lib.describeRulesetChanges(changes, "en");
    expect(sections.flatMap((s) => s.items).length).toBeGreaterThan(0);
  });
});
