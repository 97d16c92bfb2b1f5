/**
 * Meta fields that differ between the versions (the pagu above all: a changed allocation is the
 * first thing a reviewer must see). Each field is taken from the first part that states it, as
 * the budget checks take the pagu; numbers compare by value, texts as names do (folded).
 */
import { META_KEYS, type MetaKey, type NumberCell, type Proposal, type TextCell } from "../proposal/types";
import { nameKey } from "../rules/names";
import type { CompareValue, MetaChange } from "./types";

interface Found {
  readonly sheet: string;
  readonly cell: string;
  readonly key: string;
  readonly value: CompareValue;
}

export function metaChanges(old: Proposal, now: Proposal): MetaChange[] {
  const out: MetaChange[] = [];
  for (const field of META_KEYS) {
    const a = find(old, field);
    const b = find(now, field);
    if ((a?.key ?? "") === (b?.key ?? "")) continue;
    out.push({
      field,
      old: a?.value ?? null,
      new: b?.value ?? null,
      oldSheet: a?.sheet ?? "",
      oldCell: a?.cell ?? "",
      newSheet: b?.sheet ?? "",
      newCell: b?.cell ?? "",
    });
  }
  return out;
}

function find(p: Proposal, field: MetaKey): Found | undefined {
  for (const part of p.parts) {
    const cell = part.meta[field];
    const seen = cell && read(cell);
    if (seen) return { sheet: part.sheet, cell: cell.cell, ...seen };
  }
  return undefined;
}

function read(cell: NumberCell | TextCell): { key: string; value: CompareValue } | undefined {
  switch (cell.kind) {
    case "number":
      return { key: String(cell.value), value: cell.value };
    case "text":
      return cell.value === "" ? undefined : { key: nameKey(cell.value), value: cell.value };
    case "invalid":
      return { key: `?${nameKey(cell.text)}`, value: cell.text };
    case "error":
      return { key: `!${cell.code}`, value: cell.code };
    default:
      return undefined;
  }
}
