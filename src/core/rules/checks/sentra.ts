/** Sentra checks: at least N IKM units (PP 29/2018 Ps 1) and an SK designating the sentra. */
import type { Proposal } from "../../proposal/types";
import type { RulesetIndex } from "../index-ruleset";
import { numberOf, textOf } from "../resolve";
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
}
