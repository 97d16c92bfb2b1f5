/**
 * loadRuleset: checks a ruleset read from JSON (a bundled file or one an official loads) and
 * returns it typed, or EVERY problem found, each with its JSON Pointer path. First `extends` is
 * resolved against the bundled files, then two passes over the merged document: the shape
 * (ruleset-shape.ts) and the meaning (ruleset-meaning.ts).
 */
import { BUNDLED_SOURCES } from "./bundled-sources";
import { resolveExtends, type RulesetSourceLookup } from "./extends";
import { checkMeaning } from "./ruleset-meaning";
import { RULESET_SHAPE } from "./ruleset-shape";
import type { Ruleset } from "./ruleset";
import type { ShapeProblem } from "./shape";

export type RulesetProblem = ShapeProblem;

export type LoadRulesetResult =
  | { readonly ok: true; readonly ruleset: Ruleset }
  | { readonly ok: false; readonly problems: readonly RulesetProblem[] };

const bundledSource: RulesetSourceLookup = (id) =>
  Object.hasOwn(BUNDLED_SOURCES, id) ? BUNDLED_SOURCES[id] : undefined;

export function loadRuleset(json: unknown, lookup: RulesetSourceLookup = bundledSource): LoadRulesetResult {
  const resolved = resolveExtends(json, lookup);
  // An unknown base leaves nothing to check the shape of: say that alone.
  if (resolved.problems.length > 0) return { ok: false, problems: resolved.problems };
  const problems: RulesetProblem[] = [];
  if (!RULESET_SHAPE(resolved.json, "", problems)) return { ok: false, problems };
  const doc = resolved.json as Omit<Ruleset, "taTo"> & { taTo?: number };
  const ruleset: Ruleset = { ...doc, taTo: doc.taTo ?? doc.ta };
  checkMeaning(ruleset, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ruleset };
}
