/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any */
/**
 * Catalogue custom functions: =DAK.MENU, =DAK.DAFTAR_MENU, =DAK.DAFTAR_RINCIAN. They spill
 * vertical lists from the bundled ruleset, usable as sources of dropdown lists
 * (Data Validation: =DAK.DAFTAR_MENU() in a helper cell, then =A1# as the list source).
 */
import { closestMenuNames, findMenu, menuNames } from "../core/rules/catalogue";
import { defaultRuleset } from "../core/rules/bundled";
import { fail, isEmpty, toText } from "./args";

const column = (names: readonly string[]): string[][] => names.map((n) => [n]);

function menuOrFail(written: string) {
  const menu = findMenu(defaultRuleset(), written);
  if (menu) return menu;
  const near = closestMenuNames(defaultRuleset(), written);
  return fail("#N/A", `Menu "${written}" tidak dikenal. Yang mirip: ${near.join("; ")}.`);
}

/**
 * Nama resmi menu untuk nama yang ditulis (huruf besar/kecil, spasi, tanda baca dan nama lain diabaikan); tanpa argumen: daftar semua menu.
 * @customfunction MENU
 * @param [nama] Nama menu sebagaimana ditulis, mis. "revitalisasi sentra ikm".
 * @returns Nama resmi menu, atau daftar menu (menurun) bila nama tidak diisi.
 */
export function menuFn(nama?: any): any[][] {
  if (isEmpty(nama)) return column(menuNames(defaultRuleset()));
  return [[menuOrFail(toText(nama)).name]];
}

/**
 * Daftar menu kegiatan DAK Fisik Bidang IKM (menurun), untuk sumber daftar pilihan.
 * @customfunction DAFTAR_MENU
 * @returns Nama-nama menu, satu per baris.
 */
export function daftarMenu(): string[][] {
  return column(menuNames(defaultRuleset()));
}

/**
 * Daftar rincian kegiatan sebuah menu (menurun), untuk sumber daftar pilihan.
 * @customfunction DAFTAR_RINCIAN
 * @param menu Nama menu (nama lain dan penulisan berbeda diterima).
 * @returns Nama-nama rincian, satu per baris; #N/A dengan nama yang mirip bila menu tidak dikenal.
 */
export function daftarRincian(menu: any): string[][] {
  if (isEmpty(menu)) fail("#VALUE!", "menu: wajib diisi.");
  return column(menuOrFail(toText(menu)).rincian.map((r) => r.name));
}
