/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any */
/**
 * Line custom functions: =DAK.JUMLAH_BARIS (exact volume × harga satuan) and =DAK.CEK_BARIS
 * (the engine's line checks on one line typed in the sheet, as a message or "OK").
 */
import { multiplyRupiah } from "../core/money/arithmetic";
import { formatFinding } from "../core/i18n/format-finding";
import { checkSingleLine } from "../core/rules/single-line";
import { isEmpty, toNumber, toText } from "./args";
import { rulesetArg } from "./ruleset-arg";

/**
 * Jumlah satu baris: volume × harga satuan, tepat sampai sen.
 * @customfunction JUMLAH_BARIS
 * @param volume Volume (boleh desimal, mis. 12,5).
 * @param harga Harga satuan (Rp).
 * @returns Jumlah dalam rupiah.
 */
export function jumlahBaris(volume: any, harga: any): number {
  return multiplyRupiah(toNumber(volume, "volume"), toNumber(harga, "harga"));
}

/** A number argument that may be left empty. */
const optional = (value: unknown, argName: string): number | undefined =>
  isEmpty(value) ? undefined : toNumber(value, argName);

/**
 * Memeriksa satu baris rencana kegiatan menurut aturan yang aktif di panel DAK, atau tahun anggaran argumen ta (menu, rincian, satuan, metode, jumlah, honorarium, lahan): pesan temuan pertama, atau "OK". Aturan yang dimatikan di sana tidak diperiksa.
 * @customfunction CEK_BARIS
 * @param menu Menu kegiatan.
 * @param rincian Rincian kegiatan.
 * @param uraian Uraian/komponen.
 * @param volume Volume.
 * @param satuan Satuan.
 * @param harga Harga satuan (Rp).
 * @param [jumlah] Jumlah (Rp) bila tertulis; diperiksa terhadap volume × harga.
 * @param [metode] Swakelola atau Kontraktual.
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns "OK" atau pesan temuan terpenting (galat lebih dulu).
 */
export function cekBaris(
  menu: any,
  rincian: any,
  uraian: any,
  volume: any,
  satuan: any,
  harga: any,
  jumlah?: any,
  metode?: any,
  ta?: any,
): string {
  // Arguments are read in order, so the first error value among them is the one passed on.
  const findings = checkSingleLine(
    {
      menu: toText(menu),
      rincian: toText(rincian),
      uraian: toText(uraian),
      volume: optional(volume, "volume"),
      satuan: toText(satuan),
      hargaSatuan: optional(harga, "harga"),
      jumlah: optional(jumlah, "jumlah"),
      metode: toText(metode),
    },
    rulesetArg(ta),
  );
  return findings.length > 0 ? formatFinding(findings[0], "id", { withoutWhere: true }) : "OK";
}
