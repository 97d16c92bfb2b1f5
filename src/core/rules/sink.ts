/**
 * Collects findings: adds each rule's severity and basis from the ruleset, drops findings of
 * switched-off rules, and reports a problem once per cell (a heading row's menu shared by many
 * KRISNA detail lines is one finding, not one per line).
 */
import type { Finding, FindingParamValue } from "./findings";
import { RULE_CODES, type RuleId, type Ruleset } from "./ruleset";

export type Params = Readonly<Record<string, FindingParamValue>>;

export class FindingSink {
  private readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly ruleset: Ruleset) {}

  isOn(ruleId: RuleId): boolean {
    return this.ruleset.rules[ruleId].enabled !== false;
  }

  add(ruleId: RuleId, sheet: string, cell: string, params: Params): void {
    const rule = this.ruleset.rules[ruleId];
    if (rule.enabled === false) return;
    const key = `${ruleId}\u0000${sheet}\u0000${cell}`;
    if (cell !== "" && this.seen.has(key)) return;
    this.seen.add(key);
    const finding: Finding = { code: RULE_CODES[ruleId], severity: rule.severity, ruleId, sheet, cell, params };
    this.findings.push(rule.basis === undefined ? finding : { ...finding, basis: rule.basis });
  }

  list(): Finding[] {
    return this.findings;
  }
}
