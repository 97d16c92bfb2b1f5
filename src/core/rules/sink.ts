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
    const key = `${ruleId}\u0000${sheet}\u0000${cell}`;
    if (cell !== "" && this.seen.has(key)) return;
    this.seen.add(key);
    const finding = { code: RULE_CODES[ruleId], severity: rule.severity, ruleId, sheet, cell, params } as Finding;
    this.findings.push(rule.basis === undefined ? finding : { ...finding, basis: rule.basis });
  }

  list(): Finding[] {
    return this.findings;
  }
}
