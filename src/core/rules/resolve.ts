/**
 * What each line means under a ruleset: its menu and rincian (tolerant, never guessed) and its
 * amount (the jumlah as written, else volume × harga satuan). Shared by the line and budget
 * checks and by `summarize`, so all three agree on every number.
 */
import { multiplyRupiah } from "../money/arithmetic";
import type { NumberCell, Proposal, ProposalLine, TextCell } from "../proposal/types";
import type { RulesetIndex } from "./index-ruleset";
import type { MenuSpec, RincianSpec } from "./ruleset";

export interface ResolvedLine {
  readonly line: ProposalLine;
  readonly menu?: MenuSpec;
  readonly rincian?: RincianSpec;
  /** Rupiah the line adds to the total; undefined when neither jumlah nor volume × harga is known. */
  readonly amount?: number;
}

export function numberOf(cell: NumberCell | undefined): number | undefined {
  return cell?.kind === "number" ? cell.value : undefined;
}

export function textOf(cell: TextCell | undefined): string | undefined {
  return cell?.kind === "text" && cell.value !== "" ? cell.value : undefined;
}

export function resolveLine(index: RulesetIndex, line: ProposalLine): ResolvedLine {
  const menuText = textOf(line.menu);
  const menu = menuText === undefined ? undefined : index.menus.find(menuText);
  const rincianText = textOf(line.rincian);
  const rincian =
    menu === undefined || rincianText === undefined ? undefined : index.rincianByMenu.get(menu)?.find(rincianText);
  return { line, menu, rincian, amount: lineAmount(line) };
}

function lineAmount(line: ProposalLine): number | undefined {
  const jumlah = numberOf(line.jumlah);
  if (jumlah !== undefined) return jumlah;
  const volume = numberOf(line.volume);
  const harga = numberOf(line.hargaSatuan);
  return volume !== undefined && harga !== undefined ? multiplyRupiah(volume, harga) : undefined;
}

interface Resolution {
  readonly index: RulesetIndex;
  readonly resolved: readonly (readonly ResolvedLine[])[];
}

/**
 * The last resolution of each proposal, so that `summarize` after `validate` (the CLI, the task
 * pane's recap) reuses what `validate` worked out. Proposals are immutable values; still, a hit
 * is used only when every part and line is the very object that was resolved.
 */
const memo = new WeakMap<Proposal, Resolution>();

/** Resolved lines per part, in the order of `proposal.parts` (shared: do not modify). */
export function resolveProposal(proposal: Proposal, index: RulesetIndex): readonly (readonly ResolvedLine[])[] {
  const hit = memo.get(proposal);
  if (hit !== undefined && hit.index === index && stillResolves(hit.resolved, proposal)) return hit.resolved;
  const resolved = proposal.parts.map((part) => part.lines.map((line) => resolveLine(index, line)));
  memo.set(proposal, { index, resolved });
  return resolved;
}

function stillResolves(resolved: Resolution["resolved"], proposal: Proposal): boolean {
  const { parts } = proposal;
  if (resolved.length !== parts.length) return false;
  for (let p = 0; p < parts.length; p++) {
    const lines = parts[p].lines;
    const done = resolved[p];
    if (done.length !== lines.length) return false;
    for (let i = 0; i < lines.length; i++) if (done[i].line !== lines[i]) return false;
  }
  return true;
}
