/**
 * Which ruleset applies is decided once, in core, and every face uses that decision (DESIGN.md
 * §5, issue 11.4): the CLI pipeline, the task pane's engine, the ribbon command and the custom
 * functions get the same ruleset for the same proposal, and give the same findings under it.
 */
import { bundledRulesetById } from "../../src/core/rules/bundled";
import { resetActiveRuleset } from "../../src/core/rules/active";
import { multiplyRupiah } from "../../src/core/money/arithmetic";
import { batasPenunjang, cekPenunjang, tahapSalur } from "../../src/functions/budget.functions";
import { rulesetArg } from "../../src/functions/ruleset-arg";
import { cliFace, dinasRuleset, loaded, paneFace, ribbonFace, spots, workspace, type Workspace } from "./faces";

/** A dinas ruleset that changes something every face shows: the penunjang cap, 2% instead of 5%. */
const DINAS = dinasRuleset({ thresholds: { penunjangMaxShare: 0.02 } });

const CASES = [
  { proposal: "a TA 2022 RK", ta: 2022, rules: undefined, expected: "ta2022", fallback: false },
  { proposal: "a TA 2024 RK", ta: 2024, rules: undefined, expected: "ta2024", fallback: false },
  { proposal: "a TA 2027 RK", ta: 2027, rules: undefined, expected: "ta2024", fallback: false },
  { proposal: "a TA 2029 RK (no file covers it)", ta: 2029, rules: undefined, expected: "ta2024", fallback: true },
  { proposal: "a TA 2020 RK, a dinas ruleset loaded", ta: 2020, rules: DINAS, expected: "dinas-2022", fallback: false },
] as const;

let ws: Workspace;
beforeAll(() => (ws = workspace()));
afterAll(() => ws.remove());
afterEach(resetActiveRuleset);
// Real engine, real files and a fake Excel on a machine shared by many: a generous time budget (no timing is asserted).
jest.setTimeout(30_000);

describe.each(CASES)("$proposal", ({ ta, rules, expected, fallback }) => {
  const ruleset = rules ? loaded(rules) : bundledRulesetById(expected)!;

  it(`gets ${expected} in every face, with the same findings`, async () => {
    const { path, grids } = await ws.proposal(ta);

    const cli = await cliFace(ws, path, rules);
    expect(cli.ruleset).toBe(expected);

    const pane = paneFace(grids, rules).outcome;
    expect(pane.ruleset.name).toBe(ruleset.title);
    expect(pane.choice.fallback).toBe(fallback);
    expect(spots(pane.findings)).toEqual(spots(cli.findings));
    expect(spots(cli.findings).some((s) => s.startsWith("RULESET_FALLBACK@"))).toBe(fallback);

    const ribbon = await ribbonFace(grids);
    expect(ribbon).toMatchObject({ ok: true, ruleset: ruleset.title, findings: cli.findings.length });

    // The custom functions have no proposal: they take the shared runtime's active ruleset, which
    // the pane's and the ribbon's runs decided.
    expect(rulesetArg("").id).toBe(expected);
    expect(batasPenunjang(1_000_000_000)).toBe(multiplyRupiah(ruleset.thresholds.penunjangMaxShare, 1_000_000_000));
    expect(tahapSalur(900_000_000, 0, 0)).toBe(
      ruleset.disbursement.lumpSumAmount === "pagu"
        ? "Sekaligus Rp900.000.000"
        : "Sekaligus sebesar nilai kontrak: isi argumen nilai_kontrak",
    );
  });
});

describe("a loaded ruleset's change reaches every face", () => {
  it("the dinas cap of 2% makes the same penunjang over the cap in the CLI, the pane, the ribbon and DAK.CEK_PENUNJANG", async () => {
    const { path, grids } = await ws.proposal(2022);
    const [bundled, dinas] = [await cliFace(ws, path), await cliFace(ws, path, DINAS)];
    const capFindings = (f: { findings: readonly { code: string }[] }) =>
      f.findings.filter((x) => x.code === "PENUNJANG_OVER_CAP").length;
    expect([capFindings(bundled), capFindings(dinas)]).toEqual([0, 1]);

    const before = paneFace(grids).outcome;
    const { budget } = before;
    expect(cekPenunjang([[budget!.penunjang]], budget!.pagu)).toMatch(/^SESUAI/);
    const after = paneFace(grids, DINAS).outcome;
    expect(capFindings(after)).toBe(1);
    expect(after.budget?.penunjangVerdict).toMatchObject({ state: "over" });
    expect(cekPenunjang([[budget!.penunjang]], budget!.pagu)).toMatch(/^MELEBIHI BATAS 2% /);

    expect(await ribbonFace(grids)).toMatchObject({ findings: dinas.findings.length });
    expect(dinas.findings.length).toBe(bundled.findings.length + 1);
  });
});
