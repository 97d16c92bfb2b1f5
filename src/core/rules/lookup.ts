/**
 * Lookups and lists of a ruleset's named things (menus, rincian, satuan, metode) that other faces
 * need: dropdown sources in templates, the task pane's Aturan tab, and the DAFTAR_* custom
 * functions. Names are the official (first) names.
 */
import { indexRuleset, normaliseSatuan } from "./index-ruleset";
import type { MenuSpec, RincianSpec, Ruleset } from "./ruleset";

export function menuNames(ruleset: Ruleset): string[] {
  return ruleset.menus.map((m) => m.name);
}

/** The menu a written name means (case, spaces, punctuation and aliases tolerated), or undefined. */
export function findMenu(ruleset: Ruleset, written: string): MenuSpec | undefined {
  return indexRuleset(ruleset).menus.find(written);
}

/** The rincian a written name means inside a menu, or undefined. */
export function findRincian(ruleset: Ruleset, menu: MenuSpec, written: string): RincianSpec | undefined {
  return indexRuleset(ruleset).rincianByMenu.get(menu)?.find(written);
}

/** Rincian names of a menu (written tolerantly), or undefined when the menu is unknown. */
export function rincianNames(ruleset: Ruleset, menu: string): string[] | undefined {
  return findMenu(ruleset, menu)?.rincian.map((r) => r.name);
}

/** Closest known menu names to a written one (suggestions, never applied). */
export function closestMenuNames(ruleset: Ruleset, written: string, count = 3): string[] {
  return indexRuleset(ruleset).menus.closest(written, count);
}

/** Every canonical satuan of the ruleset. */
export function allowedSatuan(ruleset: Ruleset): string[];
/** The satuan allowed for one rincian (menu and rincian written tolerantly); undefined if unknown. */
export function allowedSatuan(ruleset: Ruleset, menu: string, rincian: string): string[] | undefined;
export function allowedSatuan(ruleset: Ruleset, menu?: string, rincian?: string): string[] | undefined {
  if (menu === undefined || rincian === undefined) return [...ruleset.satuan.canonical];
  const m = findMenu(ruleset, menu);
  const r = m && findRincian(ruleset, m, rincian);
  return r ? [...r.satuan] : undefined;
}

/** Metode names for dropdowns ("Swakelola", "Kontraktual"). */
export function allowedMetode(ruleset: Ruleset): string[] {
  return ruleset.metode.map((m) => m.name);
}

/** The canonical form of a written satuan ("M2" -> "m2"), or undefined when unknown. */
export function canonicalSatuan(ruleset: Ruleset, written: string): string | undefined {
  return normaliseSatuan(indexRuleset(ruleset), written);
}
