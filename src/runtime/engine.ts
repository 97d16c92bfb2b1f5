/**
 * What the task pane and the ribbon commands need from the engine (src/core), seen from the UI.
 * They take the engine through this small interface so that tests can hand in a fake; the shipped
 * runtime wires it to the real core in shipped/coreEngine.ts. The view types are plain data.
 */
import type { Comparison } from "../core/compare/types";
import type { MarkSpot } from "../excel/adapter";
import type { Grid } from "../core/grid/types";
import type { SheetKind } from "../core/package/kinds";
import type { Finding, Severity } from "../core/rules/findings";
import type { RuleStatus } from "../core/rules/ruleset";

import type { Locale } from "../core/i18n/locale";

export type { Locale };

export type RulesetSource =
  | { readonly kind: "bundled" }
  | { readonly kind: "file"; readonly name: string }
  | { readonly kind: "sheet"; readonly name: string };

export interface RuleView {
  readonly id: string;
  /** The finding code this rule reports (shown in a details line, and the key of the filter). */
  readonly code: string;
  /**
   * The rule in plain words, per language, when the ruleset gives them (shown instead of the id
   * and the code, which stay in a details line).
   */
  readonly title?: Readonly<Record<Locale, string>>;
  readonly description?: Readonly<Record<Locale, string>>;
  readonly severity: Severity;
  readonly status: RuleStatus;
  readonly basis?: string;
}

export interface RulesetView {
  /** Unique among the rulesets the pane knows (bundled ones by fiscal year, loaded ones by source). */
  readonly key: string;
  readonly ta: number;
  readonly name: string;
  readonly source: RulesetSource;
  readonly rules: readonly RuleView[];
}

/** One problem in a loaded ruleset, at its JSON path ("/menus/0/rincian/3/satuan"). */
export interface LoadProblem {
  readonly path: string;
  readonly message: string;
}

export type RulesetLoad =
  | { readonly ok: true; readonly ruleset: RulesetView }
  | { readonly ok: false; readonly problems: readonly LoadProblem[] };

/** "unknown": lines whose rincian the ruleset does not know. */
export type SpendingKind = "construction" | "machinery" | "infrastructure" | "penunjang" | "unknown";

export interface ShareView {
  readonly label: string;
  /** Rupiah. */
  readonly amount: number;
  /** Fraction of the proposal's total (0..1). */
  readonly share: number;
}

export interface DisbursementStage {
  readonly stage: number;
  /** Fraction of the pagu (0..1). */
  readonly share: number;
  readonly amount: number;
}

export interface BudgetView {
  readonly pagu: number | null;
  readonly total: number;
  /** The RAB's total (PPN included) and the KAK's kebutuhan dana, when the workbook holds them filled. */
  readonly rabTotal?: number;
  readonly kakTotal?: number;
  /** pagu − total; negative when the pagu is exceeded; null without a pagu. */
  readonly sisa: number | null;
  readonly penunjang: number;
  /** Penunjang as a fraction of the pagu; null without a pagu. */
  readonly penunjangShare: number | null;
  /** The cap as a share of the pagu (0.05), the ruleset's thresholds.penunjangMaxShare. */
  readonly penunjangMaxShare: number;
  readonly perMenu: readonly ShareView[];
  readonly perKind: readonly (ShareView & { readonly kind: SpendingKind })[];
  /** "none" without a pagu to disburse. */
  readonly disbursement: {
    readonly mode: "lumpSum" | "stages" | "none";
    readonly stages: readonly DisbursementStage[];
  };
}

export interface CheckOutcome {
  readonly findings: readonly Finding[];
  /** Absent when no line table was found. */
  readonly budget?: BudgetView;
  /** Every sheet read with its kind (DESIGN.md §3a): the findings are grouped by sheet with it. */
  readonly sheets?: readonly { readonly sheet: string; readonly kind: SheetKind }[];
}

/** Two versions of an RK compared (the Bandingkan tab): plain data from the core. */
export interface CompareOutcome {
  readonly comparison: Comparison;
  /** REVISION_APPROVED_CHANGED findings (what needs renewed approval), in list order. */
  readonly revision: readonly Finding[];
  /** The new version's own findings (as Validasi would give them), counted. */
  readonly newVersion: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** Every changed cell: the revision findings' cells with their severity, other changes as info. */
  readonly marks: readonly MarkSpot[];
}

export interface TemplateView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface Engine {
  /** The rulesets shipped with the add-in, newest fiscal year first. */
  bundledRulesets(): readonly RulesetView[];
  /** Checks a parsed ruleset JSON against the schema; every problem with its path. */
  loadRuleset(json: unknown, source: RulesetSource): RulesetLoad;
  /** readProposal → validate → summarize. Synchronous and linear in the number of lines. */
  check(grids: readonly Grid[], ruleset: RulesetView): CheckOutcome;
  /** What is wrong, in the user's language, without the cell and the basis (shown beside it). */
  formatFinding(finding: Finding, locale: Locale): string;
  templates(locale: Locale): readonly TemplateView[];
  /** Names of the sheets that hold an RK line table, in workbook order. */
  rkSheets(grids: readonly Grid[]): string[];
  /** The old (approved) version against the new one, both RK sheets, under the ruleset. */
  compare(old: Grid, now: Grid, ruleset: RulesetView): CompareOutcome;
}

/** Inserts a template as a new sheet (never overwriting); resolves to the new sheet's name. */
export interface TemplateInserter {
  insert(templateId: string, ruleset: RulesetView): Promise<string>;
}
