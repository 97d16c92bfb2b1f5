/**
 * Checks inside the package documents: an RK sheet with no line (PROPOSAL_EMPTY); RAB items
 * (volume × harga = jumlah), subtotals, PPN at the year's rate, totals; KAK amounts readable and
 * their Jumlah row; sentra rows (unit count, SK, readable before/after values). A document that
 * nobody filled gives nothing.
 */
import { multiplyRupiah, subtractRupiah, sumRupiah } from "../../money/arithmetic";
import type { NumberCell, Proposal } from "../../proposal/types";
import type { RulesetIndex } from "../../rules/index-ruleset";
import type { FindingSink } from "../../rules/sink";
import { checkNumberCell, checkTextCell } from "../../rules/checks/cells";
import { itemAmount } from "../amounts";
import type { KakDocument } from "../kak";
import type { RabBlock, RabDocument } from "../rab";
import { sentraEligibility } from "../../indicators/eligibility";
import { sentraUnits, type SentraSheet } from "../sentra";

export function checkEmptyParts(proposal: Proposal, out: FindingSink): void {
  for (const part of proposal.parts) {
    if (part.lines.length === 0) out.add("package.empty", part.sheet, part.headerRange ?? "", { sheet: part.sheet });
  }
}

export function checkDocuments(proposal: Proposal, index: RulesetIndex, out: FindingSink): void {
  const docs = proposal.documents;
  if (!docs) return;
  for (const rab of docs.rab) checkRab(rab, index, out);
  for (const kak of docs.kak) checkKak(kak, index, out);
  for (const sentra of docs.sentra) checkSentraSheet(sentra, index, out);
}

const num = (c: NumberCell | undefined): number | undefined => (c?.kind === "number" ? c.value : undefined);

function checkRab(doc: RabDocument, index: RulesetIndex, out: FindingSink): void {
  const { amountTolerance: tolerance, ppnRate } = index.ruleset.thresholds;
  if (!doc.blocks.some((b) => b.items.length > 0)) return;
  const statedRate = num(doc.rate);
  if (statedRate !== undefined && ppnRate !== undefined && Math.abs(statedRate - ppnRate) > 1e-9) {
    out.add("rab.ppn", doc.sheet, doc.rate!.cell, { statedRate, rate: ppnRate });
  }
  for (const block of doc.blocks) {
    for (const item of block.items) {
      checkNumberCell(item.volume, "volume", doc.sheet, out);
      checkNumberCell(item.hargaSatuan, "hargaSatuan", doc.sheet, out);
      checkNumberCell(item.jumlah, "jumlah", doc.sheet, out);
      const jumlah = num(item.jumlah);
      const volume = num(item.volume);
      const hargaSatuan = num(item.hargaSatuan);
      if (jumlah === undefined || volume === undefined || hargaSatuan === undefined) continue;
      const expected = multiplyRupiah(volume, hargaSatuan);
      const difference = Math.abs(subtractRupiah(jumlah, expected));
      if (difference > tolerance) {
        out.add("line.amount", doc.sheet, item.jumlah.cell, { jumlah, expected, volume, hargaSatuan, difference });
      }
    }
    checkRabTotals(
      doc,
      block,
      statedRate ?? ppnRate,
      statedRate === undefined || statedRate === ppnRate,
      out,
      tolerance,
    );
  }
}

function checkRabTotals(
  doc: RabDocument,
  block: RabBlock,
  rate: number | undefined,
  yearRate: boolean,
  out: FindingSink,
  tolerance: number,
): void {
  const items = sumRupiah(block.items.map((i) => itemAmount(i) ?? 0));
  const subtotal = num(block.subtotal) ?? items;
  mismatch(block.subtotal, items, "subtotal", doc.sheet, out, tolerance);
  const ppn = num(block.ppn);
  if (ppn !== undefined && rate !== undefined && yearRate) {
    const expected = Math.round(multiplyRupiah(subtotal, rate));
    if (Math.abs(subtractRupiah(ppn, expected)) > tolerance) {
      out.add("rab.ppn", doc.sheet, block.ppn!.cell, { stated: ppn, rate, base: subtotal, expected });
    }
  }
  if (block.ppn !== undefined || block.subtotal !== undefined) {
    mismatch(block.total, subtotal + (ppn ?? 0), "total", doc.sheet, out, tolerance);
  }
}

function mismatch(
  cell: NumberCell | undefined,
  computed: number,
  kind: "subtotal" | "total",
  sheet: string,
  out: FindingSink,
  tolerance: number,
): void {
  const stated = num(cell);
  if (stated === undefined) return;
  const difference = Math.abs(subtractRupiah(stated, computed));
  if (difference > tolerance) out.add("total.mismatch", sheet, cell!.cell, { kind, stated, computed, difference });
}

function checkKak(doc: KakDocument, index: RulesetIndex, out: FindingSink): void {
  for (const table of [doc.dana, doc.output]) {
    if (!table) continue;
    for (const row of table.rows) checkNumberCell(row.amount, "jumlah", doc.sheet, out);
    const amounts = table.rows.flatMap((r) => (r.amount.kind === "number" ? [r.amount.value] : []));
    if (amounts.length === 0) continue;
    const slack = Math.max(index.ruleset.thresholds.amountTolerance, (table.factor / 2) * amounts.length);
    const stated = num(table.statedTotal);
    const computed = sumRupiah(amounts);
    if (stated !== undefined && Math.abs(subtractRupiah(stated, computed)) > slack) {
      const difference = Math.abs(subtractRupiah(stated, computed));
      out.add("total.mismatch", doc.sheet, table.statedTotal!.cell, { kind: "total", stated, computed, difference });
    }
  }
}

/** The same eligibility as DAK.SENTRA_LAYAK: at least the ruleset's minimum of units, and an SK. */
function checkSentraSheet(doc: SentraSheet, index: RulesetIndex, out: FindingSink): void {
  const min = index.ruleset.thresholds.sentraMinUnits;
  for (const row of doc.rows) {
    for (const cells of Object.values(row.indicators)) {
      if (!cells) continue;
      checkNumberCell(cells.before, "sebelum", doc.sheet, out);
      checkNumberCell(cells.after, "sesudah", doc.sheet, out);
    }
    checkTextCell(row.sk, "nomorSkSentra", doc.sheet, out);
    const units = sentraUnits(row);
    const sk = row.sk.kind === "text" ? row.sk.value : "";
    // Unknown units: only the SK can be judged (pengelola is not a column of the sheet's checks).
    const verdict = sentraEligibility(
      { units: units?.kind === "number" ? units.value : min, skNumber: sk, hasPengelola: true },
      min,
    );
    if (!verdict.ok) continue;
    for (const reason of verdict.reasons) {
      if (reason.code === "SENTRA_TOO_SMALL" && units) {
        out.add("sentra.minUnits", doc.sheet, units.cell, { units: reason.units, min: reason.min });
      } else if (reason.code === "SENTRA_SK_MISSING" && row.sk.cell !== "" && row.sk.kind === "empty") {
        out.add("sentra.sk", doc.sheet, row.sk.cell, { sentra: row.name.kind === "text" ? row.name.value : "" });
      }
    }
  }
}
