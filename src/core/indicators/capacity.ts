/**
 * Production capacity growth (DOMAIN.md §4): only meaningful when before and after are stated in
 * the same unit. A changed unit ("ton/bulan" before, "kg/hari" after) is refused, not converted:
 * converting would need assumptions (working days, densities) the official did not state.
 */
import { growth, type GrowthResult } from "./growth";
import { normaliseLabel } from "./definitions";

export interface Quantity {
  readonly value: number;
  /** Empty when the table gives no unit. */
  readonly unit: string;
}

export type CapacityGrowthResult = GrowthResult | { readonly ok: false; readonly reason: "UNIT_CHANGED" };

function sameUnit(a: string, b: string): boolean {
  return normaliseLabel(a).replace(/ /g, "") === normaliseLabel(b).replace(/ /g, "");
}

export function capacityGrowth(before: Quantity, after: Quantity): CapacityGrowthResult {
  if (!sameUnit(before.unit, after.unit)) return { ok: false, reason: "UNIT_CHANGED" };
  return growth(before.value, after.value);
}
