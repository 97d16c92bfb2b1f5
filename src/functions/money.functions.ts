import { terbilang } from "../core/money/terbilang";

/**
 * Menuliskan angka dengan huruf (terbilang), misalnya 2950000 -> "dua juta sembilan ratus lima puluh ribu".
 * @customfunction TERBILANG
 * @param angka Bilangan bulat 0 sampai 999 triliun.
 * @returns Angka dalam huruf.
 */
export function terbilangFn(angka: number): string {
  const result = terbilang(angka);
  if (!result.ok) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      result.reason === "NOT_INTEGER" ? "Angka harus bilangan bulat." : "Angka di luar jangkauan (0 s.d. 999 triliun).",
    );
  }
  return result.words;
}
