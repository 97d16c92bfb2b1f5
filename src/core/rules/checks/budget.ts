/**
 * Budget checks over the whole proposal: the total against the pagu (exceeded, underused), the
 * penunjang cap, per-menu share bounds, and stated totals and subtotals against their lines.
 * Pagu findings point at the pagu cell; total mismatches at the stated total or subtotal cell.
 */
import { RupiahAccumulator, multiplyRupiah, subtractRupiah } from "../../money/arithmetic";
import type { NumberCell, Proposal } from "../../proposal/types";
import type { RulesetIndex } from "../index-ruleset";
import { numberOf, type Resolution } from "../resolve";
import type { FindingSink } from "../sink";
import { checkNumberCell } from "./cells";
import { MIN_PAGU_FOR_SHARES, paguVerdict, penunjangVerdict } from "../../budget/verdicts";

export interface PaguRef {
  readonly value: number;
  readonly sheet: string;
  readonly cell: string;
}

/** The pagu: the first part whose meta block states a readable one. */
export function findPagu(proposal: Proposal): PaguRef | undefined {
  for (const part of proposal.parts) {
    const value = numberOf(part.meta.pagu);
    if (value !== undefined) return { value, sheet: part.sheet, cell: part.meta.pagu!.cell };
  }
  return undefined;
}

export function checkBudget(proposal: Proposal, resolution: Resolution, index: RulesetIndex, out: FindingSink): void {
  const { thresholds } = index.ruleset;
  const { totals } = resolution;

  proposal.parts.forEach((part, p) => {
    const lines = resolution.parts[p];
    for (const sub of part.subtotals) {
      const sum = new RupiahAccumulator();
      for (const i of sub.lineIndexes) {
        const amount = lines[i]?.amount;
        if (amount !== undefined) sum.add(amount);
      }
      statedAgainst(sub.amount, sum.value, "subtotal", part.sheet, thresholds.amountTolerance, out);
    }
    if (part.statedTotal)
      statedAgainst(part.statedTotal, totals.partTotals[p], "total", part.sheet, thresholds.amountTolerance, out);
  });

  const pagu = findPagu(proposal);
  if (pagu === undefined) return;
  if (pagu.value <= 0) {
    // No share of a pagu of zero or less means anything: say what is wrong with the pagu instead.
    out.add("line.nonPositive", pagu.sheet, pagu.cell, { field: "pagu", value: pagu.value });
    return;
  }
  checkPagu(pagu, resolution, index, out);
}

function checkPagu(pagu: PaguRef, resolution: Resolution, index: RulesetIndex, out: FindingSink): void {
  const { thresholds } = index.ruleset;
  const { totals } = resolution;
  const sum = totals.total;
  // The verdicts the faces show (core/budget/verdicts.ts): the findings come from the same ones.
  const overPagu = paguVerdict(sum, pagu.value, index.ruleset);
  if (overPagu.excess > 0) {
    out.add("pagu.exceeded", pagu.sheet, pagu.cell, { pagu: pagu.value, total: sum, excess: overPagu.excess });
  } else if (sum < multiplyRupiah(thresholds.paguUnderusedBelow, pagu.value)) {
    out.add("pagu.underused", pagu.sheet, pagu.cell, {
      pagu: pagu.value,
      total: sum,
      sisa: subtractRupiah(pagu.value, sum),
      share: sum / pagu.value,
      minShare: thresholds.paguUnderusedBelow,
    });
  }
  if (pagu.value < MIN_PAGU_FOR_SHARES) return;
  const cap = penunjangVerdict(totals.penunjang, pagu.value, index.ruleset);
  if (cap.excess > 0) {
    const { penunjang, share, maxShare, excess } = cap;
    out.add("penunjang.cap", pagu.sheet, pagu.cell, {
      penunjang,
      pagu: pagu.value,
      cap: cap.cap,
      excess,
      share,
      maxShare,
    });
  }
  for (const menu of index.ruleset.menus) {
    if (menu.share === undefined) continue;
    const amount = totals.menuById.get(menu.id)?.amount ?? 0;
    const share = amount / pagu.value;
    const { min, max } = menu.share;
    if ((min !== undefined && share < min) || (max !== undefined && share > max)) {
      out.add("menu.share", pagu.sheet, pagu.cell, {
        menu: menu.name,
        amount,
        pagu: pagu.value,
        share,
        min: min ?? null,
        max: max ?? null,
      });
    }
  }
}

function statedAgainst(
  stated: NumberCell,
  computed: number,
  kind: "total" | "subtotal",
  sheet: string,
  tolerance: number,
  out: FindingSink,
): void {
  const value = numberOf(stated);
  // A Total showing #VALUE!, #REF! or words states no amount: that is an error, never a pass.
  checkNumberCell(stated, "jumlah", sheet, out);
  if (value === undefined) return;
  const diff = subtractRupiah(value, computed);
  if (Math.abs(diff) > tolerance)
    out.add("total.mismatch", sheet, stated.cell, { kind, stated: value, computed, difference: diff });
}
