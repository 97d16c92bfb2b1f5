/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any */
/**
 * Menu-list custom functions: =DAK.MENU, =DAK.DAFTAR_MENU, =DAK.DAFTAR_RINCIAN. They spill
 * vertical lists from the ruleset active in the shared runtime (or the year of their TA
 * argument: ruleset-arg.ts), usable as sources of dropdown lists
 * (Data Validation: =DAK.DAFTAR_MENU() in a helper cell, then =A1# as the list source).
 */
import { closestMenuNames, findMenu, menuNames } from "../core/rules/lookup";
import type { Ruleset } from "../core/rules/ruleset";
import { fail, isEmpty, toText } from "./args";
import { rulesetArg } from "./ruleset-arg";

const column = (names: readonly string[]): string[][] => names.map((n) => [n]);

function menuOrFail(ruleset: Ruleset, written: string) {
  const menu = findMenu(ruleset, written);
  if (menu) return menu;
  const near = closestMenuNames(ruleset, written);
  return fail("#N/A", `Menu "${written}" tidak dikenal. Yang mirip: ${near.join("; ")}.`);
}

/**
 * Nama resmi menu untuk nama yang ditulis (huruf besar/kecil, spasi, tanda baca dan nama lain diabaikan); tanpa argumen: daftar semua menu. Menurut aturan yang aktif di panel DAK (atau tahun anggaran argumen ta).
 * @customfunction MENU
 * @param [nama] Nama menu sebagaimana ditulis, mis. "revitalisasi sentra ikm".
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Nama resmi menu, atau daftar menu (menurun) bila nama tidak diisi.
 */
export function menuFn(nama?: any, ta?: any): any[][] {
  const ruleset = rulesetArg(ta);
  if (isEmpty(nama)) return column(menuNames(ruleset));
  return [[menuOrFail(ruleset, toText(nama)).name]];
}

/**
 * Daftar menu kegiatan DAK Fisik Bidang IKM (menurun), untuk sumber daftar pilihan, menurut aturan yang aktif di panel DAK (atau tahun anggaran argumen ta).
 * @customfunction DAFTAR_MENU
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Nama-nama menu, satu per baris.
 */
export function daftarMenu(ta?: any): string[][] {
  return column(menuNames(rulesetArg(ta)));
}

/**
 * Daftar rincian kegiatan sebuah menu (menurun), untuk sumber daftar pilihan, menurut aturan yang aktif di panel DAK (atau tahun anggaran argumen ta).
 * @customfunction DAFTAR_RINCIAN
 * @param menu Nama menu (nama lain dan penulisan berbeda diterima).
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Nama-nama rincian, satu per baris; #N/A dengan nama yang mirip bila menu tidak dikenal.
 */
export function daftarRincian(menu: any, ta?: any): string[][] {
  if (isEmpty(menu)) fail("#VALUE!", "menu: wajib diisi.");
  const ruleset = rulesetArg(ta);
  return column(menuOrFail(ruleset, toText(menu)).rincian.map((r) => r.name));
}
