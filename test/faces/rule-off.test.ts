/**
 * `enabled: false` silences a rule in every face (issue 11.5): the CLI pipeline, the task pane's
 * engine (its findings and the Pagu tab's verdicts), the ribbon command, the custom functions
 * that decide the same thing, and the --report page's penunjang distribution. Each case is a rule, a proposal that breaks it, and the function
 * that would say so; each runs with the rule on (the break is seen everywhere) and off (nowhere).
 */
import { resetActiveRuleset } from "../../src/core/rules/active";
import type { CheckOutcome } from "../../src/runtime/engine";
import { cekPagu, cekPenunjang } from "../../src/functions/budget.functions";
import { cekBaris } from "../../src/functions/lines.functions";
import type { ProposalSpec } from "../cli/proposal-factory";
import { cliFace, dinasRuleset, paneFace, reportOverCap, ribbonFace, workspace, type Workspace } from "./faces";

interface Case {
  readonly rule: string;
  readonly code: string;
  readonly proposal: Partial<ProposalSpec>;
  /** The Pagu tab's verdict that shows the rule, if any. */
  readonly verdict?: "paguVerdict" | "penunjangVerdict";
  /** The custom function deciding the same, given the pane's figures. */
  readonly fn: (outcome: CheckOutcome) => string;
  /** What the function says with the rule on. */
  readonly on: RegExp;
}

const budget = (o: CheckOutcome) => o.budget!;

const CASES: readonly Case[] = [
  {
    rule: "penunjang.cap",
    code: "PENUNJANG_OVER_CAP",
    proposal: {},
    verdict: "penunjangVerdict",
    fn: (o) => cekPenunjang([[budget(o).penunjang]], budget(o).pagu),
    on: /^MELEBIHI BATAS 2% /,
  },
  {
    rule: "pagu.exceeded",
    code: "PAGU_EXCEEDED",
    proposal: { paguSlack: -1_000_000 },
    verdict: "paguVerdict",
    fn: (o) => cekPagu(budget(o).pagu, [[budget(o).total]]),
    on: /^MELEBIHI PAGU Rp1\.000\.000$/,
  },
  {
    rule: "line.amount",
    code: "AMOUNT_MISMATCH",
    proposal: { problems: ["amount"] },
    // The first line of the proposal factory, with its jumlah Rp5.000.000 too high.
    fn: () =>
      cekBaris(
        "Pembangunan dan Revitalisasi Sentra IKM",
        "Mesin dan Peralatan",
        "Mesin",
        2,
        "unit",
        36_250_000,
        77_500_000,
        "Kontraktual",
      ),
    on: /^Jumlah Rp77\.500\.000 tidak sama/,
  },
];

/** The dinas ruleset (cap 2%, so the factory's 2.5% penunjang is over it) with the rule on or off. */
const rules = (rule: string, enabled: boolean) =>
  dinasRuleset({ thresholds: { penunjangMaxShare: 0.02 }, rules: { [rule]: { enabled } } });

let ws: Workspace;
beforeAll(() => (ws = workspace()));
afterAll(() => ws.remove());
afterEach(resetActiveRuleset);
// Real engine, real files and a fake Excel on a machine shared by many: a generous time budget (no timing is asserted).
jest.setTimeout(30_000);

describe.each(CASES)("$rule ($code)", (c) => {
  const count = (findings: readonly { code: string }[]) => findings.filter((f) => f.code === c.code).length;

  it("is reported by every face when on, and by none when switched off with enabled: false", async () => {
    const { path, grids } = await ws.proposal(2022, c.proposal);
    const seen = { on: [] as number[], off: [] as number[] };
    const ribbonFindings: Record<"on" | "off", number> = { on: 0, off: 0 };
    for (const state of ["on", "off"] as const) {
      const json = rules(c.rule, state === "on");
      const cli = await cliFace(ws, path, json);
      const { outcome } = paneFace(grids, json);
      const ribbon = await ribbonFace(grids);
      if (!ribbon.ok) throw ribbon.error;
      ribbonFindings[state] = ribbon.findings;
      seen[state].push(count(cli.findings), count(outcome.findings));
      if (c.verdict)
        expect([state, budget(outcome)[c.verdict]?.state]).toEqual([state, state === "on" ? "over" : "off"]);
      // The --report page counts the file over the cap by core's verdict, not by a share of its own.
      if (c.verdict === "penunjangVerdict")
        expect([state, await reportOverCap(ws, path, json)]).toEqual([state, state === "on" ? 1 : 0]);
      // The functions run in the same runtime, where the pane just made this ruleset active.
      const said = c.fn(outcome);
      if (state === "on") expect(said).toMatch(c.on);
      else expect(said).toMatch(c.verdict ? /^TIDAK DIPERIKSA/ : /^OK$/);
    }
    expect(seen).toEqual({ on: [1, 1], off: [0, 0] });
    expect(ribbonFindings.on - ribbonFindings.off).toBe(1);
  });
});
