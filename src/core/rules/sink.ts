/**
 * Collects findings: adds each rule's severity and basis from the ruleset, drops findings of
 * switched-off rules, and reports a problem once per cell (a heading row's menu shared by many
 * KRISNA detail lines is one finding, not one per line).
 */
import type { Finding } from "./findings";
import { RULE_CODES, type ParamsOfRule, type RuleId } from "./registry";
import type { Ruleset } from "./ruleset";

export class FindingSink {
  private readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly ruleset: Ruleset) {}

  isOn(ruleId: RuleId): boolean {
    return this.ruleset.rules[ruleId].enabled !== false;
  }

  /** A finding of a rule; its params are those the rule declares (checked by the compiler). */
  add<I extends RuleId>(ruleId: I, sheet: string, cell: string, params: ParamsOfRule<I>): void {
    const rule = this.ruleset.rules[ruleId];
    if (rule.enabled === false) return;
    if (cell !== "") {
      const key = `${ruleId}\u0000${sheet}\u0000${cell}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    const code = RULE_CODES[ruleId];
    const { severity, basis } = rule;
    // One object per finding (a 20,000-line RK gives tens of thousands), with its basis when the rule has one.
    this.findings.push(
      (basis === undefined
        ? { code, severity, ruleId, sheet, cell, params }
        : { code, severity, ruleId, sheet, cell, params, basis }) as Finding,
    );
  }

  list(): Finding[] {
    return this.findings;
  }
}
