/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any / any[][] */
/**
 * Money custom functions: =DAK.TERBILANG, =DAK.RUPIAH, =DAK.ANGKA, =DAK.RINGKAS.
 * Each takes a cell or a range and returns a same-shaped array (a single cell gives a 1×1 array,
 * which Excel shows as a plain value); a bad cell becomes an error in its own place only.
 */
import { formatRupiah, MAX_FORMAT_DECIMALS, ringkas, terbilang } from "../core/money";
import { fail, mapCells, optionalBoolean, optionalNumber, toNumber } from "./args";

/** Always a matrix: Excel passes a range parameter as any[][], tests may pass a bare value. */
function spill<R>(input: unknown, fn: (cell: unknown) => R): any[][] {
  return mapCells(Array.isArray(input) ? input : [[input]], fn) as any[][];
}

/**
 * Menuliskan angka dengan huruf (terbilang), mis. 2950000 -> "dua juta sembilan ratus lima puluh ribu".
 * @customfunction TERBILANG
 * @param angka Angka atau rentang angka: bilangan bulat sampai 999 triliun (negatif ditulis "minus").
 * @param [rupiah] TRUE: tambahkan kata "rupiah" dan tuliskan sen (… rupiah lima puluh sen). Bawaan FALSE.
 * @param [huruf_kapital] TRUE: Huruf Kapital Setiap Kata, seperti dalam surat. Bawaan FALSE.
 * @returns Angka dalam huruf, sebentuk dengan masukan.
 */
export function terbilangFn(angka: any[][], rupiah?: any, huruf_kapital?: any): any[][] {
  const withRupiah = optionalBoolean(rupiah, "rupiah", false);
  const titleCase = optionalBoolean(huruf_kapital, "huruf_kapital", false);
  return spill(angka, (cell) => {
    const result = terbilang(toNumber(cell, "angka"), { rupiah: withRupiah, sen: withRupiah, titleCase });
    return result.ok ? result.words : fail("#VALUE!", `angka: ${result.message}.`);
  });
}

/**
 * Menuliskan angka sebagai rupiah menurut PUEBI, mis. 2950000 -> "Rp2.950.000".
 * @customfunction RUPIAH
 * @param angka Angka atau rentang angka.
 * @param [desimal] Banyak angka di belakang koma: 0 (bawaan) atau 2 untuk sen ("Rp2.950.000,00").
 * @returns Teks rupiah, sebentuk dengan masukan.
 */
export function rupiahFn(angka: any[][], desimal?: any): any[][] {
  const decimals = optionalNumber(desimal, "desimal", 0);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_FORMAT_DECIMALS) {
    fail("#VALUE!", `desimal: isi bilangan bulat 0 sampai ${MAX_FORMAT_DECIMALS} (biasanya 0 atau 2).`);
  }
  return spill(angka, (cell) => formatRupiah(toNumber(cell, "angka"), { decimals }));
}

/**
 * Membaca teks jumlah uang gaya Indonesia sebagai angka, mis. "Rp1.500.000,-" -> 1500000, "Rp1,5 M" -> 1500000000.
 * @customfunction ANGKA
 * @param teks Teks atau rentang teks; teks yang bisa berarti dua jumlah (mis. "1,500") ditolak dengan alasannya.
 * @returns Angka, sebentuk dengan masukan; #VALUE! beserta alasannya bila teks tidak terbaca.
 */
export function angkaFn(teks: any[][]): any[][] {
  return spill(teks, (cell) => toNumber(cell, "teks"));
}

/**
 * Menuliskan jumlah uang secara ringkas, mis. 1850000000000 -> "Rp1,85 triliun", 12390000 -> "Rp12,39 juta".
 * @customfunction RINGKAS
 * @param angka Angka atau rentang angka.
 * @returns Teks ringkas (juta, miliar, triliun; di bawah satu juta ditulis lengkap), sebentuk dengan masukan.
 */
export function ringkasFn(angka: any[][]): any[][] {
  return spill(angka, (cell) => ringkas(toNumber(cell, "angka")));
}
