/** The core's BudgetSummary as the Pagu tab shows it (plain numbers, fractions, stage numbers). */
import type { BudgetSummary } from "../../core/budget/summarize";
import { packageTotals } from "../../core/package/amounts";
import type { Proposal } from "../../core/proposal/types";
import { indexRuleset } from "../../core/rules/index-ruleset";
import type { Ruleset } from "../../core/rules/ruleset";
import type { BudgetView } from "../engine";

/** The RAB and KAK totals shown beside the RK's (absent when the workbook has none filled). */
export function documentTotals(proposal: Proposal, ruleset: Ruleset): Pick<BudgetView, "rabTotal" | "kakTotal"> {
  const totals = packageTotals(proposal, indexRuleset(ruleset));
  return {
    ...(totals.rab !== undefined ? { rabTotal: totals.rab } : {}),
    ...(totals.kak !== undefined ? { kakTotal: totals.kak } : {}),
  };
}

export function budgetView(summary: BudgetSummary): BudgetView {
  const plan = summary.disbursement;
  return {
    pagu: summary.pagu ?? null,
    total: summary.total,
    sisa: summary.sisa ?? null,
    penunjang: summary.penunjang.total,
    penunjangShare: summary.penunjang.shareOfPagu ?? null,
    penunjangMaxShare: summary.penunjang.maxShare,
    perMenu: summary.menus.map((m) => ({ label: m.name, amount: m.total, share: m.shareOfTotal ?? 0 })),
    perKind: summary.kinds.map((k) => ({ kind: k.kind, label: k.kind, amount: k.total, share: k.shareOfTotal ?? 0 })),
    disbursement: plan
      ? { mode: plan.scheme, stages: plan.stages.map((s, i) => ({ stage: i + 1, share: s.share, amount: s.amount })) }
      : { mode: "none", stages: [] },
  };
}
