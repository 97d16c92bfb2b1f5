/** Comparing two versions of an RK (DESIGN.md §6 `dak bandingkan`, the pane's Bandingkan tab). */
export { compareProposals, hasDifferences, rulesetForVersions, type CompareOptions } from "./compare";
export { APPROVED_FIELDS, revisionFindings } from "./revision";
export { reviewRevision, type RevisionReview } from "./review";
export { LINE_FIELDS } from "./types";
export type {
  ChangeKind,
  CompareTotals,
  CompareValue,
  Comparison,
  FieldChange,
  LineChange,
  LineField,
  LineSnapshot,
  MetaChange,
  TotalPair,
} from "./types";
