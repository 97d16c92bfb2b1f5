/**
 * The change list: a matched pair whose folded fields differ is one changed line (its fields with
 * old and new values and both cells); unmatched lines are added or removed. The list follows
 * the new version's order, each removed line placed after what its predecessor became, so an
 * official reads it top to bottom beside the new sheet.
 */
import { cellOf, displayValue, keyOf, sameRaw, spanOf, type LineView } from "./line-view";
import type { Matching } from "./match";
import { LINE_FIELDS, type FieldChange, type LineChange, type LineSnapshot } from "./types";

export function fieldChanges(old: LineView, now: LineView): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of LINE_FIELDS) {
    if (sameRaw(old, now, field) || keyOf(old, field) === keyOf(now, field)) continue;
    out.push({
      field,
      old: displayValue(old, field),
      new: displayValue(now, field),
      oldCell: cellOf(old, field),
      newCell: cellOf(now, field),
    });
  }
  return out;
}

export function snapshot(v: LineView): LineSnapshot {
  return {
    sheet: v.part.sheet,
    cell: spanOf(v),
    index: v.index,
    volume: displayValue(v, "volume"),
    satuan: displayValue(v, "satuan"),
    hargaSatuan: displayValue(v, "hargaSatuan"),
    jumlah: displayValue(v, "jumlah"),
    metode: displayValue(v, "metode"),
    lokasi: displayValue(v, "lokasi"),
  };
}

function named(v: LineView): Pick<LineChange, "menu" | "rincian" | "uraian"> {
  return { menu: displayValue(v, "menu"), rincian: displayValue(v, "rincian"), uraian: displayValue(v, "uraian") };
}

interface Placed {
  readonly at: number;
  readonly tie: number;
  readonly change: LineChange;
}

/** The changes of a matching, in reading order; also how many pairs did not change at all. */
export function changeList(matching: Matching): { changes: LineChange[]; unchanged: number } {
  const placed: Placed[] = [];
  let unchanged = 0;
  // Where each matched old line went, to place removed lines after their predecessor's new place.
  const newIndexOfOld = new Map<number, number>();
  for (const pair of matching.pairs) {
    newIndexOfOld.set(pair.old.index, pair.new.index);
    const fields = fieldChanges(pair.old, pair.new);
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    const change: LineChange = {
      change: "changed",
      ...named(pair.new),
      fields,
      old: snapshot(pair.old),
      new: snapshot(pair.new),
    };
    placed.push({ at: pair.new.index, tie: 0, change });
  }
  for (const v of matching.added) {
    placed.push({
      at: v.index,
      tie: 0,
      change: { change: "added", ...named(v), fields: [], old: null, new: snapshot(v) },
    });
  }
  const matchedOld = [...newIndexOfOld.keys()].sort((a, b) => a - b);
  for (const v of matching.removed) {
    const before = lastBelow(matchedOld, v.index);
    const at = before === undefined ? -0.5 : newIndexOfOld.get(before)! + 0.5;
    placed.push({
      at,
      tie: v.index,
      change: { change: "removed", ...named(v), fields: [], old: snapshot(v), new: null },
    });
  }
  placed.sort((a, b) => a.at - b.at || a.tie - b.tie);
  return { changes: placed.map((p) => p.change), unchanged };
}

/** The largest value in a sorted array that is below `x` (binary search). */
function lastBelow(sorted: readonly number[], x: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : sorted[lo - 1];
}
