import { summarize } from "../../src/core/budget/summarize";
import type { ProposalLine } from "../../src/core/proposal/types";
import { getRuleset } from "../../src/core/rules/bundled";
import { indexRuleset } from "../../src/core/rules/index-ruleset";
import { resolveProposal } from "../../src/core/rules/resolve";
import { validate } from "../../src/core/rules/validate";
import { buildProposal, okLine } from "./builder";

const rs = getRuleset(2020)!;

describe("validate and summarize share one resolution of the lines", () => {
  it("summarize after validate gives the same recap as on its own", () => {
    const spec = { lines: [okLine(1), okLine(2, { rincian: "Gudang", satuan: "m2" }), okLine(3, { menu: "Menu X" })] };
    const alone = summarize(buildProposal(spec), rs);
    const p = buildProposal(spec);
    validate(p, rs);
    expect(summarize(p, rs)).toEqual(alone);
    expect(alone.menus.map((m) => [m.name, m.known])).toEqual([
      ["Pembangunan dan Revitalisasi Sentra IKM", true],
      ["Menu X", false],
    ]);
  });

  it("validate and summarize add the lines up once, into the same totals", () => {
    const p = buildProposal({ lines: [okLine(1), okLine(2, { menu: "Menu X" })] });
    validate(p, rs);
    const totals = resolveProposal(p, indexRuleset(rs)).totals;
    summarize(p, rs);
    expect(resolveProposal(p, indexRuleset(rs)).totals).toBe(totals);
    expect(totals.menus.map((m) => [m.name, m.lines, m.amount])).toEqual([
      ["Pembangunan dan Revitalisasi Sentra IKM", 1, 20_000_000],
      ["Menu X", 1, 20_000_000],
    ]);
  });

  it("does not reuse a resolution once a line of the proposal was replaced", () => {
    const p = buildProposal({ lines: [okLine(1), okLine(2)] });
    const before = summarize(p, rs);
    const other = buildProposal({ lines: [okLine(1, { menu: "Menu X" })] }).parts[0].lines[0];
    (p.parts[0].lines as ProposalLine[])[0] = other;
    const after = summarize(p, rs);
    expect(after.menus.map((m) => m.name)).toContain("Menu X");
    expect(after.menus).not.toEqual(before.menus);
    expect(validate(p, rs).map((f) => f.code)).toContain("MENU_UNKNOWN");
  });

  it("does not reuse a resolution made with another ruleset", () => {
    const p = buildProposal({ lines: [okLine(1)] });
    expect(summarize(p, rs).menus[0].known).toBe(true);
    const renamed = { ...rs, menus: rs.menus.map((m) => ({ ...m, name: `${m.name} Baru`, aliases: [] })) };
    expect(summarize(p, renamed).menus[0].known).toBe(false);
  });
});
