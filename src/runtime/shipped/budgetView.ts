/** The core's BudgetSummary as the Pagu tab shows it (plain numbers, fractions, stage numbers). */
import type { DisbursementPlan } from "../../core/budget/disbursement";
import type { BudgetSummary } from "../../core/budget/summarize";
import type { PaguVerdict, PenunjangVerdict } from "../../core/budget/verdicts";
import { packageTotals } from "../../core/package/amounts";
import type { Proposal } from "../../core/proposal/types";
import { indexRuleset } from "../../core/rules/index-ruleset";
import type { Ruleset } from "../../core/rules/ruleset";
import type { BudgetView, VerdictView } from "../engine";

/** The RAB and KAK totals shown beside the RK's (absent when the workbook has none filled). */
export function documentTotals(proposal: Proposal, ruleset: Ruleset): Pick<BudgetView, "rabTotal" | "kakTotal"> {
  const totals = packageTotals(proposal, indexRuleset(ruleset));
  return {
    ...(totals.rab !== undefined ? { rabTotal: totals.rab } : {}),
    ...(totals.kak !== undefined ? { kakTotal: totals.kak } : {}),
  };
}

function verdictView(verdict: PaguVerdict | PenunjangVerdict | undefined): VerdictView | null {
  if (!verdict) return null;
  const { state, rule } = verdict;
  return { state, severity: rule.severity, ...(rule.basis !== undefined ? { basis: rule.basis } : {}) };
}

function disbursementView(plan: DisbursementPlan | undefined): BudgetView["disbursement"] {
  if (!plan) return { mode: "none", stages: [] };
  return {
    mode: plan.scheme,
    ...(plan.lumpSumOf ? { lumpSumOf: plan.lumpSumOf } : {}),
    stages: plan.stages.map((s, i) => ({
      stage: i + 1,
      share: s.share,
      amount: s.amount,
      ...(s.minSerapan !== undefined ? { minSerapan: s.minSerapan } : {}),
      ...(s.minOutput !== undefined ? { minOutput: s.minOutput } : {}),
    })),
    basis: plan.basis,
  };
}

/** Core's summary as plain data; every verdict is core's, shown as it is. */
export function budgetView(summary: BudgetSummary): BudgetView {
  return {
    pagu: summary.pagu ?? null,
    total: summary.total,
    sisa: summary.sisa ?? null,
    penunjang: summary.penunjang.total,
    penunjangShare: summary.penunjang.shareOfPagu ?? null,
    penunjangMaxShare: summary.penunjang.maxShare,
    perMenu: summary.menus.map((m) => ({ label: m.name, amount: m.total, share: m.shareOfTotal ?? 0 })),
    perKind: summary.kinds.map((k) => ({ kind: k.kind, label: k.kind, amount: k.total, share: k.shareOfTotal ?? 0 })),
    paguVerdict: verdictView(summary.verdicts.pagu),
    penunjangVerdict: verdictView(summary.verdicts.penunjang),
    disbursement: disbursementView(summary.disbursement),
  };
}
