/**
 * A ruleset prepared for fast lookups (folded names, satuan, patterns), built once per ruleset
 * object and cached, so validating 100,000 lines does no per-line setup.
 */
import { NameIndex, satuanKey } from "./names";
import { patternList, type PatternList } from "./patterns";
import type { MenuSpec, NamedOption, RincianSpec, Ruleset } from "./ruleset";

export interface RulesetIndex {
  readonly ruleset: Ruleset;
  readonly menus: NameIndex<MenuSpec>;
  readonly rincianByMenu: ReadonlyMap<MenuSpec, NameIndex<RincianSpec>>;
  readonly metode: NameIndex<NamedOption>;
  /** Folded written satuan -> canonical satuan. */
  readonly satuan: ReadonlyMap<string, string>;
  /** The ruleset's word lists, ready to match a folded uraian. */
  readonly honorarium: PatternList;
  readonly honorExcludedRoles: PatternList;
  readonly ineligible: PatternList;
  readonly nonfisik: PatternList;
  readonly penunjangMenu?: MenuSpec;
  /** Written satuan -> canonical (null: unknown); satuan repeat across lines. */
  readonly satuanMemo: Map<string, string | null>;
  /** Canonical satuan allowed per rincian. */
  readonly satuanOf: ReadonlyMap<RincianSpec, ReadonlySet<string>>;
}

const cache = new WeakMap<Ruleset, RulesetIndex>();

export function indexRuleset(ruleset: Ruleset): RulesetIndex {
  let index = cache.get(ruleset);
  if (!index) {
    index = build(ruleset);
    cache.set(ruleset, index);
  }
  return index;
}

function build(rs: Ruleset): RulesetIndex {
  const satuan = new Map<string, string>();
  for (const c of rs.satuan.canonical) satuan.set(satuanKey(c), c);
  for (const [written, c] of Object.entries(rs.satuan.aliases)) {
    const canonical = satuan.get(satuanKey(c));
    if (canonical !== undefined && !satuan.has(satuanKey(written))) satuan.set(satuanKey(written), canonical);
  }
  return {
    ruleset: rs,
    menus: new NameIndex(rs.menus.map((m) => ({ names: [m.name, ...m.aliases], value: m }))),
    rincianByMenu: new Map(
      rs.menus.map((m) => [m, new NameIndex(m.rincian.map((r) => ({ names: [r.name, ...r.aliases], value: r })))]),
    ),
    metode: new NameIndex(rs.metode.map((m) => ({ names: [m.name, m.id, ...m.aliases], value: m }))),
    satuan,
    satuanMemo: new Map(),
    honorarium: patternList(rs.honorariumPatterns),
    honorExcludedRoles: patternList(rs.honorExcludedRoles),
    ineligible: patternList(rs.ineligiblePatterns),
    nonfisik: patternList(rs.nonfisikPatterns),
    penunjangMenu: rs.menus.find((m) => m.penunjang),
    satuanOf: new Map(
      rs.menus.flatMap((m) => m.rincian).map((r) => [r, new Set(r.satuan.map((s) => satuan.get(satuanKey(s)) ?? s))]),
    ),
  };
}

/** The canonical satuan for a written one ("M2", "m²" -> "m2"), or undefined when unknown. */
export function normaliseSatuan(index: RulesetIndex, written: string): string | undefined {
  const memo = index.satuanMemo;
  let canonical = memo.get(written);
  if (canonical === undefined) {
    canonical = index.satuan.get(satuanKey(written)) ?? null;
    if (memo.size < 10_000) memo.set(written, canonical);
  }
  return canonical ?? undefined;
}
