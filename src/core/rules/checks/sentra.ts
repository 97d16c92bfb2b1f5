/**
 * Sentra checks: at least N IKM units (PP 29/2018 Ps 1), an SK designating the sentra, and no
 * sentra marked with KRISNA's "not yet registered" code (in the meta block or a line's lokasi).
 */
import type { Proposal, TextCell } from "../../proposal/types";
import type { RulesetIndex } from "../index-ruleset";
import { nameKey } from "../names";
import { numberOf, textOf } from "../resolve";
import { patternList } from "../patterns";
import type { FindingSink } from "../sink";

export function checkSentra(proposal: Proposal, index: RulesetIndex, out: FindingSink): void {
  if (proposal.parts.length === 0) return;
  const min = index.ruleset.thresholds.sentraMinUnits;
  const withUnits = proposal.parts.find((p) => numberOf(p.meta.jumlahUnitIkm) !== undefined);
  if (withUnits) {
    const units = numberOf(withUnits.meta.jumlahUnitIkm)!;
    if (units < min) out.add("sentra.minUnits", withUnits.sheet, withUnits.meta.jumlahUnitIkm!.cell, { units, min });
  }
  if (!proposal.parts.some((p) => textOf(p.meta.nomorSkSentra) !== undefined)) {
    // Point at the empty SK cell when the label is there, else at the sentra's name.
    const withLabel = proposal.parts.find((p) => p.meta.nomorSkSentra !== undefined);
    const withName = proposal.parts.find((p) => p.meta.namaSentra !== undefined);
    const where = withLabel
      ? { sheet: withLabel.sheet, cell: withLabel.meta.nomorSkSentra!.cell }
      : withName
        ? { sheet: withName.sheet, cell: withName.meta.namaSentra!.cell }
        : { sheet: proposal.parts[0].sheet, cell: "" };
    out.add("sentra.sk", where.sheet, where.cell, { sentra: textOf(withName?.meta.namaSentra) ?? "" });
  }
  if (out.isOn("sentra.unregistered")) checkUnregistered(proposal, index, out);
}

function checkUnregistered(proposal: Proposal, index: RulesetIndex, out: FindingSink): void {
  const code = index.ruleset.sentraUnregisteredCode;
  const marked = patternList([code]);
  const check = (sheet: string, cell: TextCell | undefined) => {
    const text = textOf(cell);
    if (text !== undefined && marked.find(nameKey(text)) !== undefined) {
      out.add("sentra.unregistered", sheet, cell!.cell, { sentra: text, code });
    }
  };
  for (const part of proposal.parts) {
    check(part.sheet, part.meta.namaSentra);
    for (const line of part.lines) check(part.sheet, line.lokasi);
  }
}
