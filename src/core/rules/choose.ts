/**
 * Which ruleset applies: decided once, here, for every face (CLI, task pane, ribbon command,
 * custom functions). An explicit choice wins (a ruleset the user loaded, or a TA asked for);
 * otherwise the proposal's own Tahun Anggaran picks the bundled ruleset covering it; a proposal
 * that states none gets the newest. A TA that no bundled file covers gets the nearest earlier one,
 * and the proposal's findings say so (RULESET_FALLBACK).
 */
import type { Proposal } from "../proposal/types";
import { defaultRuleset, nearestRuleset } from "./bundled";
import type { Finding } from "./findings";
import { validate } from "./validate";
import type { Ruleset } from "./ruleset";
import { FindingSink } from "./sink";

export interface RulesetOptions {
  /** A ruleset the user loaded (a file or a sheet): used as it is. */
  readonly ruleset?: Ruleset;
  /** A fiscal year the user asked for (`--ta`, a function's TA argument). */
  readonly ta?: number;
}

export interface RulesetChoice {
  readonly ruleset: Ruleset;
  /** loaded: the user's ruleset; ta: the TA the user asked for; proposal: the proposal's TA; default: no TA stated. */
  readonly reason: "loaded" | "ta" | "proposal" | "default";
  /** The TA asked for or stated by the proposal. */
  readonly ta?: number;
  /** True when no ruleset covers `ta` and the nearest earlier one is used instead. */
  readonly fallback: boolean;
  /** Where the proposal states its TA. */
  readonly taAt?: { readonly sheet: string; readonly cell: string };
}

/** A TA stated by a proposal, with its cell when known. */
export interface StatedTa {
  readonly ta: number;
  readonly sheet?: string;
  readonly cell?: string;
}

/** The TA a proposal states (the first readable one), with its cell. */
export function proposalTa(proposal: Proposal): { ta: number; sheet: string; cell: string } | undefined {
  for (const part of proposal.parts) {
    const cell = part.meta.ta;
    if (cell?.kind === "number" && Number.isInteger(cell.value))
      return { ta: cell.value, sheet: part.sheet, cell: cell.cell };
  }
  return undefined;
}

export function chooseRuleset(proposal: Proposal | undefined, options: RulesetOptions = {}): RulesetChoice {
  return chooseRulesetForTa(proposal && proposalTa(proposal), options);
}

/**
 * The same decision where the proposal itself is not at hand, only the TA it states (a custom
 * function in the shared runtime knows the TA of the proposal last read, not the proposal).
 */
export function chooseRulesetForTa(stated: StatedTa | undefined, options: RulesetOptions = {}): RulesetChoice {
  const taAt = stated?.sheet !== undefined ? { sheet: stated.sheet, cell: stated.cell ?? "" } : undefined;
  if (options.ruleset) return { ruleset: options.ruleset, reason: "loaded", ta: stated?.ta, fallback: false, taAt };
  const ta = options.ta ?? stated?.ta;
  if (ta === undefined) return { ruleset: defaultRuleset(), reason: "default", fallback: false };
  const { ruleset, fallback } = nearestRuleset(ta);
  return { ruleset, reason: options.ta !== undefined ? "ta" : "proposal", ta, fallback, taAt };
}

/** RULESET_FALLBACK when the choice fell back to another year's ruleset; else nothing. */
export function choiceFindings(choice: RulesetChoice): Finding[] {
  if (!choice.fallback || choice.ta === undefined) return [];
  const out = new FindingSink(choice.ruleset);
  const where = choice.taAt ?? { sheet: "", cell: "" };
  out.add("rules.fallback", where.sheet, where.cell, {
    ta: choice.ta,
    used: choice.ruleset.id,
    usedTa: choice.ruleset.ta,
  });
  return out.list();
}

/** The choice and every finding of a proposal under it: what each face shows. */
export function checkProposal(
  proposal: Proposal,
  options: RulesetOptions = {},
): { readonly choice: RulesetChoice; readonly findings: Finding[] } {
  const choice = chooseRuleset(proposal, options);
  return { choice, findings: findingsUnder(proposal, choice) };
}

/** Every finding of a proposal under a choice made for it: RULESET_FALLBACK first, then validate's. */
export function findingsUnder(proposal: Proposal, choice: RulesetChoice): Finding[] {
  return [...choiceFindings(choice), ...validate(proposal, choice.ruleset)];
}
