/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any / any[][] */
/**
 * Budget custom functions: =DAK.SISA_PAGU, =DAK.CEK_PAGU, =DAK.BATAS_PENUNJANG,
 * =DAK.CEK_PENUNJANG, =DAK.TAHAP_SALUR. The verdicts and the disbursement stage are core's
 * (core/budget): these functions only read the arguments and word the answer. Those that depend
 * on the rules use the ruleset active in the shared runtime, or the year of their TA argument
 * (ruleset-arg.ts); a rule switched off there (`enabled: false`) is not checked here either.
 * Sums are exact to the rupiah.
 */
import { nextStage, type NextStage } from "../core/budget/disbursement";
import { paguVerdict, penunjangVerdict } from "../core/budget/verdicts";
import { RupiahAccumulator, multiplyRupiah, subtractRupiah } from "../core/money/arithmetic";
import { fail, flatten, isEmpty, optionalNumber, toNumber } from "./args";
import { rulesetArg } from "./ruleset-arg";
import { functionTexts } from "./texts";

const T = functionTexts();

/** Exact sum of a range's numbers; empty cells count as nothing, errors and bad text fail. */
function sumRange(range: unknown, argName: string): number {
  const sum = new RupiahAccumulator();
  for (const cell of flatten(range)) if (!isEmpty(cell)) sum.add(toNumber(cell, argName));
  return sum.value;
}

/** A share written as 5% (0,05) or 0..1; "5" is refused rather than guessed. */
function toShare(value: unknown, argName: string, fallback?: number): number {
  const share = fallback === undefined ? toNumber(value, argName) : optionalNumber(value, argName, fallback);
  if (share < 0 || share > 1) fail("#NUM!", T.shareFormat(argName));
  return share;
}

function toPagu(value: unknown): number {
  const pagu = toNumber(value, "pagu");
  if (pagu < 0) fail("#NUM!", T.paguNegative);
  return pagu;
}

/** A positive pagu: a share of a pagu of zero means nothing. */
function toPositivePagu(value: unknown): number {
  const pagu = toPagu(value);
  if (pagu === 0) fail("#DIV/0!", T.paguZero);
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
 * Memeriksa total usulan terhadap pagu: "SESUAI" atau "MELEBIHI PAGU Rp…". Memakai aturan yang aktif di panel DAK (atau tahun anggaran argumen ta); bila aturan pagu dimatikan di sana: "TIDAK DIPERIKSA".
 * @customfunction CEK_PAGU
 * @param pagu Pagu alokasi DAK (Rp).
 * @param jumlah_range Rentang kolom Jumlah (Rp); sel kosong dilewati.
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Status pagu sebagai teks.
 */
export function cekPagu(pagu: any, jumlah_range: any[][], ta?: any): string {
  const total = sumRange(jumlah_range, "jumlah_range");
  const verdict = paguVerdict(total, toPagu(pagu), rulesetArg(ta));
  if (verdict.state === "off") return T.notChecked();
  return verdict.state === "over" ? T.overPagu(verdict.excess) : T.within;
}

/**
 * Batas kegiatan penunjang: pagu × persen (bawaan: batas dalam aturan yang aktif di panel DAK atau tahun anggaran argumen ta, 5% dari pagu).
 * @customfunction BATAS_PENUNJANG
 * @param pagu Pagu alokasi DAK (Rp).
 * @param [persen] Batas sebagai persentase, mis. 5% atau 0,05. Kosong: batas menurut aturan.
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Batas rupiah kegiatan penunjang.
 */
export function batasPenunjang(pagu: any, persen?: any, ta?: any): number {
  const paguValue = toPagu(pagu);
  const share = toShare(persen, "persen", rulesetArg(ta).thresholds.penunjangMaxShare);
  return multiplyRupiah(share, paguValue);
}

/**
 * Memeriksa kegiatan penunjang terhadap batasnya (persentase dari pagu) menurut aturan yang aktif di panel DAK (atau tahun anggaran argumen ta): "SESUAI (3,99%)", "MELEBIHI BATAS 5% Rp… (6,2%)", atau "TIDAK DIPERIKSA" bila aturan batas penunjang dimatikan.
 * @customfunction CEK_PENUNJANG
 * @param penunjang Jumlah kegiatan penunjang (Rp), satu sel atau rentang baris penunjang.
 * @param pagu Pagu alokasi DAK (Rp).
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Status kegiatan penunjang sebagai teks.
 */
export function cekPenunjang(penunjang: any[][], pagu: any, ta?: any): string {
  const amount = sumRange(penunjang, "penunjang");
  const verdict = penunjangVerdict(amount, toPositivePagu(pagu), rulesetArg(ta));
  if (verdict.state === "off") return T.notChecked(verdict.share);
  return verdict.state === "over"
    ? T.overCap(verdict.maxShare, verdict.excess, verdict.share)
    : T.withinShare(verdict.share);
}

/**
 * Tahap penyaluran yang dapat diajukan dan jumlahnya, menurut skema penyaluran tahun anggaran aturan yang aktif di panel DAK (atau argumen ta): sekaligus bila pagu ≤ Rp1 miliar (sampai TA 2023 sebesar pagu; mulai TA 2024 sebesar nilai kontrak, PMK 25/2024 Pasal 46), selain itu Tahap I 25%, Tahap II 45% (serapan ≥ 75% dari dana yang diterima), Tahap III sisanya (serapan ≥ 90% dari dana yang diterima, output ≥ 70%).
 * @customfunction TAHAP_SALUR
 * @param pagu Pagu alokasi DAK (Rp).
 * @param diterima Dana yang sudah diterima (Rp); 0 bila belum ada.
 * @param serapan Realisasi penyerapan dana (Rp).
 * @param [output] Capaian output fisik sebagai persentase, mis. 70% atau 0,7.
 * @param [nilai_kontrak] Nilai dalam daftar kontrak (Rp): yang disalurkan sekaligus mulai TA 2024.
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns Teks, mis. "Tahap II Rp1.125.000.000" atau "Tahap II … belum dapat diajukan: serapan 60% dari dana diterima (minimal 75%)".
 */
export function tahapSalur(
  pagu: any,
  diterima: any,
  serapan: any,
  output?: any,
  nilai_kontrak?: any,
  ta?: any,
): string {
  const paguValue = toPagu(pagu);
  const received = isEmpty(diterima) ? 0 : toNumber(diterima, "diterima");
  const absorbed = isEmpty(serapan) ? 0 : toNumber(serapan, "serapan");
  const outputShare = isEmpty(output) ? undefined : toShare(output, "output");
  const contract = isEmpty(nilai_kontrak) ? undefined : toNumber(nilai_kontrak, "nilai_kontrak");
  if (received < 0 || absorbed < 0 || (contract ?? 0) < 0) fail("#NUM!", T.notNegative);
  if (absorbed > received) fail("#NUM!", T.absorbedOverReceived);
  if (contract !== undefined && contract > paguValue) fail("#NUM!", T.contractOverPagu);
  const progress = { diterima: received, serapan: absorbed, output: outputShare, contract };
  return stageText(nextStage(paguValue, progress, rulesetArg(ta).disbursement));
}

function stageText(next: NextStage): string {
  if (next.kind === "done") return T.done;
  if (next.kind === "needsContract") return T.lumpSumContract;
  const head = T.stage(next.stage.name, next.amount);
  if (next.kind === "request") return head;
  const reasons = next.unmet.map((u) =>
    u.what === "serapan" ? T.serapanUnmet(u.actual, u.required) : T.outputUnmet(u.actual, u.required),
  );
  return T.notYet(head, reasons);
}
