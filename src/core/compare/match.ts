/**
 * Which line of the old version became which line of the new one. Lines are matched by what
 * they are, never by where they sit, so moving, re-sorting or inserting rows changes nothing:
 *  1. same menu, rincian and uraian (folded): identical lines first, then by position among the
 *     rest of that group;
 *  2. lines left over with the same uraian: the line moved to another rincian (or menu);
 *  3. lines left over with the same menu, rincian, satuan and amount: the uraian was reworded.
 * Whatever is still left was removed (old) or added (new).
 */
import { SEP, signature, type LineView } from "./line-view";

export interface LinePair {
  readonly old: LineView;
  readonly new: LineView;
}

export interface Matching {
  readonly pairs: readonly LinePair[];
  readonly removed: readonly LineView[];
  readonly added: readonly LineView[];
}

export function matchLines(olds: readonly LineView[], news: readonly LineView[]): Matching {
  const pairs: LinePair[] = [];
  let oldLeft: readonly LineView[] = olds;
  let newLeft: readonly LineView[] = news;
  const passes: readonly ((v: LineView) => string)[] = [
    (v) => v.identity,
    (v) => v.uraian,
    (v) => v.menu + SEP + v.rincian + SEP + v.satuan + SEP + v.amount,
  ];
  passes.forEach((key, pass) => {
    if (oldLeft.length === 0 || newLeft.length === 0) return;
    const found = pairBy(oldLeft, newLeft, key, pass === 0);
    pairs.push(...found);
    const usedOld = new Set(found.map((p) => p.old));
    const usedNew = new Set(found.map((p) => p.new));
    oldLeft = oldLeft.filter((v) => !usedOld.has(v));
    newLeft = newLeft.filter((v) => !usedNew.has(v));
  });
  return { pairs, removed: oldLeft, added: newLeft };
}

/** Pairs lines with equal keys; `identicalFirst` pairs fully equal lines of a group before the rest. */
function pairBy(
  olds: readonly LineView[],
  news: readonly LineView[],
  key: (v: LineView) => string,
  identicalFirst: boolean,
): LinePair[] {
  const oldGroups = groupBy(olds, key);
  const newGroups = groupBy(news, key);
  const pairs: LinePair[] = [];
  for (const [k, newGroup] of newGroups) {
    const oldGroup = oldGroups.get(k);
    // Lines that share only empty keys (no uraian, nothing known) are not the same line.
    if (oldGroup === undefined || (!identicalFirst && k.replaceAll(SEP, "") === "")) continue;
    pairs.push(...(identicalFirst ? pairGroup(oldGroup, newGroup) : byPosition(oldGroup, newGroup)));
  }
  return pairs;
}

/** Within one group: identical lines first (by position among identical ones), then by position. */
function pairGroup(olds: readonly LineView[], news: readonly LineView[]): LinePair[] {
  if (olds.length === 1 && news.length === 1) return [{ old: olds[0], new: news[0] }];
  const bySignature = groupBy(olds, signature);
  const pairs: LinePair[] = [];
  const newRest: LineView[] = [];
  const usedOld = new Set<LineView>();
  for (const n of news) {
    const queue = bySignature.get(signature(n));
    const o = queue?.shift();
    if (o === undefined) newRest.push(n);
    else {
      pairs.push({ old: o, new: n });
      usedOld.add(o);
    }
  }
  pairs.push(
    ...byPosition(
      olds.filter((o) => !usedOld.has(o)),
      newRest,
    ),
  );
  return pairs;
}

function byPosition(olds: readonly LineView[], news: readonly LineView[]): LinePair[] {
  const n = Math.min(olds.length, news.length);
  const pairs: LinePair[] = [];
  for (let i = 0; i < n; i++) pairs.push({ old: olds[i], new: news[i] });
  return pairs;
}

function groupBy(views: readonly LineView[], key: (v: LineView) => string): Map<string, LineView[]> {
  const groups = new Map<string, LineView[]>();
  for (const v of views) {
    const k = key(v);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [v]);
    else group.push(v);
  }
  return groups;
}
