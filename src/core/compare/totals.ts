/**
 * Totals of both versions, overall, per menu and per kind, from the very sums the budget checks
 * and `summarize` use (rules/resolve.ts), so the comparison never disagrees with the Pagu tab.
 */
import type { Proposal } from "../proposal/types";
import type { RulesetIndex } from "../rules/index-ruleset";
import { resolveProposal, type LineTotals, type MenuSum } from "../rules/resolve";
import type { CompareTotals, TotalPair } from "./types";

export function compareTotals(old: Proposal, now: Proposal, index: RulesetIndex): CompareTotals {
  const a = resolveProposal(old, index).totals;
  const b = resolveProposal(now, index).totals;
  return { old: a.total, new: b.total, byMenu: byMenu(a, b), byKind: byKind(a, b) };
}

function menuKey(m: MenuSum): string {
  return m.menu ? `#${m.menu.id}` : m.name;
}

function byMenu(a: LineTotals, b: LineTotals): (TotalPair & { menu: string })[] {
  const rows = new Map<string, { menu: string; old: number; new: number }>();
  for (const m of a.menus) rows.set(menuKey(m), { menu: m.name, old: m.amount, new: 0 });
  for (const m of b.menus) {
    const row = rows.get(menuKey(m));
    if (row) row.new = m.amount;
    else rows.set(menuKey(m), { menu: m.name, old: 0, new: m.amount });
  }
  return [...rows.values()];
}

function byKind(a: LineTotals, b: LineTotals): CompareTotals["byKind"] {
  // Both maps hold every kind in the same fixed order; "unknown" only where a rincian is unknown.
  const kinds = [...a.kinds.keys()];
  for (const k of b.kinds.keys()) if (!kinds.includes(k)) kinds.push(k);
  return kinds.map((kind) => ({ kind, old: a.kinds.get(kind) ?? 0, new: b.kinds.get(kind) ?? 0 }));
}
