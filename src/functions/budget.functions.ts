/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any / any[][] */
/**
 * Budget custom functions: =DAK.SISA_PAGU, =DAK.CEK_PAGU, =DAK.BATAS_PENUNJANG,
 * =DAK.CEK_PENUNJANG, =DAK.TAHAP_SALUR. Thresholds come from the bundled ruleset of the latest
 * fiscal year; sums are exact to the rupiah.
 */
import { nextStage } from "../core/budget/disbursement";
import { formatPercent, formatRupiah } from "../core/i18n/numbers";
import { RupiahAccumulator, multiplyRupiah, subtractRupiah } from "../core/money/arithmetic";
import { defaultRuleset } from "../core/rules/bundled";
import { fail, flatten, isEmpty, optionalNumber, toNumber } from "./args";

/** Exact sum of a range's numbers; empty cells count as nothing, errors and bad text fail. */
function sumRange(range: unknown, argName: string): number {
  const sum = new RupiahAccumulator();
  for (const cell of flatten(range)) if (!isEmpty(cell)) sum.add(toNumber(cell, argName));
  return sum.value;
}

/** A share written as 5% (0,05) or 0..1; "5" is refused rather than guessed. */
function toShare(value: unknown, argName: string, fallback?: number): number {
  const share = fallback === undefined ? toNumber(value, argName) : optionalNumber(value, argName, fallback);
  if (share < 0 || share > 1) fail("#NUM!", `${argName}: isi persentase seperti 5% atau 0,05.`);
  return share;
}

function toPagu(value: unknown): number {
  const pagu = toNumber(value, "pagu");
  if (pagu < 0) fail("#NUM!", "pagu: tidak boleh negatif.");
  return pagu;
}

/**
 * Sisa pagu: pagu dikurangi jumlah semua baris (negatif bila melebihi pagu).
 * @customfunction SISA_PAGU
 * @param pagu Pagu alokasi DAK (Rp).
 * @param jumlah_range Rentang kolom Jumlah (Rp); sel kosong dilewati.
 * @returns Sisa pagu dalam rupiah.
 */
export function sisaPagu(pagu: any, jumlah_range: any[][]): number {
  return subtractRupiah(toPagu(pagu), sumRange(jumlah_range, "jumlah_range"));
}

/**
 * Memeriksa total usulan terhadap pagu: "SESUAI" atau "MELEBIHI PAGU Rp…".
 * @customfunction CEK_PAGU
 * @param pagu Pagu alokasi DAK (Rp).
 * @param jumlah_range Rentang kolom Jumlah (Rp); sel kosong dilewati.
 * @returns Status pagu sebagai teks.
 */
export function cekPagu(pagu: any, jumlah_range: any[][]): string {
  const excess = subtractRupiah(sumRange(jumlah_range, "jumlah_range"), toPagu(pagu));
  return excess > 0 ? `MELEBIHI PAGU ${formatRupiah(excess)}` : "SESUAI";
}

/**
 * Batas kegiatan penunjang: pagu × persen (bawaan 5%, Perpres 7/2022 Pasal 8 ayat (6)).
 * @customfunction BATAS_PENUNJANG
 * @param pagu Pagu alokasi DAK (Rp).
 * @param [persen] Batas sebagai persentase, mis. 5% atau 0,05. Bawaan menurut aturan tahun anggaran.
 * @returns Batas rupiah kegiatan penunjang.
 */
export function batasPenunjang(pagu: any, persen?: any): number {
  const share = toShare(persen, "persen", defaultRuleset().thresholds.penunjangMaxShare);
  return multiplyRupiah(share, toPagu(pagu));
}

/**
 * Memeriksa kegiatan penunjang terhadap batas persentase pagu: "SESUAI (3,99%)" atau "MELEBIHI BATAS 5% Rp… (6,2%)".
 * @customfunction CEK_PENUNJANG
 * @param penunjang Jumlah kegiatan penunjang (Rp), satu sel atau rentang baris penunjang.
 * @param pagu Pagu alokasi DAK (Rp).
 * @returns Status kegiatan penunjang sebagai teks.
 */
export function cekPenunjang(penunjang: any[][], pagu: any): string {
  const amount = sumRange(penunjang, "penunjang");
  const paguValue = toPagu(pagu);
  if (paguValue === 0) fail("#DIV/0!", "pagu: tidak boleh nol.");
  const maxShare = defaultRuleset().thresholds.penunjangMaxShare;
  const excess = subtractRupiah(amount, multiplyRupiah(maxShare, paguValue));
  const share = formatPercent(amount / paguValue);
  return excess > 0
    ? `MELEBIHI BATAS ${formatPercent(maxShare)} ${formatRupiah(excess)} (${share})`
    : `SESUAI (${share})`;
}

/**
 * Tahap penyaluran yang dapat diajukan dan jumlahnya (PMK 198/2021): sekaligus bila pagu ≤ Rp1 miliar, selain itu Tahap I 25%, Tahap II 45% (serapan ≥ 75%), Tahap III sisanya (serapan ≥ 90%, output ≥ 70%).
 * @customfunction TAHAP_SALUR
 * @param pagu Pagu alokasi DAK (Rp).
 * @param diterima Dana yang sudah diterima (Rp); 0 bila belum ada.
 * @param serapan Realisasi penyerapan dana (Rp).
 * @param [output] Capaian output fisik sebagai persentase, mis. 70% atau 0,7.
 * @returns Teks, mis. "Tahap II Rp1.125.000.000" atau "Tahap II belum dapat diajukan: serapan 60% (minimal 75%)".
 */
export function tahapSalur(pagu: any, diterima: any, serapan: any, output?: any): string {
  const paguValue = toPagu(pagu);
  const received = isEmpty(diterima) ? 0 : toNumber(diterima, "diterima");
  const absorbed = isEmpty(serapan) ? 0 : toNumber(serapan, "serapan");
  if (received < 0 || absorbed < 0) fail("#NUM!", "diterima dan serapan tidak boleh negatif.");
  if (absorbed > received) fail("#NUM!", "serapan: tidak boleh melebihi dana yang diterima.");
  const outputShare = isEmpty(output) ? undefined : toShare(output, "output");
  const next = nextStage(
    paguValue,
    { diterima: received, serapan: absorbed, output: outputShare },
    defaultRuleset().disbursement,
  );
  if (next.kind === "done") return "SELESAI: seluruh pagu telah disalurkan";
  const head = `${next.stage.name} ${formatRupiah(next.amount)}`;
  if (next.kind === "request") return head;
  const reasons = next.unmet.map((u) =>
    u.what === "serapan"
      ? `serapan ${formatPercent(u.actual)} (minimal ${formatPercent(u.required)})`
      : `output ${u.actual === undefined ? "belum diisi" : formatPercent(u.actual)} (minimal ${formatPercent(u.required)})`,
  );
  return `${head} belum dapat diajukan: ${reasons.join(", ")}`;
}
