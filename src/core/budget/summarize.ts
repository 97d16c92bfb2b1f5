/**
 * summarize(proposal, ruleset): the budget recap for the task pane's Pagu tab and the CLI: pagu,
 * total, sisa, penunjang share, totals and shares per menu and per kind, and the disbursement
 * plan. It uses the engine's own reading of each line (resolve.ts), so its numbers always agree
 * with the findings.
 */
import { RupiahAccumulator, multiplyRupiah, shareOf, subtractRupiah } from "../money/arithmetic";
import type { Proposal } from "../proposal/types";
import { findPagu } from "../rules/checks/budget";
import { indexRuleset } from "../rules/index-ruleset";
import { resolveProposal, textOf } from "../rules/resolve";
import { RINCIAN_KINDS, type RincianKind, type Ruleset } from "../rules/ruleset";
import { planDisbursement, type DisbursementPlan } from "./disbursement";

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
  readonly penunjang: ShareLine & { readonly maxShare: number; readonly cap?: number };
  readonly menus: readonly MenuTotal[];
  /** Always every kind, in a fixed order, then "unknown" when some line's rincian is unknown. */
  readonly kinds: readonly KindTotal[];
  readonly disbursement?: DisbursementPlan;
}

export function summarize(proposal: Proposal, ruleset: Ruleset): BudgetSummary {
  const index = indexRuleset(ruleset);
  const total = new RupiahAccumulator();
  const penunjang = new RupiahAccumulator();
  const menus = new Map<string, { name: string; known: boolean; lines: number; sum: RupiahAccumulator }>();
  const kinds = new Map<RincianKind | "unknown", RupiahAccumulator>(
    RINCIAN_KINDS.map((k) => [k, new RupiahAccumulator()]),
  );
  let lines = 0;
  let withoutAmount = 0;

  for (const part of resolveProposal(proposal, index)) {
    for (const r of part) {
      lines++;
      if (r.amount === undefined) {
        withoutAmount++;
        continue;
      }
      total.add(r.amount);
      if (r.menu?.penunjang) penunjang.add(r.amount);
      const name = r.menu?.name ?? textOf(r.line.menu) ?? "";
      const key = r.menu ? `#${r.menu.id}` : name;
      let menu = menus.get(key);
      if (!menu) menus.set(key, (menu = { name, known: r.menu !== undefined, lines: 0, sum: new RupiahAccumulator() }));
      menu.lines++;
      menu.sum.add(r.amount);
      const kind = r.rincian?.kind ?? "unknown";
      let kindSum = kinds.get(kind);
      if (!kindSum) kinds.set(kind, (kindSum = new RupiahAccumulator()));
      kindSum.add(r.amount);
    }
  }

  const pagu = findPagu(proposal);
  const sum = total.value;
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
    lines,
    linesWithoutAmount: withoutAmount,
    penunjang: { ...shares(penunjang.value), maxShare, cap: pagu ? multiplyRupiah(maxShare, pagu.value) : undefined },
    menus: [...menus.values()].map((m) => ({ name: m.name, known: m.known, lines: m.lines, ...shares(m.sum.value) })),
    kinds: [...kinds.entries()].map(([kind, s]) => ({ kind, ...shares(s.value) })),
    disbursement: pagu ? planDisbursement(pagu.value, ruleset.disbursement) : undefined,
  };
}
