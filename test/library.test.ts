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
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(lib.FINDING_CODES).toContain(f.code);
      expect(lib.formatFinding(f, "id")).not.toMatch(/\{\w+\}/);
    }
    const summary = lib.summarize(proposal, ruleset);
    expect(summary.total).toBe(60_000_000);
    expect(summary.pagu).toBe(100_000_000);
    expect(lib.terbilang(summary.total)).toMatchObject({ ok: true, words: "enam puluh juta" });
  });
});
