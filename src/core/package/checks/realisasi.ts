/**
 * Realisasi checks (DESIGN.md §3a): funds received at most the pagu, money spent at most what was
 * received, and each stage received only when its condition of the year's disbursement scheme
 * (ruleset `disbursement`: absorption of the funds received before it, output) can have been met:
 * absorption only grows, so spending now below the stage's threshold means it was below then.
 */
import { subtractRupiah, sumRupiah } from "../../money/arithmetic";
import type { NumberCell, Proposal } from "../../proposal/types";
import type { RulesetIndex } from "../../rules/index-ruleset";
import type { FindingSink } from "../../rules/sink";
import { checkNumberCell } from "../../rules/checks/cells";
import type { RealisasiDocument } from "../realisasi";

const num = (c: NumberCell | undefined): number | undefined => (c?.kind === "number" ? c.value : undefined);

export function checkRealisasi(proposal: Proposal, index: RulesetIndex, out: FindingSink): void {
  for (const doc of proposal.documents?.realisasi ?? []) checkOne(doc, index, out);
}

function checkOne(doc: RealisasiDocument, index: RulesetIndex, out: FindingSink): void {
  for (const s of doc.stages) checkNumberCell(s.amount, "jumlah", doc.sheet, out);
  for (const r of doc.rows)
    for (const c of [r.pagu, r.keuangan, r.target, r.output]) checkNumberCell(c, "jumlah", doc.sheet, out);
  const receipts = doc.stages.filter((s) => num(s.amount) !== undefined);
  const spent = doc.rows.flatMap((r) => (num(r.keuangan) !== undefined ? [num(r.keuangan)!] : []));
  if (receipts.length === 0 && spent.length === 0) return;
  const received = num(doc.receivedTotal) ?? sumRupiah(receipts.map((s) => num(s.amount)!));
  const receivedCell = doc.receivedTotal?.cell ?? receipts[receipts.length - 1]?.amount.cell ?? "";
  const absorbed = num(doc.keuanganTotal) ?? sumRupiah(spent);
  const absorbedCell =
    doc.keuanganTotal?.cell ?? doc.rows.filter((r) => num(r.keuangan) !== undefined).pop()?.keuangan.cell ?? "";
  const pagu = num(doc.pagu);
  const tolerance = index.ruleset.thresholds.amountTolerance;
  if (pagu !== undefined && received - pagu > tolerance) {
    out.add("realisasi.overPagu", doc.sheet, receivedCell, { received, pagu, excess: subtractRupiah(received, pagu) });
  }
  if (receipts.length > 0 && absorbed - received > tolerance) {
    out.add("realisasi.overReceived", doc.sheet, absorbedCell, {
      absorbed,
      received,
      excess: subtractRupiah(absorbed, received),
    });
  }
  checkStages(doc, index, absorbed, outputShare(doc), out);
}

function checkStages(
  doc: RealisasiDocument,
  index: RulesetIndex,
  absorbed: number,
  output: number | undefined,
  out: FindingSink,
): void {
  const { disbursement } = index.ruleset;
  const pagu = num(doc.pagu);
  if (pagu !== undefined && pagu <= disbursement.lumpSumMaxPagu) return;
  const ordered = [...doc.stages].sort((a, b) => a.stage - b.stage);
  let before = 0;
  for (const s of ordered) {
    const amount = num(s.amount);
    if (amount === undefined || amount <= 0) continue;
    const spec = disbursement.stages[s.stage];
    const stage = s.label.kind === "text" ? s.label.value : (spec?.name ?? `Tahap ${s.stage + 1}`);
    if (spec?.minSerapan !== undefined && before > 0) {
      const actual = absorbed / before;
      if (actual < spec.minSerapan) {
        out.add("realisasi.stage", doc.sheet, s.amount.cell, {
          stage,
          what: "serapan",
          actual,
          required: spec.minSerapan,
        });
      }
    }
    if (spec?.minOutput !== undefined && output !== undefined && output < spec.minOutput) {
      out.add("realisasi.stage", doc.sheet, s.amount.cell, {
        stage,
        what: "output",
        actual: output,
        required: spec.minOutput,
      });
    }
    before += amount;
  }
}

/** Output of the whole: each rincian's output ÷ target (at most 1), weighted by its pagu. */
function outputShare(doc: RealisasiDocument): number | undefined {
  let weight = 0;
  let sum = 0;
  for (const r of doc.rows) {
    const pagu = num(r.pagu);
    const target = num(r.target);
    const output = num(r.output);
    if (pagu === undefined || !target || output === undefined) continue;
    weight += pagu;
    sum += pagu * Math.min(output / target, 1);
  }
  return weight > 0 ? sum / weight : undefined;
}
