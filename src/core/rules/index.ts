/** The validation engine and its rulesets (DESIGN.md §4–§5). */
export { validate } from "./validate";
export { loadRuleset, type LoadRulesetResult, type RulesetProblem } from "./load-ruleset";
export { BUNDLED_RULESETS, DEFAULT_TA, defaultRuleset, getRuleset } from "./bundled";
export {
  allowedMetode,
  allowedSatuan,
  canonicalSatuan,
  closestMenuNames,
  findMenu,
  findRincian,
  menuNames,
  rincianNames,
} from "./lookup";
export { checkSingleLine, type LineFields } from "./single-line";
export { FINDING_CODES, compareFindings, sortFindings } from "./findings";
export type { Finding, FindingCode, FindingParamValue, Severity } from "./findings";
export { RINCIAN_KINDS, RULE_CODES, RULE_IDS } from "./ruleset";
export type { MenuSpec, RincianKind, RincianSpec, RuleId, RuleSpec, RuleStatus, Ruleset } from "./ruleset";
