/**
 * The core as a library: what other tools of the ministry may use. Everything here is pure
 * TypeScript (no Office, no DOM, no Node).
 */
export { terbilang } from "./core/money/terbilang";
export { sumRupiah, multiplyRupiah, subtractRupiah, toSen, fromSen } from "./core/money/arithmetic";
export type { Grid, CellValue, CellError } from "./core/grid/types";
export type { Finding, FindingCode, Severity } from "./core/rules/findings";
export { FINDING_CODES } from "./core/rules/findings";
export type { Proposal, ProposalPart, ProposalLine, NumberCell, TextCell } from "./core/proposal/types";
