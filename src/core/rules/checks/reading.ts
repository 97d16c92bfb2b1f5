/**
 * Reading checks: is there a table, does it have the columns a line needs, does the meta block
 * state what the ruleset requires, and are the meta numbers readable.
 */
import { toA1 } from "../../grid/a1";
import type { ColumnKey, NumberCell, Proposal, ProposalMeta, ProposalPart, TextCell } from "../../proposal/types";
import type { RulesetIndex } from "../index-ruleset";
import type { FindingSink } from "../sink";
import { checkNumberCell, checkTextCell } from "./cells";

/** Columns without which a line cannot be checked (DESIGN.md §3). */
const REQUIRED_COLUMNS: readonly ColumnKey[] = ["menu", "rincian", "uraian", "volume", "satuan", "hargaSatuan"];

const NUMBER_META = new Set<keyof ProposalMeta>(["ta", "pagu", "jumlahUnitIkm"]);

export function checkReading(proposal: Proposal, index: RulesetIndex, out: FindingSink): void {
  if (proposal.parts.length === 0) {
    // A workbook holding only other documents of the package (a RAB, a KAK…) has no RK to look for.
    if (!hasPackageSheets(proposal)) out.add("reading.table", "", "", { sheets: [...proposal.sheetsRead] });
    return;
  }
  for (const part of proposal.parts) {
    const headerCell = part.headerRange ?? firstHeaderCell(part);
    for (const column of REQUIRED_COLUMNS) {
      if (part.columns[column] === undefined) out.add("reading.column", part.sheet, headerCell, { column });
    }
    for (const [key, cell] of Object.entries(part.meta) as [keyof ProposalMeta, NumberCell | TextCell][]) {
      if (NUMBER_META.has(key)) checkNumberCell(cell as NumberCell, key, part.sheet, out);
      else checkTextCell(cell as TextCell, key, part.sheet, out);
    }
  }
  for (const key of index.ruleset.requiredMeta) {
    if (!proposal.parts.some((p) => p.meta[key] !== undefined && p.meta[key]?.kind !== "empty")) {
      // The label was found but its value is empty: point where the value belongs.
      const withLabel = proposal.parts.find((p) => p.meta[key] !== undefined);
      if (withLabel) out.add("reading.meta", withLabel.sheet, withLabel.meta[key]!.cell, { field: key });
      else out.add("reading.meta", proposal.parts[0].sheet, "", { field: key });
    }
  }
}

/** For a part built without `headerRange`: the header row's first known column. */
function firstHeaderCell(part: ProposalPart): string {
  const found = Object.values(part.columns).filter((c): c is number => c !== undefined);
  return toA1(part.headerRow, found.length > 0 ? Math.min(...found) : 0);
}

/** True when some sheet is a RAB, KAK, sentra or realisasi sheet (DESIGN.md §3a). */
function hasPackageSheets(proposal: Proposal): boolean {
  return (proposal.sheets ?? []).some(
    (s) => s.kind === "rab" || s.kind === "kak" || s.kind === "sentra" || s.kind === "realisasi",
  );
}
