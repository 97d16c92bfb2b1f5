/**
 * What differs between two rulesets (DESIGN.md §5: "the difference between two years is then
 * visible as data"), as plain JSON-ready values: `dak rules --diff` prints them as JSON or in
 * words, the Aturan tab in words (src/core/i18n/ruleset-changes.ts). Things are named by their
 * stable ids; names ride along so that the words need no ruleset.
 */
import type { Severity } from "../findings";
import type { RuleId } from "../registry";
import type { Bounds, DisbursementStage, LineBounds, RincianKind, RuleStatus, Thresholds } from "../ruleset";

/** A menu or rincian: its stable id and its (newer) official name. */
export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

export type MenuField = "name" | "aliases" | "penunjang" | "share" | "status";

export type RincianField =
  | "name"
  | "aliases"
  | "kind"
  | "satuan"
  | "penunjangUse"
  | "physicalMetode"
  | "honorariumAllowed"
  | "unitCost"
  | "volume"
  | "status";

/** A field's value before or after; null = not stated. */
export type FieldValue =
  | string
  | number
  | boolean
  | null
  | readonly string[]
  | Bounds
  | LineBounds
  | RincianKind
  | readonly DisbursementStage[];

/** The lists of names and word patterns a ruleset holds besides its menus (compared as sets). */
export type ListName =
  | "satuan"
  | "satuanAliases"
  | "metode"
  | "metodeAliases"
  | "honorariumPatterns"
  | "honorExcludedRoles"
  | "ineligiblePatterns"
  | "nonfisikPatterns"
  | "requiredMeta";

export type ThresholdKey = keyof Thresholds;

export type DisbursementField = "lumpSumMaxPagu" | "lumpSumAmount" | "stages" | "basis" | "status";

interface RuleRef {
  readonly rule: RuleId;
  /** The finding code the rule reports. */
  readonly code: string;
}

export type RulesetChange =
  | { readonly kind: "menuAdded" | "menuRemoved"; readonly menu: NamedRef }
  | {
      readonly kind: "menuChanged";
      readonly menu: NamedRef;
      readonly field: MenuField;
      readonly old: FieldValue;
      readonly new: FieldValue;
    }
  | { readonly kind: "rincianAdded" | "rincianRemoved"; readonly menu: NamedRef; readonly rincian: NamedRef }
  | {
      readonly kind: "rincianChanged";
      readonly menu: NamedRef;
      readonly rincian: NamedRef;
      readonly field: RincianField;
      readonly old: FieldValue;
      readonly new: FieldValue;
    }
  /** A set of names or patterns: what the newer one adds and what it no longer has. */
  | {
      readonly kind: "listChanged";
      readonly list: ListName;
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly kind: "sentraCodeChanged"; readonly old: string; readonly new: string }
  | {
      readonly kind: "thresholdChanged";
      readonly threshold: ThresholdKey;
      readonly old: number | Bounds | null;
      readonly new: number | Bounds | null;
    }
  | {
      readonly kind: "disbursementChanged";
      readonly field: DisbursementField;
      readonly old: FieldValue;
      readonly new: FieldValue;
    }
  | (RuleRef & { readonly kind: "ruleAdded" | "ruleRemoved" | "ruleEnabled" | "ruleDisabled" })
  | (RuleRef & { readonly kind: "ruleSeverity"; readonly old: Severity; readonly new: Severity })
  | (RuleRef & { readonly kind: "ruleStatus"; readonly old: RuleStatus; readonly new: RuleStatus })
  | (RuleRef & { readonly kind: "ruleBasis"; readonly old: string | null; readonly new: string | null });

export type RulesetChangeKind = RulesetChange["kind"];

/** The two rulesets compared, as the CLI's JSON names them. */
export interface RulesetRef {
  readonly id: string;
  readonly ta: number;
  readonly taTo: number;
  readonly title: string;
}

export interface RulesetDiff {
  /** The older (or reference) ruleset: "since TA 2022". */
  readonly from: RulesetRef;
  /** The newer ruleset. */
  readonly to: RulesetRef;
  /** Menus first, then lists, thresholds, disbursement and rules; empty when nothing differs. */
  readonly changes: readonly RulesetChange[];
}
