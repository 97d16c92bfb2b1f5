/**
 * The rulesets shipped with the product, one per fiscal year. They go through the same loader
 * as an official's file, so a broken bundled file is caught by tests, not by users.
 */
import ta2020 from "../../data/rulesets/ta2020.json";
import { loadRuleset } from "./load-ruleset";
import type { Ruleset } from "./ruleset";

function bundled(json: unknown, file: string): Ruleset {
  const result = loadRuleset(json);
  if (!result.ok) {
    // A programmer error (the file ships with the code): fail loudly at start-up.
    throw new Error(`${file}: ${result.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
  return result.ruleset;
}

/** Bundled rulesets by fiscal year. */
export const BUNDLED_RULESETS: Readonly<Record<number, Ruleset>> = {
  2020: bundled(ta2020, "ta2020.json"),
};

/** The latest bundled fiscal year: the default when a proposal states none we know. */
export const DEFAULT_TA = Math.max(...Object.keys(BUNDLED_RULESETS).map(Number));

/** The bundled ruleset of a fiscal year, or undefined when none is bundled for it. */
export function getRuleset(ta: number = DEFAULT_TA): Ruleset | undefined {
  return BUNDLED_RULESETS[ta];
}

/** The bundled ruleset of the latest fiscal year. */
export function defaultRuleset(): Ruleset {
  return BUNDLED_RULESETS[DEFAULT_TA];
}
