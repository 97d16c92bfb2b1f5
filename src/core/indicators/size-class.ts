/**
 * IKM size class under one named regime (data in size-regimes.ts). Each regime is its own
 * function: a class is meaningless without the regime that gave it, so every result carries it.
 */
import { normaliseLabel } from "./definitions";
import { BAND_REGIMES, PERMENPERIN_64_2016, REGIME_ALIASES, type SizeRegimeId } from "./size-regimes";

export type SizeInput = "tenaga_kerja" | "investasi" | "penjualan";

export type SizeClassResult =
  | { readonly ok: true; readonly sizeClass: string; readonly regime: SizeRegimeId; readonly regimeLabel: string }
  | {
      readonly ok: false;
      readonly reason: "NEGATIVE" | "NOT_WHOLE" | "BELOW_MIN" | "NOT_FINITE";
      /** The input at fault, as the regime reads it: annual sales are not an investment. */
      readonly input: SizeInput;
    };

/** Permenperin 64/M-IND/PER/7/2016: Kecil / Menengah / Besar from workers and investment. */
export function classifyPermenperin64(workers: number, investment: number): SizeClassResult {
  const bad = checkWorkers(workers, 0) ?? checkAmount(investment);
  if (bad) return bad;
  const r = PERMENPERIN_64_2016;
  let sizeClass: string;
  if (workers <= r.maxWorkersKecil) sizeClass = investment < r.investmentKecilBelow ? "Kecil" : "Menengah";
  else sizeClass = investment <= r.investmentMenengahMax ? "Menengah" : "Besar";
  return { ok: true, sizeClass, regime: r.id, regimeLabel: r.label };
}

/** PP 7/2021 by modal usaha (capital without land and buildings). */
export function classifyPp7Capital(capital: number): SizeClassResult {
  return classifyByBands("PP_7_2021_MODAL", capital);
}

/** PP 7/2021 by annual sales. */
export function classifyPp7Sales(sales: number): SizeClassResult {
  return classifyByBands("PP_7_2021_PENJUALAN", sales);
}

/** BPS by number of workers (1–4 mikro, 5–19 kecil, 20–99 sedang, ≥100 besar). */
export function classifyBpsWorkers(workers: number): SizeClassResult {
  return classifyByBands("BPS_TENAGA_KERJA", workers);
}

/** A regime id from the words a user writes ("PP 7/2021", "bps"); undefined when unknown. */
export function findRegime(text: string): SizeRegimeId | undefined {
  const key = normaliseLabel(text);
  // Own keys only: "constructor" or "toString" are names on every object, not regimes.
  const exact = Object.hasOwn(REGIME_ALIASES, key) ? REGIME_ALIASES[key] : undefined;
  if (exact) return exact;
  const upper = text.trim().toUpperCase();
  return (["PERMENPERIN_64_2016", ...BAND_REGIMES.map((b) => b.id)] as SizeRegimeId[]).find((id) => id === upper);
}

/** Which inputs a regime reads (the others may be left empty). */
export function regimeInputs(regime: SizeRegimeId): { workers: boolean; investment: boolean } {
  if (regime === "PERMENPERIN_64_2016") return { workers: true, investment: true };
  const measure = BAND_REGIMES.find((b) => b.id === regime)?.measure;
  return { workers: measure === "tenaga_kerja", investment: measure === "investasi" || measure === "penjualan" };
}

function classifyByBands(id: Exclude<SizeRegimeId, "PERMENPERIN_64_2016">, value: number): SizeClassResult {
  const regime = BAND_REGIMES.find((b) => b.id === id);
  if (!regime) throw new Error(`unknown regime ${id}`); // programmer misuse: ids are typed
  const bad = regime.measure === "tenaga_kerja" ? checkWorkers(value, regime.min) : checkAmount(value, regime.measure);
  if (bad) return bad;
  const band = regime.bands.find((b) => b.upTo === null || value <= b.upTo);
  return { ok: true, sizeClass: band?.sizeClass ?? "", regime: regime.id, regimeLabel: regime.label };
}

function checkWorkers(workers: number, min: number): SizeClassResult | undefined {
  const input = "tenaga_kerja";
  if (!Number.isFinite(workers)) return { ok: false, reason: "NOT_FINITE", input };
  if (workers < 0) return { ok: false, reason: "NEGATIVE", input };
  if (!Number.isInteger(workers)) return { ok: false, reason: "NOT_WHOLE", input };
  if (workers < min) return { ok: false, reason: "BELOW_MIN", input };
  return undefined;
}

function checkAmount(amount: number, input: "investasi" | "penjualan" = "investasi"): SizeClassResult | undefined {
  if (!Number.isFinite(amount)) return { ok: false, reason: "NOT_FINITE", input };
  if (amount < 0) return { ok: false, reason: "NEGATIVE", input };
  return undefined;
}
