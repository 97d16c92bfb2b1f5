/**
 * The shape of the words that say what differs between two rulesets (ruleset-changes.ts), one
 * object per language (ruleset-changes-id.ts, ruleset-changes-en.ts). Numbers reach these
 * functions already written by the locale's formatters.
 */
import type { DisbursementField, ListName, MenuField, RincianField, ThresholdKey } from "../rules/changes/types";
import type { Severity } from "../rules/findings";
import type { RincianKind, RuleStatus } from "../rules/ruleset";

/** How the differences are grouped, in this order. */
export type ChangeGroup = "menus" | "lists" | "thresholds" | "disbursement" | "rules";

export const CHANGE_GROUPS: readonly ChangeGroup[] = ["menus", "lists", "thresholds", "disbursement", "rules"];

export interface ChangeWords {
  readonly groups: Readonly<Record<ChangeGroup, string>>;
  /** A value that is not stated ("—" would be read as a dash, so a word). */
  readonly none: string;
  readonly menu: (name: string) => string;
  readonly rincian: (name: string, menu: string) => string;
  readonly lists: Readonly<Record<ListName, string>>;
  readonly sentraCode: string;
  readonly thresholds: Readonly<Record<ThresholdKey, string>>;
  readonly disbursement: string;
  readonly disbursementFields: Readonly<Record<DisbursementField, string>>;
  readonly menuFields: Readonly<Record<MenuField, string>>;
  readonly rincianFields: Readonly<Record<RincianField, string>>;
  readonly menuAdded: string;
  readonly menuRemoved: string;
  readonly rincianAdded: string;
  readonly rincianRemoved: string;
  readonly ruleAdded: string;
  readonly ruleRemoved: string;
  readonly ruleEnabled: string;
  readonly ruleDisabled: string;
  readonly severity: string;
  readonly status: string;
  readonly basis: string;
  /** "added: a, b" and "removed: c" of a list; joined by `listJoin`. */
  readonly listAdded: (items: string) => string;
  readonly listRemoved: (items: string) => string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly statuses: Readonly<Record<RuleStatus, string>>;
  readonly kinds: Readonly<Record<RincianKind, string>>;
  readonly lumpSumAmount: Readonly<Record<"pagu" | "contract", string>>;
  readonly yesNo: Readonly<Record<"yes" | "no", string>>;
  readonly atLeast: (value: string) => string;
  readonly atMost: (value: string) => string;
  /** Bounds limited to lines in one satuan. */
  readonly inSatuan: (bounds: string, satuan: string) => string;
  /** A disbursement stage: its name, its share (or the rest) and what it needs first. */
  readonly stage: (name: string, share: string | undefined, needs: readonly string[]) => string;
  readonly minSerapan: (share: string) => string;
  readonly minOutput: (share: string) => string;
}
