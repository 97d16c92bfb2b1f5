/**
 * The active ruleset of the add-in's shared runtime: one state that the task pane, the ribbon
 * command and the custom functions all read (DESIGN.md §5). It holds what the user chose in the
 * pane (nothing: by the proposal's TA; a fiscal year; a ruleset loaded in the Aturan tab) and the
 * TA of the proposal last read from the workbook; which ruleset that means is always decided by
 * chooseRuleset (choose.ts), never here.
 *
 * The pane, the ribbon commands and the custom functions are separate bundles on one page. Since
 * the page shares one webpack runtime and chunk (webpack.config.js) they share one copy of this
 * module; the state still lives on the page's global object under a registered symbol, so that
 * it stays one state should a bundle ever carry its own copy (a build without the shared chunk,
 * or a face loaded on its own).
 */
import type { Proposal } from "../proposal/types";
import {
  chooseRuleset,
  chooseRulesetForTa,
  proposalTa,
  type RulesetChoice,
  type RulesetOptions,
  type StatedTa,
} from "./choose";
import type { Ruleset } from "./ruleset";

/** What the user chose: nothing (the proposal's TA decides), a fiscal year, or a loaded ruleset. */
export type RulesetSelection =
  | { readonly kind: "auto" }
  | { readonly kind: "ta"; readonly ta: number }
  | { readonly kind: "loaded"; readonly ruleset: Ruleset };

interface SharedState {
  selection: RulesetSelection;
  /** The TA stated by the proposal last read (by the pane or the ribbon command). */
  stated?: StatedTa;
  /** Counts the changes: a face caches what it derives from the state by it. */
  version: number;
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for("dak-ikm.active-ruleset");

function shared(): SharedState {
  const holder = globalThis as { [KEY]?: SharedState };
  holder[KEY] ??= { selection: { kind: "auto" }, version: 0, listeners: new Set() };
  return holder[KEY];
}

function notify(state: SharedState): void {
  state.version += 1;
  for (const listener of [...state.listeners]) listener();
}

/** The user's choice in the pane. */
export function rulesetSelection(): RulesetSelection {
  return shared().selection;
}

/** Records the user's choice (the pane's ruleset select, a ruleset loaded in the Aturan tab). */
export function selectRuleset(selection: RulesetSelection): void {
  const state = shared();
  state.selection = selection;
  notify(state);
}

/** The options of chooseRuleset that the user's choice means; `ta` (a function's TA argument) wins over a chosen year. */
function optionsOf(selection: RulesetSelection, ta?: number): RulesetOptions {
  if (selection.kind === "loaded") return { ruleset: selection.ruleset, ta };
  return { ta: ta ?? (selection.kind === "ta" ? selection.ta : undefined) };
}

/** chooseRuleset's options under the user's choice, for a decision on other proposals (two versions compared). */
export function activeOptions(): RulesetOptions {
  return optionsOf(shared().selection);
}

/** Grows with every change of the state. */
export function activeRulesetVersion(): number {
  return shared().version;
}

/**
 * The ruleset for a proposal just read from the workbook (task pane, ribbon command): core's
 * choice under the user's selection. The proposal's TA is remembered for the custom functions.
 */
export function chooseActiveRuleset(proposal: Proposal): RulesetChoice {
  const state = shared();
  const stated = proposalTa(proposal);
  const changed = stated?.ta !== state.stated?.ta;
  state.stated = stated;
  const choice = chooseRuleset(proposal, optionsOf(state.selection));
  if (changed) notify(state);
  return choice;
}

/**
 * The ruleset active in the shared runtime, as the custom functions use it: the user's choice,
 * else the TA of the proposal last read, else the newest; `ta` (a function's optional TA
 * argument) asks for that fiscal year instead, unless a loaded ruleset is active (a loaded
 * ruleset always wins, as everywhere: choose.ts).
 */
export function activeRuleset(options: { readonly ta?: number } = {}): RulesetChoice {
  const state = shared();
  return chooseRulesetForTa(state.stated, optionsOf(state.selection, options.ta));
}

/** Calls `listener` whenever the choice or the proposal's TA changes; returns the unsubscribe. */
export function subscribeActiveRuleset(listener: () => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Back to no choice and no proposal read (a new session; tests). */
export function resetActiveRuleset(): void {
  const state = shared();
  state.selection = { kind: "auto" };
  state.stated = undefined;
  notify(state);
}
