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
import type { ChangeSection } from "../core/i18n/ruleset-changes";

export type { ChangeSection, Locale };

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
  /** Absorption of the funds received so far needed before asking for this stage (0..1). */
  readonly minSerapan?: number;
  /** Physical output needed before asking for this stage (0..1). */
  readonly minOutput?: number;
}

/**
 * What core decided about a budget limit (core/budget/verdicts.ts), to be shown as it is:
 * within, over (a finding of `severity`), or off (the rule is switched off: nothing to say).
 */
export interface VerdictView {
  readonly state: "within" | "over" | "off";
  readonly severity: Severity;
  readonly basis?: string;
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
  /** Core's verdicts on the total against the pagu and the penunjang against its cap; null without a pagu. */
  readonly paguVerdict: VerdictView | null;
  readonly penunjangVerdict: VerdictView | null;
  /** The year's scheme; "none" without a pagu to disburse. */
  readonly disbursement: {
    readonly mode: "lumpSum" | "stages" | "none";
    /** A lump sum releases the pagu (until TA 2023) or the contract value (from TA 2024). */
    readonly lumpSumOf?: "pagu" | "contract";
    readonly stages: readonly DisbursementStage[];
    readonly basis?: string;
  };
}

/** Why a ruleset applies (core/rules/choose.ts). */
export interface RulesetChoiceView {
  /** loaded/ta: the user's choice; proposal: the proposal's TA; default: no TA known, the newest. */
  readonly reason: "loaded" | "ta" | "proposal" | "default";
  /** The TA asked for or stated by the proposal. */
  readonly ta?: number;
  /** No ruleset covers `ta`: the nearest earlier one applies. */
  readonly fallback: boolean;
}

/** The ruleset active in the shared runtime, as the pane shows it. */
export interface ActiveRulesetView {
  /** The user's choice: "auto" (by the proposal's TA) or the key of a ruleset. */
  readonly selected: "auto" | string;
  /** The ruleset that applies now: the choice, else the one of the proposal last read, else the newest. */
  readonly ruleset: RulesetView;
  readonly choice: RulesetChoiceView;
}

export interface CheckOutcome {
  /** The ruleset core chose for this proposal, and why. */
  readonly ruleset: RulesetView;
  readonly choice: RulesetChoiceView;
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
  /** What differs in `ruleset` since `since` (another year's), grouped, in the user's words. */
  rulesetChanges(ruleset: RulesetView, since: RulesetView, locale: Locale): readonly ChangeSection[];
  /**
   * The user's choice, for the whole shared runtime (pane, ribbon command, custom functions):
   * a ruleset, or undefined for "by the proposal's TA".
   */
  selectRuleset(ruleset: RulesetView | undefined): void;
  /** The ruleset active in the shared runtime; the same object until it changes. */
  activeRuleset(): ActiveRulesetView;
  /** Calls `listener` when the active ruleset changes (from any face); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * readProposal → core's choice of ruleset under the active selection → validate → summarize.
   * Synchronous and linear in the number of lines.
   */
  check(grids: readonly Grid[]): CheckOutcome;
  /** What is wrong, in the user's language, without the cell and the basis (shown beside it). */
  formatFinding(finding: Finding, locale: Locale): string;
  templates(locale: Locale): readonly TemplateView[];
  /** Names of the sheets that hold an RK line table, in workbook order. */
  rkSheets(grids: readonly Grid[]): string[];
  /** The old (approved) version against the new one, both RK sheets, under core's choice of ruleset. */
  compare(old: Grid, now: Grid): CompareOutcome;
}

/** What a ribbon command checks with: the check alone, nothing of the pane's. */
export type CheckEngine = Pick<Engine, "check" | "activeRuleset">;

/** Inserts a template as a new sheet (never overwriting); resolves to the new sheet's name. */
export interface TemplateInserter {
  insert(templateId: string, ruleset: RulesetView): Promise<string>;
}
