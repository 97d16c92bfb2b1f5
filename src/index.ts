/**
 * The core as a library: what other tools of the ministry may use. Everything here is pure
 * TypeScript (no Office, no DOM, no Node): read grids into a proposal, validate it against a
 * fiscal year's ruleset, summarise its budget, format findings, work with rupiah amounts and
 * compute sentra indicators; compare two versions of an RK.
 */

// Rupiah amounts
export {
  parseRupiah,
  describeParseFailure,
  formatRupiah,
  terbilang,
  ringkas,
  sumRupiah,
  multiplyRupiah,
  subtractRupiah,
  toSen,
  fromSen,
} from "./core/money";
export type {
  ParseResult,
  ParseFailReason,
  ParseNote,
  TerbilangOptions,
  TerbilangResult,
  FormatRupiahOptions,
} from "./core/money";

// Grids and proposals
export type { Grid, CellValue, CellError } from "./core/grid/types";
export { readProposal, readPart, META_KEYS, COLUMN_KEYS } from "./core/proposal";
export type {
  Proposal,
  ProposalPart,
  ProposalLine,
  ProposalMeta,
  StatedSubtotal,
  NumberCell,
  TextCell,
  ColumnKey,
  MetaKey,
} from "./core/proposal";

// Rulesets, validation, messages
export {
  validate,
  loadRuleset,
  BUNDLED_RULESETS,
  getRuleset,
  defaultRuleset,
  menuNames,
  rincianNames,
  allowedSatuan,
  allowedMetode,
  compareFindings,
  sortFindings,
  FINDING_CODES,
} from "./core/rules";
export type {
  Finding,
  FindingCode,
  Severity,
  Ruleset,
  RuleSpec,
  MenuSpec,
  RincianSpec,
  RincianKind,
  LoadRulesetResult,
  RulesetProblem,
} from "./core/rules";
export { formatFinding } from "./core/i18n";
export type { Locale } from "./core/i18n";

// Which year's rules apply to a proposal, and how two years' rules differ
export { chooseRuleset, checkProposal, type RulesetChoice, type RulesetOptions } from "./core/rules/choose";
export { diffRulesets, type RulesetChange, type RulesetDiff } from "./core/rules/changes";
export { describeRulesetChanges, type ChangeSection } from "./core/i18n/ruleset-changes";

// Comparing two versions of an RK
export { compareProposals, hasDifferences, reviewRevision, revisionFindings, LINE_FIELDS } from "./core/compare";
export type {
  CompareOptions,
  Comparison,
  RevisionReview,
  LineChange,
  FieldChange,
  LineSnapshot,
  MetaChange,
  CompareTotals,
  CompareValue,
  ChangeKind,
  LineField,
} from "./core/compare";

// Budget summary and disbursement stages
export { summarize, planDisbursement, nextStage } from "./core/budget";
export type { BudgetSummary, DisbursementPlan, NextStage } from "./core/budget";

// Sentra indicators
export { growth, absoluteChange, aggregateGrowth, meanGrowth } from "./core/indicators/growth";
export type {
  GrowthResult,
  AggregateGrowth,
  MeanGrowth,
  SkippedSentra,
  SkipReason,
  SeriesFailure,
} from "./core/indicators/growth";
export { SENTRA_INDICATORS, findIndicator } from "./core/indicators/definitions";
export { readIndicatorTable } from "./core/indicators/table";
export { readMarketLevel } from "./core/indicators/market";
export { formalityScore, FORMALITY_CHECKLIST } from "./core/indicators/formality";
export { capacityGrowth } from "./core/indicators/capacity";
export {
  classifyPermenperin64,
  classifyPp7Capital,
  classifyPp7Sales,
  classifyBpsWorkers,
} from "./core/indicators/size-class";
export { sentraEligibility } from "./core/indicators/eligibility";

// Templates as data
export { TEMPLATES, TEMPLATE_IDS, buildTemplate, contextFromRuleset } from "./core/templates";
export type { SheetSpec, TemplateId, TemplateContext } from "./core/templates";
