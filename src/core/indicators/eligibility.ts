/**
 * Sentra eligibility (DOMAIN.md §3): a sentra IKM is at least N business units in one location
 * (N = 5 by PP 29/2018; the number is the ruleset's `thresholds.sentraMinUnits`, not code),
 * with pengurus/pengelola (PP 29/2018 Ps 1), designated by an SK Bupati/Walikota [R]. Every
 * failing condition is reported, not only the first, so an official can fix them all at once.
 */

export type EligibilityReason =
  | { readonly code: "SENTRA_TOO_SMALL"; readonly units: number; readonly min: number }
  | { readonly code: "SENTRA_SK_MISSING" }
  | { readonly code: "SENTRA_PENGELOLA_MISSING" };

export interface SentraFacts {
  readonly units: number;
  /** The SK number as written; empty when none. */
  readonly skNumber: string;
  /** Whether the sentra has a pengurus/pengelola. */
  readonly hasPengelola: boolean;
}

export type EligibilityResult =
  | { readonly ok: true; readonly eligible: boolean; readonly reasons: readonly EligibilityReason[] }
  | { readonly ok: false; readonly reason: "NEGATIVE_UNITS" | "NOT_WHOLE_UNITS" };

export function sentraEligibility(facts: SentraFacts, minUnits: number): EligibilityResult {
  if (!Number.isFinite(facts.units) || facts.units < 0) return { ok: false, reason: "NEGATIVE_UNITS" };
  if (!Number.isInteger(facts.units)) return { ok: false, reason: "NOT_WHOLE_UNITS" };
  const reasons: EligibilityReason[] = [];
  if (facts.units < minUnits) reasons.push({ code: "SENTRA_TOO_SMALL", units: facts.units, min: minUnits });
  if (facts.skNumber.trim() === "") reasons.push({ code: "SENTRA_SK_MISSING" });
  if (!facts.hasPengelola) reasons.push({ code: "SENTRA_PENGELOLA_MISSING" });
  return { ok: true, eligible: reasons.length === 0, reasons };
}
