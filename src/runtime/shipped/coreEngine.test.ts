import { rkDatar, rkDenganMasalah } from "../../../test/helpers/proposal-samples";
import ta2020Json from "../../data/rulesets/ta2020.json";
import { FILLS, spec } from "../../../test/helpers/package-fills";
import { specGrid } from "../../../test/helpers/template-grid";
import { resetActiveRuleset } from "../../core/rules/active";
import { createCoreEngine } from "./coreEngine";

afterEach(resetActiveRuleset);

describe("the shipped engine (core behind the pane's Engine interface)", () => {
  const engine = createCoreEngine();
  const ta2020 = engine.bundledRulesets().find((r) => r.key === "ta2020")!;

  it("offers the bundled TA 2020 ruleset with each rule's status and basis", () => {
    expect(ta2020).toMatchObject({ key: "ta2020", ta: 2020, source: { kind: "bundled" } });
    expect(ta2020.rules.some((r) => r.status === "verified" && /Perpres/.test(r.basis ?? ""))).toBe(true);
    expect(new Set(ta2020.rules.map((r) => r.status))).toEqual(new Set(["verified", "reported", "assumed"]));
  });

  it("names every rule in plain words (title and description in both languages) with its finding code", () => {
    for (const rule of ta2020.rules) {
      expect(rule.code).toMatch(/^[A-Z_]+$/);
      expect(rule.title?.id && rule.title.en && rule.description?.id && rule.description.en).toBeTruthy();
    }
    expect(ta2020.rules.find((r) => r.id === "pagu.exceeded")?.title?.id).toBe("Total dalam pagu");
  });

  it("finds the five planted problems of the sample, under the ruleset of its TA 2020, and sums up its budget", () => {
    const outcome = engine.check([rkDenganMasalah()]);
    expect(outcome.ruleset.key).toBe("ta2020");
    expect(outcome.choice).toEqual({ reason: "proposal", ta: 2020, fallback: false });
    expect(outcome.findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(
      [
        "AMOUNT_MISMATCH@H17",
        "SATUAN_INVALID@F21",
        "NUMBER_AS_TEXT@G24",
        "PENUNJANG_METHOD@C27",
        "HONOR_NOT_ALLOWED@D28",
      ].sort(),
    );
    expect(outcome.budget).toMatchObject({
      pagu: 3_957_150_000,
      total: 3_957_150_000,
      sisa: 0,
      penunjangMaxShare: 0.05,
    });
    expect(outcome.budget!.penunjangShare).toBeCloseTo(0.0335, 3);
    expect(outcome.budget!.disbursement.mode).toBe("stages");
    expect(outcome.budget!.perKind.map((k) => k.kind)).toEqual([
      "construction",
      "machinery",
      "infrastructure",
      "penunjang",
    ]);
  });

  it("gives no finding for the clean sample, and messages in both languages", () => {
    expect(engine.check([rkDatar()]).findings).toEqual([]);
    const [f] = engine.check([rkDenganMasalah()]).findings.filter((x) => x.code === "AMOUNT_MISMATCH");
    expect(engine.formatFinding(f, "id")).not.toEqual(engine.formatFinding(f, "en"));
    // the pane shows the cell and the basis beside the message, so the message leaves them out
    expect(engine.formatFinding(f, "id")).toMatch(/^Jumlah Rp114\.750\.000 tidak sama dengan volume × harga satuan/);
    expect(engine.formatFinding(f, "id")).not.toMatch(/H17|Dasar:/);
  });

  it("reports every problem of a broken ruleset with its path, and accepts a good one under its source", () => {
    const bad = engine.loadRuleset({ ta: "2020" }, { kind: "file", name: "x.json" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.every((p) => p.path.startsWith("/") || p.path === "")).toBe(true);
    const good = engine.loadRuleset(ta2020Json, { kind: "file", name: "x.json" });
    expect(good.ok && good.ruleset.key).toBe("file:x.json");
    // the loaded ruleset is the bundled one's JSON: it validates and sums up exactly like the bundled one
    if (!good.ok) throw new Error("the bundled JSON must load");
    const { ruleset: _bundled, choice: _auto, ...underTa2020 } = engine.check([rkDenganMasalah()]);
    engine.selectRuleset(good.ruleset);
    const { ruleset, choice, ...underLoaded } = engine.check([rkDenganMasalah()]);
    expect([ruleset, choice.reason]).toEqual([good.ruleset, "loaded"]);
    expect(underLoaded).toEqual(underTa2020);
    const tpl = engine.templates("en");
    expect(tpl.map((t) => t.id)).toEqual(["rk", "rab", "kak", "sentra", "realisasi", "alokasi"]);
    expect(tpl.every((t) => t.description.length > 0)).toBe(true);
  });

  it("with the sample's RAB and KAK beside the RK: the sheets' kinds and the RAB and KAK totals", () => {
    const rab = specGrid(spec("rab"), FILLS.rab(false));
    const kak = specGrid(spec("kak"), FILLS.kak(false));
    const outcome = engine.check([rkDatar(), rab, kak]);
    expect(outcome.findings).toEqual([]);
    expect(outcome.sheets).toEqual([
      { sheet: "Rencana Kegiatan", kind: "rk" },
      { sheet: "RAB", kind: "rab" },
      { sheet: "KAK-TOR", kind: "kak" },
    ]);
    expect(outcome.budget?.kakTotal).toBe(outcome.budget?.total);
    expect(Math.abs(outcome.budget!.rabTotal! - outcome.budget!.total)).toBeLessThan(10);
  });
});
