/**
 * The rulesets shipped with the product, one per fiscal year or span of years (ta2024 covers
 * 2024–2027). They go through the same loader as an official's file (a year's file `extends`
 * the one before it), so a broken bundled file is caught by tests, not by users.
 */
import { BUNDLED_SOURCES } from "./bundled-sources";
import { loadRuleset } from "./load-ruleset";
import type { Ruleset } from "./ruleset";

function bundled(id: string): Ruleset {
  const result = loadRuleset(BUNDLED_SOURCES[id]);
  if (!result.ok) {
    // A programmer error (the file ships with the code): fail loudly at start-up.
    throw new Error(`${id}.json: ${result.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
  return result.ruleset;
}

/** Bundled rulesets by their first fiscal year, oldest first. */
export const BUNDLED_RULESETS: Readonly<Record<number, Ruleset>> = Object.fromEntries(
  Object.keys(BUNDLED_SOURCES)
    .map(bundled)
    .sort((a, b) => a.ta - b.ta)
    .map((r) => [r.ta, r]),
);

const ORDERED: readonly Ruleset[] = Object.values(BUNDLED_RULESETS).sort((a, b) => a.ta - b.ta);

/** The latest bundled fiscal year: the default when a proposal states none. */
export const DEFAULT_TA = ORDERED[ORDERED.length - 1].ta;

/** The bundled ruleset covering a fiscal year (2026 -> ta2024), or undefined when none covers it. */
export function getRuleset(ta: number = DEFAULT_TA): Ruleset | undefined {
  return ORDERED.find((r) => r.ta <= ta && ta <= r.taTo);
}

/** The bundled ruleset with this id ("ta2022"), or undefined. */
export function bundledRulesetById(id: string): Ruleset | undefined {
  return ORDERED.find((r) => r.id === id);
}

/**
 * The ruleset for a fiscal year no file may cover: the one covering it, else the nearest earlier
 * one (else the earliest), with `fallback` saying that it does not cover the year.
 */
export function nearestRuleset(ta: number): { readonly ruleset: Ruleset; readonly fallback: boolean } {
  const covering = getRuleset(ta);
  if (covering) return { ruleset: covering, fallback: false };
  const earlier = ORDERED.filter((r) => r.taTo < ta);
  return { ruleset: earlier.length > 0 ? earlier[earlier.length - 1] : ORDERED[0], fallback: true };
}

/** The bundled ruleset of the latest fiscal years. */
export function defaultRuleset(): Ruleset {
  return ORDERED[ORDERED.length - 1];
}

/** Every bundled ruleset, oldest first. */
export function bundledRulesets(): readonly Ruleset[] {
  return ORDERED;
}
