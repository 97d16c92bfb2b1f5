/**
 * The facts of a proposal the batch outputs show beside its findings: where it comes from (kab/
 * kota, provinsi, TA, from the meta block) and its money (pagu, total, sisa, penunjang share).
 */
import type { Proposal, TextCell, NumberCell } from "../core/proposal/types";
import { summarize } from "../core/budget/summarize";
import type { Ruleset } from "../core/rules/ruleset";
import type { FileFacts } from "./report";

export function factsOf(proposal: Proposal, ruleset: Ruleset): FileFacts {
  const budget = summarize(proposal, ruleset);
  const meta = proposal.parts.map((p) => p.meta);
  const text = (pick: (m: (typeof meta)[number]) => TextCell | undefined): string | undefined => {
    for (const m of meta) {
      const c = pick(m);
      if (c?.kind === "text") return c.value;
    }
    return undefined;
  };
  const num = (pick: (m: (typeof meta)[number]) => NumberCell | undefined): number | undefined => {
    for (const m of meta) {
      const c = pick(m);
      if (c?.kind === "number") return c.value;
    }
    return undefined;
  };
  return {
    kabKota: text((m) => m.kabKota),
    provinsi: text((m) => m.provinsi),
    ta: num((m) => m.ta),
    ruleset: ruleset.id,
    pagu: budget.pagu ?? null,
    total: budget.total,
    sisa: budget.sisa ?? null,
    penunjangShare: budget.penunjang.shareOfPagu ?? null,
    ...(budget.verdicts.penunjang
      ? { penunjangVerdict: { state: budget.verdicts.penunjang.state, maxShare: budget.verdicts.penunjang.maxShare } }
      : {}),
    paguCell: metaCell(proposal, "pagu"),
    kabKotaCell: metaCell(proposal, "kabKota"),
    sheets: (proposal.sheets ?? []).map((s) => ({ sheet: s.sheet, kind: s.kind })),
  };
}

/** The first part's cell of a meta field that the proposal states (the value's cell, not the label's). */
function metaCell(proposal: Proposal, key: "pagu" | "kabKota"): { sheet: string; cell: string } | undefined {
  for (const part of proposal.parts) {
    const c = part.meta[key];
    if (c && c.kind !== "empty") return { sheet: part.sheet, cell: c.cell };
  }
  for (const part of proposal.parts) {
    const c = part.meta[key];
    if (c) return { sheet: part.sheet, cell: c.cell };
  }
  return undefined;
}
