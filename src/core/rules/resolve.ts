/**
 * What each line means under a ruleset: its menu and rincian (tolerant, never guessed) and its
 * amount (the jumlah as written, else volume × harga satuan), and the sums of those amounts.
 * Shared by the line and budget checks and by `summarize`, so all three agree on every number.
 */
import { RupiahAccumulator, multiplyRupiah } from "../money/arithmetic";
import type { NumberCell, Proposal, ProposalLine, TextCell } from "../proposal/types";
import type { RulesetIndex } from "./index-ruleset";
import { RINCIAN_KINDS, type MenuSpec, type RincianKind, type RincianSpec } from "./ruleset";

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

/** The amount of the lines of one menu. */
export interface MenuSum {
  /** The ruleset's menu; undefined for a menu the ruleset does not know. */
  readonly menu?: MenuSpec;
  /** The official name, or the name as written when the ruleset does not know it. */
  readonly name: string;
  /** Lines with an amount. */
  readonly lines: number;
  readonly amount: number;
}

/** The sums of a proposal's resolved lines (exact to the sen): what the budget checks and `summarize` add up. */
export interface LineTotals {
  /** Every line, with or without an amount. */
  readonly lines: number;
  /** Lines whose amount could not be known (no jumlah, no volume × harga). */
  readonly linesWithoutAmount: number;
  readonly total: number;
  /** The total of each part, in the order of `proposal.parts`. */
  readonly partTotals: readonly number[];
  /** The lines under the penunjang menu. */
  readonly penunjang: number;
  /** Per menu, in the order first met: a known menu by its id, an unknown one by its name as written. */
  readonly menus: readonly MenuSum[];
  /** The known menus' sums by menu id. */
  readonly menuById: ReadonlyMap<string, MenuSum>;
  /** Per rincian kind: every kind in RINCIAN_KINDS order, then "unknown" when some line's rincian is unknown. */
  readonly kinds: ReadonlyMap<RincianKind | "unknown", number>;
}

/** One resolution of a proposal's lines under a ruleset (shared: do not modify). */
export interface Resolution {
  readonly index: RulesetIndex;
  /** Resolved lines per part, in the order of `proposal.parts`. */
  readonly parts: readonly (readonly ResolvedLine[])[];
  /** Added up on first use, then kept with the resolution. */
  readonly totals: LineTotals;
}

class MemoResolution implements Resolution {
  private sums?: LineTotals;
  constructor(
    readonly index: RulesetIndex,
    readonly parts: readonly (readonly ResolvedLine[])[],
  ) {}
  get totals(): LineTotals {
    return (this.sums ??= addUp(this.parts));
  }
}

/**
 * The last resolution of each proposal, so that `summarize` after `validate` (the CLI, the task
 * pane's recap) reuses what `validate` worked out, totals included. Proposals are immutable
 * values; still, a hit is used only when every part and line is the very object that was resolved.
 */
const memo = new WeakMap<Proposal, Resolution>();

/** The resolution of every line of the proposal, and their totals (shared: do not modify). */
export function resolveProposal(proposal: Proposal, index: RulesetIndex): Resolution {
  const hit = memo.get(proposal);
  if (hit !== undefined && hit.index === index && stillResolves(hit.parts, proposal)) return hit;
  const resolution = new MemoResolution(
    index,
    proposal.parts.map((part) => part.lines.map((line) => resolveLine(index, line))),
  );
  memo.set(proposal, resolution);
  return resolution;
}

function stillResolves(resolved: Resolution["parts"], proposal: Proposal): boolean {
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

interface MenuAccumulator {
  readonly menu?: MenuSpec;
  readonly name: string;
  lines: number;
  readonly sum: RupiahAccumulator;
}

function addUp(parts: Resolution["parts"]): LineTotals {
  const total = new RupiahAccumulator();
  const penunjang = new RupiahAccumulator();
  const partTotals: number[] = [];
  const menus: MenuAccumulator[] = [];
  const knownMenus = new Map<string, MenuAccumulator>();
  const unknownMenus = new Map<string, MenuAccumulator>();
  const kinds = new Map<RincianKind | "unknown", RupiahAccumulator>(
    RINCIAN_KINDS.map((k) => [k, new RupiahAccumulator()]),
  );
  let lines = 0;
  let withoutAmount = 0;

  for (const part of parts) {
    const partTotal = new RupiahAccumulator();
    for (const r of part) {
      lines++;
      const { amount, menu: spec } = r;
      if (amount === undefined) {
        withoutAmount++;
        continue;
      }
      total.add(amount);
      partTotal.add(amount);
      if (spec?.penunjang) penunjang.add(amount);
      const key = spec ? spec.id : (textOf(r.line.menu) ?? "");
      const byKey = spec ? knownMenus : unknownMenus;
      let menu = byKey.get(key);
      if (menu === undefined) {
        menu = { menu: spec, name: spec ? spec.name : key, lines: 0, sum: new RupiahAccumulator() };
        byKey.set(key, menu);
        menus.push(menu);
      }
      menu.lines++;
      menu.sum.add(amount);
      const kind = r.rincian?.kind ?? "unknown";
      let kindSum = kinds.get(kind);
      if (kindSum === undefined) kinds.set(kind, (kindSum = new RupiahAccumulator()));
      kindSum.add(amount);
    }
    partTotals.push(partTotal.value);
  }

  const menuSums: MenuSum[] = menus.map((m) => ({ menu: m.menu, name: m.name, lines: m.lines, amount: m.sum.value }));
  return {
    lines,
    linesWithoutAmount: withoutAmount,
    total: total.value,
    partTotals,
    penunjang: penunjang.value,
    menus: menuSums,
    menuById: new Map(menuSums.flatMap((m) => (m.menu ? [[m.menu.id, m] as const] : []))),
    kinds: new Map([...kinds].map(([kind, sum]) => [kind, sum.value])),
  };
}
