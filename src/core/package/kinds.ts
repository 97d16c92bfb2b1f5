/**
 * What a sheet is (DESIGN.md §3a): `rk`, `rab`, `kak`, `sentra`, `realisasi`, `hasil` (our own
 * findings sheet) or `other`, recognised by content. Evidence is scored per kind: a title phrase
 * in the first rows (a row holding only that text), labels of the kind's vocabulary in header,
 * row or meta cells, an RK line table (src/core/proposal/header.ts), and the sheet's name, which
 * adds a point and so may break a tie but never reaches the threshold alone. The words are data:
 * src/data/reading/sheet-kinds.json.
 */
import type { Grid } from "../grid/types";
import { isBlank } from "../proposal/cells";
import { findHeader, type TableHeader } from "../proposal/header";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import { compactKey, labelName } from "../proposal/text-key";
import { KIND_WORDS } from "./kind-words";

export const SHEET_KINDS = ["rk", "rab", "kak", "sentra", "realisasi", "hasil", "other"] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];
/** The kinds with their own reading (every kind but `other`). */
export type KnownKind = Exclude<SheetKind, "other">;

export interface SheetKindInfo {
  readonly sheet: string;
  readonly kind: SheetKind;
}

/** A kind needs this much evidence; a name (1) or a lone label (1) never reaches it. */
const THRESHOLD = 3;
const TITLE_POINTS = 4;
const NAME_POINTS = 1;
/** Labels count at most this much: a long header cannot outweigh a title. */
const MAX_LABEL_POINTS = 4;
const TITLE_ROWS = 8;
/** Labels are looked for in the first and last rows only: constant work on a 20,000-line RK. */
const TOP_ROWS = 60;
const BOTTOM_ROWS = 100;
const MAX_LABEL_LENGTH = 60;
const MAX_TITLE_LENGTH = 200;

const SCORED: readonly KnownKind[] = ["rk", "rab", "kak", "sentra", "realisasi", "hasil"];

export interface KindEvidence {
  readonly kind: SheetKind;
  readonly scores: Readonly<Record<KnownKind, number>>;
  /** The RK line table, when the sheet has one (whatever kind won). */
  readonly header?: TableHeader;
}

export function detectSheetKind(grid: Grid): SheetKind {
  return weighSheet(sheetView(grid)).kind;
}

/** The scores behind a sheet's kind (for tests and for readers that need the RK header). */
export function weighSheet(view: SheetView): KindEvidence {
  const scores: Record<KnownKind, number> = { rk: 0, rab: 0, kak: 0, sentra: 0, realisasi: 0, hasil: 0 };
  const titles = titleKeys(view);
  const labels = labelSet(view);
  const name = compactKey(view.sheet);
  for (const kind of SCORED) {
    const words = KIND_WORDS[kind];
    const titled = titles.some((t) => words.titles.some((p) => t.includes(p)));
    if (titled || countLabels(words.strong, labels) > 0) scores[kind] += TITLE_POINTS;
    scores[kind] += Math.min(MAX_LABEL_POINTS, countLabels(words, labels));
    if (words.names.some((n) => name === n || name.startsWith(n))) scores[kind] += NAME_POINTS;
  }
  const header = findHeader(view);
  if (header) scores.rk += rkTablePoints(header);
  let kind: SheetKind = "other";
  let best = THRESHOLD - 1;
  for (const k of SCORED) {
    if (scores[k] > best) {
      best = scores[k];
      kind = k;
    }
  }
  return header ? { kind, scores, header } : { kind, scores };
}

/**
 * An RK line table: what is bought and how much of it. A table with a menu column is an RK
 * beyond doubt; one without a menu, rincian or volume column (a price list: uraian, satuan,
 * harga) is not; in between it is an RK unless the words of another kind weigh more (an RAB).
 */
function rkTablePoints(header: TableHeader): number {
  const c = header.columns;
  if (c.menu === undefined && c.rincian === undefined && c.volume === undefined) return 0;
  let points = THRESHOLD;
  if (c.menu !== undefined) points += 3;
  if (c.metode !== undefined) points += 1;
  if (c.lokasi !== undefined || c.kecamatan !== undefined) points += 1;
  return points;
}

/** Compact texts of title rows: among the first rows, those holding one text only. */
function titleKeys(view: SheetView): string[] {
  const out: string[] = [];
  let seen = 0;
  for (let row = view.top; row < view.bottom && seen < TITLE_ROWS; row++) {
    let only: string | undefined;
    let count = 0;
    const values = view.rowValues(row) ?? [];
    for (const v of values) {
      if (isBlank(v)) continue;
      count++;
      if (typeof v === "string") only = v;
    }
    if (count === 0) continue;
    seen++;
    if (count === 1 && only !== undefined && only.length <= MAX_TITLE_LENGTH) out.push(compactKey(only));
  }
  return out;
}

/** Compact names (bracketed units removed) of the short texts in the first and last rows. */
function labelSet(view: SheetView): Set<string> {
  const out = new Set<string>();
  const scan = (from: number, to: number) => {
    for (let row = from; row < to; row++) {
      for (const v of view.rowValues(row) ?? []) {
        if (typeof v === "string" && v.length <= MAX_LABEL_LENGTH && !isBlank(v)) out.add(knownName(v));
      }
    }
  };
  const topEnd = Math.min(view.bottom, view.top + TOP_ROWS);
  scan(view.top, topEnd);
  scan(Math.max(topEnd, view.bottom - BOTTOM_ROWS), view.bottom);
  return out;
}

/**
 * labelName with a memory: the same labels, menus, satuan and metode come back on every sheet of
 * a batch (a small RK is all first and last rows, so every short text passes here). Bounded.
 */
const NAMES = new Map<string, string>();
const MAX_NAMES = 20_000;

function knownName(text: string): string {
  let name = NAMES.get(text);
  if (name === undefined) {
    if (NAMES.size >= MAX_NAMES) NAMES.clear();
    name = labelName(text);
    NAMES.set(text, name);
  }
  return name;
}

function countLabels(
  words: { readonly labels: readonly string[]; readonly prefixes: readonly string[] },
  labels: ReadonlySet<string>,
): number {
  let n = 0;
  for (const w of words.labels) if (labels.has(w)) n++;
  if (words.prefixes.length > 0) {
    for (const p of words.prefixes) {
      for (const l of labels) {
        if (l.startsWith(p)) {
          n++;
          break;
        }
      }
    }
  }
  return n;
}
