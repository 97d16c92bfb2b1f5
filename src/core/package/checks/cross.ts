/**
 * RAB_RK_MISMATCH and KAK_RK_MISMATCH (DESIGN.md §3a, §4): per rincian, the RAB's total with PPN
 * and the KAK's kebutuhan dana must agree with the RK's jumlah, beyond Rp1 (the ruleset's amount
 * tolerance) and, for the KAK, beyond the rounding of its unit (Rp juta: half a million per
 * figure). Reported on the other document's cell, the RK's cell in params. A rincian the RK has
 * and the document lacks has no cell there: it is reported on the document's sheet, cell "".
 */
import { subtractRupiah } from "../../money/arithmetic";
import type { Proposal } from "../../proposal/types";
import type { Resolution } from "../../rules/resolve";
import type { FindingSink } from "../../rules/sink";
import { kakByRincian, rabByRincian, rkByRincian, type RincianAmount } from "../amounts";

export function checkCrossDocuments(proposal: Proposal, resolution: Resolution, out: FindingSink): void {
  const docs = proposal.documents;
  if (!docs || proposal.parts.length === 0) return;
  const { index } = resolution;
  const tolerance = index.ruleset.thresholds.amountTolerance;
  const rk = rkByRincian(proposal, resolution);
  const rab = rabByRincian(docs.rab, index, index.ruleset.thresholds.ppnRate);
  if (rab.length > 0 && out.isOn("package.rab")) {
    compare(
      rab,
      rk,
      () => tolerance,
      rab[0].sheet,
      (sheet, cell, m) => out.add("package.rab", sheet, cell, { ...m.common, rab: m.amount }),
    );
  }
  const kak = kakByRincian(docs.kak, index);
  if (kak.amounts.length > 0 && out.isOn("package.kak")) {
    const unit = kak.factor === 1 ? null : unitName(kak.factor);
    // Each figure of a table in Rp juta may be off by half a million from rounding.
    const slack = (count: number) => Math.max(tolerance, (kak.factor / 2) * count);
    compare(kak.amounts, rk, slack, kak.amounts[0].sheet, (sheet, cell, m) =>
      out.add("package.kak", sheet, cell, { ...m.common, kak: m.amount, unit }),
    );
  }
}

interface Mismatch {
  readonly amount: number;
  readonly common: {
    readonly rincian: string;
    readonly rk: number;
    readonly difference: number;
    readonly rkSheet: string | null;
    readonly rkCell: string | null;
  };
}

function compare(
  doc: readonly RincianAmount[],
  rk: readonly RincianAmount[],
  slack: (count: number) => number,
  docSheet: string,
  emit: (sheet: string, cell: string, m: Mismatch) => void,
): void {
  const rkByKey = new Map(rk.map((r) => [r.key, r]));
  const docKeys = new Set(doc.map((d) => d.key));
  for (const d of doc) {
    const r = rkByKey.get(d.key);
    const rkAmount = r?.amount ?? 0;
    const difference = subtractRupiah(d.amount, rkAmount);
    if (Math.abs(difference) <= slack(d.count)) continue;
    emit(d.sheet, d.cell, mismatch(d.name, d.amount, rkAmount, difference, r));
  }
  for (const r of rk) {
    if (!docKeys.has(r.key)) emit(docSheet, "", mismatch(r.name, 0, r.amount, r.amount, r));
  }
}

function mismatch(
  rincian: string,
  amount: number,
  rk: number,
  difference: number,
  r: RincianAmount | undefined,
): Mismatch {
  return {
    amount,
    common: { rincian, rk, difference: Math.abs(difference), rkSheet: r?.sheet ?? null, rkCell: r?.cell || null },
  };
}

function unitName(factor: number): string {
  if (factor === 1_000_000_000) return "Rp miliar";
  if (factor === 1_000_000) return "Rp juta";
  if (factor === 1_000) return "Rp ribu";
  return `Rp × ${factor}`;
}
