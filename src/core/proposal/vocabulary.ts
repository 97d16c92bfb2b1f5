/**
 * The reading vocabulary (header names, meta labels, units, total/subtotal markers) loaded from
 * src/data/reading/*.json and indexed by compact key. The words are data so that a new synonym
 * met in a real file is a one-line change.
 */
import columnsData from "../../data/reading/columns.json";
import metaData from "../../data/reading/meta-labels.json";
import unitsData from "../../data/reading/units.json";
import rowLabelsData from "../../data/reading/row-labels.json";
import { compactKey, labelKeys } from "./text-key";
import { META_KEYS, type ColumnKey, type MetaKey } from "./types";

export const COLUMN_KEYS: readonly ColumnKey[] = [
  "no",
  "menu",
  "rincian",
  "uraian",
  "volume",
  "satuan",
  "hargaSatuan",
  "jumlah",
  "metode",
  "lokasi",
  "kecamatan",
  "desa",
  "latitude",
  "longitude",
  "penerimaManfaat",
  "keterangan",
];

/** Builds compact synonym -> key; a synonym claimed by two keys is a data error (caught by tests). */
function indexSynonyms<K extends string>(
  data: Readonly<Record<string, unknown>>,
  keys: readonly K[],
): { readonly index: ReadonlyMap<string, K>; readonly conflicts: readonly string[] } {
  const index = new Map<string, K>();
  const conflicts: string[] = [];
  for (const key of keys) {
    const words = data[key];
    if (!Array.isArray(words)) throw new Error(`reading vocabulary: no synonyms for "${key}"`);
    for (const word of words as string[]) {
      const k = compactKey(word);
      const owner = index.get(k);
      if (owner !== undefined && owner !== key) conflicts.push(`${word}: ${owner} / ${key}`);
      index.set(k, key);
    }
  }
  return { index, conflicts };
}

const columns = indexSynonyms(columnsData, COLUMN_KEYS);
const meta = indexSynonyms(metaData, META_KEYS);
export const VOCABULARY_CONFLICTS: readonly string[] = [...columns.conflicts, ...meta.conflicts];

const UNIT_FACTORS = new Map<string, number>();
for (const [word, factor] of Object.entries(unitsData)) {
  if (typeof factor === "number") UNIT_FACTORS.set(compactKey(word), factor);
}
/** Longest first, so "rpjuta" is tried before "rp" when a unit trails a label without brackets. */
const UNIT_SUFFIXES = [...UNIT_FACTORS.keys()].sort((a, b) => b.length - a.length);

const TOTAL_LABELS = new Set(rowLabelsData.total.map(compactKey));
const SUBTOTAL_PREFIXES = rowLabelsData.subtotalPrefixes.map(compactKey);

/** The money factor of a label's bracketed parts ("(Rp juta)" -> 1,000,000); 1 when none is a unit. */
export function unitFactor(brackets: readonly string[]): number {
  return brackets.reduce((f, b) => UNIT_FACTORS.get(b) ?? f, 1);
}

export interface LabelMatch<K> {
  readonly key: K;
  /** Factor of the label's money unit ("(Rp juta)" -> 1,000,000); 1 when none is given. */
  readonly factor: number;
}

function match<K>(index: ReadonlyMap<string, K>, text: string, dropEnumeration: boolean): LabelMatch<K> | undefined {
  const keys = labelKeys(text, dropEnumeration);
  const factor = unitFactor(keys.brackets);
  const byName = index.get(keys.name);
  if (byName !== undefined) return { key: byName, factor };
  // "Metode (Swakelola/Kontraktual)" is named by its bracket too: try the whole text.
  const byFull = index.get(keys.full);
  if (byFull !== undefined) return { key: byFull, factor: 1 };
  // A unit written without brackets: "Jumlah Rp", "Pagu Rp juta".
  for (const unit of UNIT_SUFFIXES) {
    if (keys.name.length > unit.length && keys.name.endsWith(unit)) {
      const k = index.get(keys.name.slice(0, keys.name.length - unit.length));
      if (k !== undefined) return { key: k, factor: UNIT_FACTORS.get(unit) ?? 1 };
    }
  }
  return undefined;
}

/** Longest header or label we try to match; longer text is a value, not a name. */
const MAX_LABEL_LENGTH = 60;

export function matchColumn(text: string): LabelMatch<ColumnKey> | undefined {
  return text.length > MAX_LABEL_LENGTH ? undefined : match(columns.index, text, false);
}

export function matchMetaLabel(text: string): LabelMatch<MetaKey> | undefined {
  return text.length > MAX_LABEL_LENGTH ? undefined : match(meta.index, text, true);
}

export type RowMarker = "total" | "subtotal";

/** "JUMLAH", "Total (Rp)" -> total; "Sub Total", "Subtotal Mesin" -> subtotal. */
export function rowMarker(text: string): RowMarker | undefined {
  if (text.length > MAX_LABEL_LENGTH) return undefined;
  const keys = labelKeys(text);
  if (SUBTOTAL_PREFIXES.some((p) => keys.name.startsWith(p))) return "subtotal";
  if (TOTAL_LABELS.has(keys.name)) return "total";
  return undefined;
}
