/**
 * Findings: the contract between the engine and every presenter (task pane, sheet marks,
 * "Hasil Validasi" sheet, CLI). Codes are stable forever: tests, the CLI's JSON output and
 * users' filters depend on them. No message is stored; `formatFinding` (src/core/i18n) makes
 * it late, in the user's language, from `code` and `params`.
 */

export const FINDING_CODES = [
  // reading
  "TABLE_NOT_FOUND",
  "COLUMN_MISSING",
  "META_MISSING",
  // line
  "LINE_REQUIRED",
  "NOT_A_NUMBER",
  "NUMBER_AS_TEXT",
  "CELL_ERROR",
  "NON_POSITIVE",
  "AMOUNT_MISMATCH",
  "MENU_UNKNOWN",
  "RINCIAN_UNKNOWN",
  "SATUAN_INVALID",
  "UNIT_COST_OUT_OF_RANGE",
  "VOLUME_OUT_OF_RANGE",
  "ITEM_INELIGIBLE",
  "HONOR_NOT_ALLOWED",
  "PENUNJANG_USE_INVALID",
  "PENUNJANG_METHOD",
  "METHOD_INVALID",
  "DUPLICATE_LINE",
  "COORD_INVALID",
  // budget
  "PAGU_EXCEEDED",
  "PAGU_UNDERUSED",
  "PENUNJANG_OVER_CAP",
  "MENU_SHARE_OUT_OF_RANGE",
  "TOTAL_MISMATCH",
  // sentra
  "SENTRA_TOO_SMALL",
  "SENTRA_SK_MISSING",
  // revision (two versions of an RK compared: src/core/compare)
  "REVISION_APPROVED_CHANGED",
  // allocation (a batch checked against the allocation table: dak validate --alokasi)
  "PAGU_NOT_ALLOCATION",
  "ALLOCATION_UNKNOWN",
] as const;

/**
 * Codes found over several files or versions (a batch against the allocation table, two versions
 * of an RK compared), not by validate() on one proposal.
 */
export const BATCH_FINDING_CODES: readonly FindingCode[] = [
  "PAGU_NOT_ALLOCATION",
  "ALLOCATION_UNKNOWN",
  "REVISION_APPROVED_CHANGED",
];

export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = "error" | "warning" | "info";

/** Values a message may interpolate. Amounts are plain numbers in rupiah. */
export type FindingParamValue = string | number | boolean | readonly string[] | null;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Id of the ruleset rule that produced it (e.g. "penunjang.cap"), or "reading.*" for reading. */
  readonly ruleId: string;
  /** Sheet name; "" when the finding concerns no sheet (e.g. no table in any sheet). */
  readonly sheet: string;
  /** "H15" or "B15:H15", no sheet prefix; "" when there is no cell to point at. */
  readonly cell: string;
  readonly params: Readonly<Record<string, FindingParamValue>>;
  /** Regulation reference, e.g. "Perpres 7/2022 Pasal 8 ayat (6)". */
  readonly basis?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Order for presenting: by severity, then sheet, then row and column of the cell. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.sheet.localeCompare(b.sheet) ||
    compareCells(a.cell, b.cell) ||
    a.code.localeCompare(b.code)
  );
}

function compareCells(a: string, b: string): number {
  const pa = cellKey(a);
  const pb = cellKey(b);
  return pa.row - pb.row || pa.col - pb.col;
}

function cellKey(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return { row: -1, col: -1 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
