/** Proposal reading: Grid[] -> Proposal (DESIGN.md §3). */
export { readProposal, readPart } from "./read-proposal";
export { META_KEYS } from "./types";
export type {
  ColumnKey,
  MetaKey,
  NumberCell,
  Proposal,
  ProposalLine,
  ProposalMeta,
  ProposalPart,
  StatedSubtotal,
  TextCell,
} from "./types";
export { COLUMN_KEYS } from "./vocabulary";
export { compactKey } from "./text-key";
