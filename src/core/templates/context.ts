/**
 * What a template needs from the outside: the fiscal year and the ruleset's lists (for the
 * dropdowns), plus optional user settings. Kept plain so templates do not depend on how a
 * ruleset is loaded; `listsFromRuleset` (ruleset-lists.ts) derives the lists from a Ruleset.
 */

export interface TemplateLists {
  readonly menus: readonly string[];
  readonly rincianByMenu: Readonly<Record<string, readonly string[]>>;
  readonly satuan: readonly string[];
  readonly metode: readonly string[];
  /** The menu of kegiatan penunjang (capped at 5% of the pagu); absent = found by its name. */
  readonly penunjangMenu?: string;
}

export interface TemplateContext {
  /** Tahun Anggaran, e.g. 2020. */
  readonly ta: number;
  readonly lists: TemplateLists;
  /** User settings: written as text into the meta block (never as a formula). */
  readonly sentraName?: string;
  readonly provinsi?: string;
  readonly kabKota?: string;
  readonly instansiPelaksana?: string;
  /** PPN rate for the RAB, as a fraction (default 0.11). */
  readonly ppnRate?: number;
}

/** Every rincian of every menu, in menu order, each once (the rincian dropdown's source). */
export function allRincian(lists: TemplateLists): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const menu of lists.menus) {
    for (const r of lists.rincianByMenu[menu] ?? []) {
      if (!seen.has(r)) {
        seen.add(r);
        out.push(r);
      }
    }
  }
  return out;
}
