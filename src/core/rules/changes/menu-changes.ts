/**
 * What differs in the menus of two rulesets: menus and rincian matched by their stable ids
 * (a renamed rincian is a changed name, not one removed and one added), then field by field.
 * Names, aliases, satuan and metode lists compare as sets: reordering them changes nothing.
 */
import type { MenuSpec, RincianSpec } from "../ruleset";
import { sameSet, sameValue } from "./compare-values";
import type { FieldValue, MenuField, NamedRef, RincianField, RulesetChange } from "./types";

/** Fields whose value is a list of names, compared as sets. */
const SET_FIELDS: ReadonlySet<string> = new Set(["aliases", "satuan", "physicalMetode"]);

const MENU_FIELDS: readonly MenuField[] = ["name", "aliases", "penunjang", "share", "status"];
const RINCIAN_FIELDS: readonly RincianField[] = [
  "name",
  "aliases",
  "kind",
  "satuan",
  "penunjangUse",
  "physicalMetode",
  "honorariumAllowed",
  "unitCost",
  "volume",
  "status",
];

const ref = (x: { readonly id: string; readonly name: string }): NamedRef => ({ id: x.id, name: x.name });

/** Menus of `to` in its order (added ones where they stand), then the menus `to` no longer has. */
export function menuChanges(from: readonly MenuSpec[], to: readonly MenuSpec[]): RulesetChange[] {
  const out: RulesetChange[] = [];
  const older = new Map(from.map((m) => [m.id, m]));
  for (const menu of to) {
    const before = older.get(menu.id);
    if (before === undefined) {
      out.push({ kind: "menuAdded", menu: ref(menu) });
      continue;
    }
    for (const field of fieldChanges(before, menu, MENU_FIELDS)) {
      out.push({ kind: "menuChanged", menu: ref(menu), ...field });
    }
    out.push(...rincianChanges(ref(menu), before.rincian, menu.rincian));
  }
  const newer = new Set(to.map((m) => m.id));
  for (const menu of from) if (!newer.has(menu.id)) out.push({ kind: "menuRemoved", menu: ref(menu) });
  return out;
}

function rincianChanges(menu: NamedRef, from: readonly RincianSpec[], to: readonly RincianSpec[]): RulesetChange[] {
  const out: RulesetChange[] = [];
  const older = new Map(from.map((r) => [r.id, r]));
  for (const rincian of to) {
    const before = older.get(rincian.id);
    if (before === undefined) {
      out.push({ kind: "rincianAdded", menu, rincian: ref(rincian) });
      continue;
    }
    for (const field of fieldChanges(before, rincian, RINCIAN_FIELDS)) {
      out.push({ kind: "rincianChanged", menu, rincian: ref(rincian), ...field });
    }
  }
  const newer = new Set(to.map((r) => r.id));
  for (const rincian of from) {
    if (!newer.has(rincian.id)) out.push({ kind: "rincianRemoved", menu, rincian: ref(rincian) });
  }
  return out;
}

function fieldChanges<T extends object, F extends keyof T & string>(
  before: T,
  after: T,
  fields: readonly F[],
): { field: F; old: FieldValue; new: FieldValue }[] {
  const out: { field: F; old: FieldValue; new: FieldValue }[] = [];
  for (const field of fields) {
    const old = (before[field] ?? null) as FieldValue;
    const now = (after[field] ?? null) as FieldValue;
    const same =
      SET_FIELDS.has(field) && Array.isArray(old) && Array.isArray(now)
        ? sameSet(old as readonly string[], now as readonly string[])
        : sameValue(old, now);
    if (!same) out.push({ field, old, new: now });
  }
  return out;
}
