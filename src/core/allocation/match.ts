/**
 * Finds an RK's kab/kota in the allocation table. Names match when their keys are equal and
 * their kinds agree (a name without "Kab."/"Kota" agrees with either). When several rows match,
 * the RK's provinsi narrows them (when the table knows that provinsi); if more than one is left,
 * the answer is "ambiguous" with the candidates: never a guess.
 */
import { provinsiKey, regionKey, type RegionKey } from "./names";
import type { AllocationEntry, AllocationTable } from "./types";

export type AllocationMatch =
  | { readonly kind: "found"; readonly entry: AllocationEntry }
  | { readonly kind: "unknown" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly AllocationEntry[] };

export interface AllocationIndex {
  readonly table: AllocationTable;
  lookup(kabKota: string, provinsi?: string): AllocationMatch;
}

interface Keyed {
  readonly entry: AllocationEntry;
  readonly region: RegionKey;
  readonly provinsi: string;
}

export function indexAllocation(table: AllocationTable): AllocationIndex {
  const byKey = new Map<string, Keyed[]>();
  const provinces = new Set<string>();
  for (const entry of table.entries) {
    const region = regionKey(entry.kabKota);
    const keyed: Keyed = { entry, region, provinsi: provinsiKey(entry.provinsi) };
    provinces.add(keyed.provinsi);
    const list = byKey.get(region.key);
    if (list) list.push(keyed);
    else byKey.set(region.key, [keyed]);
  }
  return {
    table,
    lookup(kabKota, provinsi) {
      const region = regionKey(kabKota);
      if (region.key === "") return { kind: "unknown" };
      let found = (byKey.get(region.key) ?? []).filter(
        (k) => region.kind === undefined || k.region.kind === undefined || k.region.kind === region.kind,
      );
      const prov = provinsi === undefined ? "" : provinsiKey(provinsi);
      if (found.length > 1 && prov !== "" && provinces.has(prov)) found = found.filter((k) => k.provinsi === prov);
      if (found.length === 0) return { kind: "unknown" };
      if (found.length === 1) return { kind: "found", entry: found[0].entry };
      return { kind: "ambiguous", candidates: found.map((k) => k.entry) };
    },
  };
}
