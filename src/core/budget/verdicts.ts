/**
 * The budget verdicts, decided once (DESIGN.md §8 "one decision, one place"): is the total
 * within the pagu, is the penunjang within its cap. The budget checks report their findings from
 * these verdicts, and every face (the Pagu tab, DAK.CEK_PAGU, DAK.CEK_PENUNJANG) shows them as
 * they are: a rule switched off (`enabled: false`) gives the state "off" and is silent
 * everywhere; the rule's severity, status and basis travel with the verdict.
 */
import { multiplyRupiah, subtractRupiah } from "../money/arithmetic";
import type { Severity } from "../rules/findings";
import type { RuleId } from "../rules/registry";
import type { RuleStatus, Ruleset } from "../rules/ruleset";

/**
 * Below one rupiah a pagu is shown as "Rp0" and a share of it as "Infinity%" or billions of per
 * cent: the total over it is said (PAGU_EXCEEDED), no share of it is (no penunjang verdict).
 */
export const MIN_PAGU_FOR_SHARES = 1;

/** A rule's judgement for the year, as a face needs it beside a verdict. */
export interface RuleState {
  readonly id: RuleId;
  readonly enabled: boolean;
  readonly severity: Severity;
  readonly status: RuleStatus;
  readonly basis?: string;
}

/**
 * within: the limit holds; over: it does not and the rule is on (a finding of `rule.severity`);
 * off: the rule is switched off, so nothing is said either way.
 */
export type VerdictState = "within" | "over" | "off";

export interface PaguVerdict {
  readonly state: VerdictState;
  readonly pagu: number;
  readonly total: number;
  /** total − pagu when over, else 0. */
  readonly excess: number;
  readonly rule: RuleState;
}

export interface PenunjangVerdict {
  readonly state: VerdictState;
  readonly penunjang: number;
  readonly pagu: number;
  /** The cap as a share of the pagu (thresholds.penunjangMaxShare). */
  readonly maxShare: number;
  /** The cap in rupiah: maxShare × pagu, exact to the rupiah. */
  readonly cap: number;
  /** penunjang / pagu; 0 when the pagu is not positive. */
  readonly share: number;
  /** penunjang − cap when over, else 0. */
  readonly excess: number;
  readonly rule: RuleState;
}

export function ruleState(ruleset: Ruleset, id: RuleId): RuleState {
  const spec = ruleset.rules[id];
  return {
    id,
    enabled: spec.enabled !== false,
    severity: spec.severity,
    status: spec.status,
    ...(spec.basis !== undefined ? { basis: spec.basis } : {}),
  };
}

function stateOf(exceeds: boolean, rule: RuleState): VerdictState {
  if (!rule.enabled) return "off";
  return exceeds ? "over" : "within";
}

/** The proposal's total against its pagu (rule pagu.exceeded). */
export function paguVerdict(total: number, pagu: number, ruleset: Ruleset): PaguVerdict {
  const rule = ruleState(ruleset, "pagu.exceeded");
  const exceeds = total > pagu;
  return { state: stateOf(exceeds, rule), pagu, total, excess: exceeds ? subtractRupiah(total, pagu) : 0, rule };
}

/** The penunjang total against its cap, a share of the pagu, not of the RK's total (rule penunjang.cap). */
export function penunjangVerdict(penunjang: number, pagu: number, ruleset: Ruleset): PenunjangVerdict {
  const rule = ruleState(ruleset, "penunjang.cap");
  const maxShare = ruleset.thresholds.penunjangMaxShare;
  const cap = multiplyRupiah(maxShare, pagu);
  const exceeds = penunjang > cap;
  return {
    state: stateOf(exceeds, rule),
    penunjang,
    pagu,
    maxShare,
    cap,
    share: pagu > 0 ? penunjang / pagu : 0,
    excess: exceeds ? subtractRupiah(penunjang, cap) : 0,
    rule,
  };
}
