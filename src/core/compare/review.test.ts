/**
 * reviewRevision: the revision findings (severity and basis from the ruleset, switched off with
 * the rule) and the new version's own findings, under one ruleset.
 */
import type { Grid } from "../grid/types";
import { formatFinding } from "../i18n";
import { readProposal } from "../proposal";
import { getRuleset } from "../rules/bundled";
import type { Ruleset } from "../rules/ruleset";
import { CIREBON, CIREBON_LINES, flatSheet, totalOf, type SampleLine } from "../../../test/helpers/proposal-samples";
import { buildProposal, okLine } from "../../../test/rules/builder";
import { chooseRuleset } from "../rules/choose";
import { rulesetForVersions } from "./compare";
import { reviewRevision } from "./review";

const PAGU = totalOf(CIREBON_LINES);
const flat = (lines: readonly SampleLine[]): Grid =>
  flatSheet({ sheetName: "RK", site: CIREBON, lines, title: "RK", totalLabel: "JUMLAH", pagu: PAGU }).build();
const withVolume = (volume: number, jumlah?: number) =>
  CIREBON_LINES.map((l, i) => (i === 1 ? { ...l, vol: volume, jumlah } : l));

describe("reviewRevision", () => {
  const old = readProposal([flat(CIREBON_LINES)]);

  it("says in words what changed and why it needs approval, with the year's basis", () => {
    const { findings, ruleset } = reviewRevision(old, readProposal([flat(withVolume(5))]));
    expect(ruleset.ta).toBe(2020);
    const revision = findings.filter((f) => f.code === "REVISION_APPROVED_CHANGED");
    expect(revision).toHaveLength(1);
    expect(formatFinding(revision[0], "id")).toBe(
      'Lembar "RK" sel E15: Baris diubah "Mesin steam dan bending rotan" (Mesin dan Peralatan): Volume 4 → 5; ' +
        "perubahan rincian, lokasi atau target keluaran dari RK yang disetujui memerlukan persetujuan ulang. " +
        "Dasar: Perpres 7/2022 Pasal 8 ayat (1) (juknis TA 2022; teks TA 2020 yang setara tidak ditemukan).",
    );
    expect(revision[0].params).toMatchObject({ oldSheet: "RK", oldCell: "E15", old: 4, new: 5 });
  });

  it("validates the new version as usual, after the revision findings", () => {
    // Jumlah written wrong in the new version: AMOUNT_MISMATCH on its cell, besides the volume change.
    const { findings } = reviewRevision(old, readProposal([flat(withVolume(5, 1))]));
    expect(findings.map((f) => [f.code, f.cell])).toEqual(
      expect.arrayContaining([
        ["REVISION_APPROVED_CHANGED", "E15"],
        ["AMOUNT_MISMATCH", "H15"],
      ]),
    );
    expect(findings[0].code).toBe("REVISION_APPROVED_CHANGED");
  });

  it("takes severity from the ruleset and stays silent when the rule is switched off", () => {
    const base = getRuleset(2020)!;
    const rule = (patch: object): Ruleset => ({
      ...base,
      rules: { ...base.rules, "revision.approved": { ...base.rules["revision.approved"], ...patch } },
    });
    const now = readProposal([flat(withVolume(5))]);
    const codes = (rs: Ruleset) =>
      reviewRevision(old, now, rs)
        .findings.filter((f) => f.code === "REVISION_APPROVED_CHANGED")
        .map((f) => f.severity);
    expect(codes(rule({ severity: "info" }))).toEqual(["info"]);
    expect(codes(rule({ enabled: false }))).toEqual([]);
  });
});

describe("rulesetForVersions: core's one choice of ruleset", () => {
  const withTa = (ta: number | null) => buildProposal({ lines: [okLine(1)], meta: { ta } });
  it.each([
    [2020, 2022, "ta2022"],
    [2022, null, "ta2022"],
    [null, null, "ta2024"],
    // A TA no file covers: the nearest earlier ruleset, as chooseRuleset gives it (not the old version's year).
    [2020, 2029, "ta2024"],
  ])("old TA %s, new TA %s: %s", (oldTa, newTa, id) => {
    expect(rulesetForVersions(withTa(oldTa), withTa(newTa)).id).toBe(id);
    expect(rulesetForVersions(withTa(oldTa), withTa(newTa))).toBe(chooseRuleset(withTa(newTa ?? oldTa)).ruleset);
  });
});
