/**
 * The rulesets shipped with the product, one per fiscal year or span of years (ta2024 covers
 * 2024–2027). They go through the same loader as an official's file (a year's file `extends`
 * the one before it), so a broken bundled file is caught by tests, not by users.
 *
 * Each is loaded when first asked for, not at start-up: a `dak` worker or a task pane needs the
 * one year it checks, and loading (resolving `extends`, checking shape and meaning) costs a few
 * milliseconds per file in every thread that starts, which a batch of small proposals pays once
 * per worker. Which file covers which years is read from the files' own `ta`/`taTo` (a test
 * holds that index to what loading them gives).
 */
import { BUNDLED_SOURCES } from "./bundled-sources";
import { loadRuleset } from "./load-ruleset";
import type { Ruleset } from "./ruleset";

interface BundledEntry {
  readonly id: string;
  readonly ta: number;
  readonly taTo: number;
}

/** The bundled files by the years they declare, oldest first. */
const INDEX: readonly BundledEntry[] = Object.entries(BUNDLED_SOURCES)
  .map(([id, source]) => {
    const { ta, taTo } = source as { ta: number; taTo?: number };
    return { id, ta, taTo: taTo ?? ta };
  })
  .sort((a, b) => a.ta - b.ta);

const loaded = new Map<string, Ruleset>();

function load(entry: BundledEntry): Ruleset {
  const hit = loaded.get(entry.id);
  if (hit) return hit;
  const result = loadRuleset(BUNDLED_SOURCES[entry.id]);
  if (!result.ok) {
    // A programmer error (the file ships with the code), which the tests load every file to catch.
    throw new Error(`${entry.id}.json: ${result.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  }
  loaded.set(entry.id, result.ruleset);
  return result.ruleset;
}

/** Bundled rulesets by their first fiscal year, oldest first; each loads when read. */
export const BUNDLED_RULESETS: Readonly<Record<number, Ruleset>> = Object.defineProperties(
  {},
  Object.fromEntries(INDEX.map((e) => [e.ta, { enumerable: true, get: () => load(e) }])),
);

/** The latest bundled fiscal year: the default when a proposal states none. */
export const DEFAULT_TA = INDEX[INDEX.length - 1].ta;

/** The years each bundled ruleset covers, oldest first, without loading any. */
export function bundledSpans(): readonly { readonly ta: number; readonly taTo: number }[] {
  return INDEX;
}

/** The bundled ruleset covering a fiscal year (2026 -> ta2024), or undefined when none covers it. */
export function getRuleset(ta: number = DEFAULT_TA): Ruleset | undefined {
  const entry = INDEX.find((r) => r.ta <= ta && ta <= r.taTo);
  return entry && load(entry);
}

/** The bundled ruleset with this id ("ta2022"), or undefined. */
export function bundledRulesetById(id: string): Ruleset | undefined {
  const entry = INDEX.find((r) => r.id === id);
  return entry && load(entry);
}

/**
 * The ruleset for a fiscal year no file may cover: the one covering it, else the nearest earlier
 * one (else the earliest), with `fallback` saying that it does not cover the year.
 */
export function nearestRuleset(ta: number): { readonly ruleset: Ruleset; readonly fallback: boolean } {
  const covering = getRuleset(ta);
  if (covering) return { ruleset: covering, fallback: false };
  const earlier = INDEX.filter((r) => r.taTo < ta);
  return { ruleset: load(earlier.length > 0 ? earlier[earlier.length - 1] : INDEX[0]), fallback: true };
}

/** The bundled ruleset of the latest fiscal years. */
export function defaultRuleset(): Ruleset {
  return load(INDEX[INDEX.length - 1]);
}

/** Every bundled ruleset, oldest first (loads them all). */
export function bundledRulesets(): readonly Ruleset[] {
  return INDEX.map(load);
}
