/** What differs between two rulesets, as data (the words: src/core/i18n/ruleset-changes.ts). */
export { diffRulesets, rulesetRef } from "./diff-rulesets";
export type * from "./types";
