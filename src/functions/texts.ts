/**
 * Texts of the custom functions' results that come from a decision of core (budget verdicts,
 * disbursement), one catalogue per language. The functions answer in Bahasa Indonesia (their
 * names are Indonesian, DESIGN.md §6); the English catalogue keeps the two in step.
 */
import type { Locale } from "../core/i18n/locale";
import { formatPercent, formatRupiah } from "../core/i18n/numbers";

export interface FunctionTexts {
  readonly badTa: (value: number) => string;
  readonly paguNegative: string;
  readonly paguZero: string;
  readonly notNegative: string;
  readonly absorbedOverReceived: string;
  readonly shareFormat: (arg: string) => string;
  readonly contractOverPagu: string;
  readonly within: string;
  readonly withinShare: (share: number) => string;
  readonly overPagu: (excess: number) => string;
  readonly overCap: (maxShare: number, excess: number, share: number) => string;
  /** The rule is switched off in the active ruleset: nothing is decided. */
  readonly notChecked: (share?: number) => string;
  readonly done: string;
  readonly stage: (name: string, amount: number) => string;
  /** From TA 2024 a lump sum is the contract value (PMK 25/2024 Ps 46), which the function was not given. */
  readonly lumpSumContract: string;
  readonly notYet: (head: string, reasons: readonly string[]) => string;
  readonly serapanUnmet: (actual: number, required: number) => string;
  readonly outputUnmet: (actual: number | undefined, required: number) => string;
}

const id: FunctionTexts = {
  badTa: (v) => `ta: ${v} bukan tahun anggaran (isi mis. 2024).`,
  paguNegative: "pagu: tidak boleh negatif.",
  paguZero: "pagu: tidak boleh nol.",
  notNegative: "diterima, serapan dan nilai_kontrak tidak boleh negatif.",
  absorbedOverReceived: "serapan: tidak boleh melebihi dana yang diterima.",
  shareFormat: (arg) => `${arg}: isi persentase seperti 5% atau 0,05.`,
  contractOverPagu: "nilai_kontrak: tidak boleh melebihi pagu.",
  within: "SESUAI",
  withinShare: (share) => `SESUAI (${formatPercent(share)})`,
  overPagu: (excess) => `MELEBIHI PAGU ${formatRupiah(excess)}`,
  overCap: (max, excess, share) =>
    `MELEBIHI BATAS ${formatPercent(max)} ${formatRupiah(excess)} (${formatPercent(share)})`,
  notChecked: (share) =>
    `TIDAK DIPERIKSA: aturan ini dimatikan${share === undefined ? "" : ` (${formatPercent(share)})`}`,
  done: "SELESAI: seluruh pagu telah disalurkan",
  stage: (name, amount) => `${name} ${formatRupiah(amount)}`,
  lumpSumContract: "Sekaligus sebesar nilai kontrak: isi argumen nilai_kontrak",
  notYet: (head, reasons) => `${head} belum dapat diajukan: ${reasons.join(", ")}`,
  serapanUnmet: (actual, required) =>
    `serapan ${formatPercent(actual)} dari dana diterima (minimal ${formatPercent(required)})`,
  outputUnmet: (actual, required) =>
    `output ${actual === undefined ? "belum diisi" : formatPercent(actual)} (minimal ${formatPercent(required)})`,
};

const en: FunctionTexts = {
  badTa: (v) => `ta: ${v} is not a fiscal year (e.g. 2024).`,
  paguNegative: "pagu: may not be negative.",
  paguZero: "pagu: may not be zero.",
  notNegative: "diterima, serapan and nilai_kontrak may not be negative.",
  absorbedOverReceived: "serapan: may not exceed the funds received.",
  shareFormat: (arg) => `${arg}: write a percentage such as 5% or 0.05.`,
  contractOverPagu: "nilai_kontrak: may not exceed the pagu.",
  within: "WITHIN",
  withinShare: (share) => `WITHIN (${formatPercent(share, "en")})`,
  overPagu: (excess) => `OVER THE PAGU BY ${formatRupiah(excess, "en")}`,
  overCap: (max, excess, share) =>
    `OVER THE ${formatPercent(max, "en")} CAP BY ${formatRupiah(excess, "en")} (${formatPercent(share, "en")})`,
  notChecked: (share) =>
    `NOT CHECKED: this rule is switched off${share === undefined ? "" : ` (${formatPercent(share, "en")})`}`,
  done: "DONE: the whole pagu has been disbursed",
  stage: (name, amount) => `${name} ${formatRupiah(amount, "en")}`,
  lumpSumContract: "In one go, the contract value: fill in the nilai_kontrak argument",
  notYet: (head, reasons) => `${head} cannot be requested yet: ${reasons.join(", ")}`,
  serapanUnmet: (actual, required) =>
    `absorption ${formatPercent(actual, "en")} of the funds received (at least ${formatPercent(required, "en")})`,
  outputUnmet: (actual, required) =>
    `output ${actual === undefined ? "not filled in" : formatPercent(actual, "en")} (at least ${formatPercent(required, "en")})`,
};

const CATALOGUES: Readonly<Record<Locale, FunctionTexts>> = { id, en };

export function functionTexts(locale: Locale = "id"): FunctionTexts {
  return CATALOGUES[locale];
}
