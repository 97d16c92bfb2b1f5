/**
 * Label vocabularies of the package documents (src/data/reading/package-columns.json) and the
 * small table finder they share: the row, among some rows, that names the most columns of a
 * vocabulary. Matching is the RK reader's (compact keys, bracketed unit applied as a factor).
 */
import data from "../../data/reading/package-columns.json";
import { isBlank } from "../proposal/cells";
import type { SheetView } from "../proposal/sheet-view";
import { compactKey, labelKeys } from "../proposal/text-key";
import { unitFactor } from "../proposal/vocabulary";

export interface Vocabulary<K extends string> {
  readonly keys: readonly K[];
  match(text: string): { readonly key: K; readonly factor: number } | undefined;
}

const MAX_LABEL_LENGTH = 60;

function vocabulary<K extends string>(raw: Readonly<Record<K, readonly string[]>>): Vocabulary<K> {
  const keys = Object.keys(raw) as K[];
  const whole = new Map<string, K>();
  const prefixes: Array<[string, K]> = [];
  for (const key of keys) {
    for (const word of raw[key]) {
      if (word.endsWith("*")) prefixes.push([compactKey(word.slice(0, -1)), key]);
      else if (!whole.has(labelKeys(word).name)) whole.set(labelKeys(word).name, key);
    }
  }
  return {
    keys,
    match(text) {
      if (text.length > MAX_LABEL_LENGTH || isBlank(text)) return undefined;
      const k = labelKeys(text);
      const key = whole.get(k.name) ?? whole.get(k.full) ?? prefixes.find(([p]) => k.name.startsWith(p))?.[1];
      return key === undefined ? undefined : { key, factor: unitFactor(k.brackets) };
    },
  };
}

export const RAB_ROWS = vocabulary(data.rabRows);
export const KAK_DANA = vocabulary(data.kakDana);
export const KAK_OUTPUT = vocabulary(data.kakOutput);
export const SENTRA_COLUMNS = vocabulary(data.sentra);
export const PHASES = vocabulary(data.phases);
export const REALISASI_TAHAP = vocabulary(data.realisasiTahap);
export const REALISASI_OUTPUT = vocabulary(data.realisasiOutput);

export interface LabeledRow<K extends string> {
  readonly row: number;
  /** First column of each key named on the row. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  readonly factors: Readonly<Partial<Record<K, number>>>;
}

/** The labels of one row. */
export function labelRow<K extends string>(view: SheetView, row: number, vocab: Vocabulary<K>): LabeledRow<K> {
  const columns: Partial<Record<K, number>> = {};
  const factors: Partial<Record<K, number>> = {};
  const values = view.rowValues(row) ?? [];
  values.forEach((v, i) => {
    if (typeof v !== "string") return;
    const m = vocab.match(v);
    if (m && columns[m.key] === undefined) {
      columns[m.key] = view.left + i;
      factors[m.key] = m.factor;
    }
  });
  return { row, columns, factors };
}

/**
 * The first row from `from` (before `to`) naming every `required` key and at least `min` keys
 * in all: where a document's table starts.
 */
export function findLabeledRow<K extends string>(
  view: SheetView,
  vocab: Vocabulary<K>,
  required: readonly K[],
  min: number,
  from = view.top,
  to = view.bottom,
): LabeledRow<K> | undefined {
  for (let row = Math.max(from, view.top); row < Math.min(to, view.bottom); row++) {
    const found = labelRow(view, row, vocab);
    const named = Object.keys(found.columns).length;
    if (named >= min && required.every((k) => found.columns[k] !== undefined)) return found;
  }
  return undefined;
}

/** The first non-blank text of a row from `from` on, with its column. */
export function rowLabel(
  view: SheetView,
  row: number,
  from = view.left,
  to = view.right,
): { text: string; col: number } | undefined {
  for (let col = from; col < to; col++) {
    const v = view.value(row, col);
    if (typeof v === "string" && !isBlank(v)) return { text: v, col };
  }
  return undefined;
}

/** True when the row holds nothing visible between two columns. */
export function isBlankRow(view: SheetView, row: number, from = view.left, to = view.right): boolean {
  for (let col = from; col < to; col++) if (!isBlank(view.value(row, col))) return false;
  return true;
}
