/**
 * The registry: every rule the product knows, as its one declaration (declare.ts). Finding
 * codes, rule ids, the id -> code map, message templates and the Aturan tab's words are all
 * derived from this list. Adding a rule = a declaration in declarations/, its check, its data.
 */
import type { Locale } from "../i18n/catalogue";
import type { ParamValues, RuleDeclaration } from "./declare";
import { BUDGET_RULES, SENTRA_RULES } from "./declarations/budget";
import { CELL_RULES } from "./declarations/cells";
import { ELIGIBILITY_RULES } from "./declarations/eligibility";
import { NAME_RULES } from "./declarations/names";
import { PACKAGE_RULES } from "./declarations/package";
import { READING_RULES } from "./declarations/reading";

export const RULES = [
  ...READING_RULES,
  ...CELL_RULES,
  ...NAME_RULES,
  ...ELIGIBILITY_RULES,
  ...BUDGET_RULES,
  ...SENTRA_RULES,
  ...PACKAGE_RULES,
] as const;

export type AnyRule = (typeof RULES)[number];
export type RuleId = AnyRule["id"];
export type FindingCode = AnyRule["code"];

/** The params a finding of this code carries. */
export type ParamsOfCode<C extends FindingCode> = ParamValues<Extract<AnyRule, { code: C }>["params"]>;
/** The params a finding of this rule carries. */
export type ParamsOfRule<I extends RuleId> = ParamValues<Extract<AnyRule, { id: I }>["params"]>;

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);
export const FINDING_CODES: readonly FindingCode[] = RULES.map((r) => r.code);
/**
 * Codes found over several files or versions (a batch against the allocation table, two versions
 * of an RK compared), not by validate() on one proposal.
 */
export const BATCH_FINDING_CODES: readonly FindingCode[] = RULES.filter(
  (r) => r.family === "allocation" || r.family === "revision",
).map((r) => r.code);

const BY_ID = new Map<string, AnyRule>(RULES.map((r) => [r.id, r]));
const BY_CODE = new Map<string, AnyRule>(RULES.map((r) => [r.code, r]));

/** Rule id -> finding code. */
export const RULE_CODES = Object.fromEntries(RULES.map((r) => [r.id, r.code])) as {
  readonly [I in RuleId]: Extract<AnyRule, { id: I }>["code"];
};

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

export function ruleDeclaration(id: RuleId): RuleDeclaration {
  return BY_ID.get(id)!;
}

export function declarationOfCode(code: FindingCode): RuleDeclaration {
  return BY_CODE.get(code)!;
}

/** Every code's message template in one language (the catalogues' `findings`). */
export function findingTemplates(locale: Locale): Readonly<Record<FindingCode, string>> {
  return Object.fromEntries(RULES.map((r) => [r.code, r.message[locale]])) as Record<FindingCode, string>;
}
