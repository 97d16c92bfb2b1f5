/**
 * What changed between two versions of an RK (DESIGN.md §6 `dak bandingkan`): lines added,
 * removed or changed, field by field with both cells; the meta fields that changed (the pagu
 * above all); and the totals per menu and per kind, old and new. Plain data, ready for the CLI's
 * JSON, the task pane's list and the revision findings.
 */
import type { ColumnKey, MetaKey } from "../proposal/types";
import { COLUMN_KEYS } from "../proposal/vocabulary";
import type { RincianKind } from "../rules/ruleset";

/** A value as read: a number, a text as written, or null for an empty cell. */
export type CompareValue = string | number | null;

/** The fields of a line that are compared (the No column is only a position). */
export type LineField = Exclude<ColumnKey, "no">;

/** Every column of the RK but No, in the same order. */
export const LINE_FIELDS: readonly LineField[] = COLUMN_KEYS.filter((key): key is LineField => key !== "no");

export interface FieldChange {
  readonly field: LineField;
  readonly old: CompareValue;
  readonly new: CompareValue;
  /** A1 address of the field on each version's sheet. */
  readonly oldCell: string;
  readonly newCell: string;
}

/** One version of a line, as the CLI's JSON shows it. */
export interface LineSnapshot {
  readonly sheet: string;
  /** The line's row across the table's columns ("A15:P15"). */
  readonly cell: string;
  /** 0-based index of the line in its proposal (all parts, in order). */
  readonly index: number;
  readonly volume: CompareValue;
  readonly satuan: CompareValue;
  readonly hargaSatuan: CompareValue;
  /** The line's amount: jumlah as written, else volume × harga satuan. */
  readonly jumlah: CompareValue;
  readonly metode: CompareValue;
  readonly lokasi: CompareValue;
}

export type ChangeKind = "added" | "removed" | "changed";

export interface LineChange {
  readonly change: ChangeKind;
  /** As written in the new version (the old one for a removed line). */
  readonly menu: CompareValue;
  readonly rincian: CompareValue;
  readonly uraian: CompareValue;
  /** The fields that differ; empty for an added or removed line. */
  readonly fields: readonly FieldChange[];
  readonly old: LineSnapshot | null;
  readonly new: LineSnapshot | null;
}

export interface MetaChange {
  readonly field: MetaKey;
  readonly old: CompareValue;
  readonly new: CompareValue;
  readonly oldSheet: string;
  readonly oldCell: string;
  readonly newSheet: string;
  readonly newCell: string;
}

export interface TotalPair {
  readonly old: number;
  readonly new: number;
}

export interface CompareTotals extends TotalPair {
  /** Per menu, official name when known: the old version's menus first, then new ones. */
  readonly byMenu: readonly (TotalPair & { readonly menu: string })[];
  /** Per rincian kind, every kind in a fixed order, then "unknown" when a rincian is unknown. */
  readonly byKind: readonly (TotalPair & { readonly kind: RincianKind | "unknown" })[];
}

export interface Comparison {
  /** In the order of the new version; a removed line sits after the new line its predecessor became. */
  readonly changes: readonly LineChange[];
  readonly meta: readonly MetaChange[];
  readonly totals: CompareTotals;
  /** Lines found in both versions with nothing changed (moved or not). */
  readonly unchanged: number;
}
