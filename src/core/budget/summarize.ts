/**
 * summarize(proposal, ruleset): the budget recap for the task pane's Pagu tab and the CLI: pagu,
 * total, sisa, penunjang share, totals and shares per menu and per kind, the disbursement
 * plan, and the budget rules' verdicts. It uses the engine's own reading of each line and the very totals the budget checks use
 * (resolve.ts, worked out once per proposal), so its numbers always agree with the findings.
 */
import { multiplyRupiah, shareOf, subtractRupiah } from "../money/arithmetic";
import type { Proposal } from "../proposal/types";
import { findPagu } from "../rules/checks/budget";
import { indexRuleset } from "../rules/index-ruleset";
import { resolveProposal } from "../rules/resolve";
import type { RincianKind, Ruleset } from "../rules/ruleset";
import { planDisbursement, type DisbursementPlan } from "./disbursement";
import {
  MIN_PAGU_FOR_SHARES,
  paguVerdict,
  penunjangVerdict,
  type PaguVerdict,
  type PenunjangVerdict,
} from "./verdicts";

export interface ShareLine {
  readonly total: number;
  /** Of the proposal's total; undefined when the total is 0. */
  readonly shareOfTotal?: number;
  /** Of the pagu; undefined when there is no pagu. */
  readonly shareOfPagu?: number;
}

export interface MenuTotal extends ShareLine {
  /** The official name, or the name as written when the ruleset does not know it. */
  readonly name: string;
  readonly known: boolean;
  readonly lines: number;
}

export interface KindTotal extends ShareLine {
  readonly kind: RincianKind | "unknown";
}

export interface BudgetSummary {
  readonly pagu?: number;
  /** Where the pagu was read. */
  readonly paguAt?: { readonly sheet: string; readonly cell: string };
  readonly total: number;
  /** pagu − total (negative when the pagu is exceeded). */
  readonly sisa?: number;
  readonly lines: number;
  /** Lines whose amount could not be known (no jumlah, no volume × harga). */
  readonly linesWithoutAmount: number;
  /**
   * maxShare: the cap as a share of the pagu (0.05); maxAmount: the same cap in rupiah (absent
   * without a pagu). "Cap" alone is never a field name: it meant either.
   */
  readonly penunjang: ShareLine & { readonly maxShare: number; readonly maxAmount?: number };
  readonly menus: readonly MenuTotal[];
  /** Always every kind, in a fixed order, then "unknown" when some line's rincian is unknown. */
  readonly kinds: readonly KindTotal[];
  readonly disbursement?: DisbursementPlan;
  /**
   * What the budget rules decided (verdicts.ts), with each rule's state: the faces show these,
   * never compare the figures themselves. Absent without a positive pagu; no penunjang verdict
   * under a pagu of one rupiah (no share of it means anything).
   */
  readonly verdicts: { readonly pagu?: PaguVerdict; readonly penunjang?: PenunjangVerdict };
}

export function summarize(proposal: Proposal, ruleset: Ruleset): BudgetSummary {
  const totals = resolveProposal(proposal, indexRuleset(ruleset)).totals;
  const pagu = findPagu(proposal);
  const sum = totals.total;
  const shares = (amount: number): ShareLine => ({
    total: amount,
    shareOfTotal: shareOf(amount, sum),
    shareOfPagu: pagu ? shareOf(amount, pagu.value) : undefined,
  });
  const maxShare = ruleset.thresholds.penunjangMaxShare;
  return {
    pagu: pagu?.value,
    paguAt: pagu ? { sheet: pagu.sheet, cell: pagu.cell } : undefined,
    total: sum,
    sisa: pagu ? subtractRupiah(pagu.value, sum) : undefined,
    lines: totals.lines,
    linesWithoutAmount: totals.linesWithoutAmount,
    penunjang: {
      ...shares(totals.penunjang),
      maxShare,
      maxAmount: pagu ? multiplyRupiah(maxShare, pagu.value) : undefined,
    },
    menus: totals.menus.map((m) => ({
      name: m.name,
      known: m.menu !== undefined,
      lines: m.lines,
      ...shares(m.amount),
    })),
    kinds: [...totals.kinds].map(([kind, amount]) => ({ kind, ...shares(amount) })),
    disbursement: pagu ? planDisbursement(pagu.value, ruleset.disbursement) : undefined,
    verdicts: {
      ...(pagu && pagu.value > 0 ? { pagu: paguVerdict(sum, pagu.value, ruleset) } : {}),
      ...(pagu && pagu.value >= MIN_PAGU_FOR_SHARES
        ? { penunjang: penunjangVerdict(totals.penunjang, pagu.value, ruleset) }
        : {}),
    },
  };
}
