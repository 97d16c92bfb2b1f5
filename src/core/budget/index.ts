/** Budget recap and disbursement stages. */
export { summarize, type BudgetSummary, type KindTotal, type MenuTotal, type ShareLine } from "./summarize";
export {
  nextStage,
  planDisbursement,
  type DisbursementPlan,
  type NextStage,
  type PlannedStage,
  type Progress,
} from "./disbursement";
export {
  paguVerdict,
  penunjangVerdict,
  ruleState,
  type PaguVerdict,
  type PenunjangVerdict,
  type RuleState,
  type VerdictState,
} from "./verdicts";
