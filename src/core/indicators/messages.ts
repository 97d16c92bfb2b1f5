/**
 * Indonesian texts for indicator failures, with the Excel error each one shows as. Kept here, as
 * data, so the custom functions stay thin and every face words a failure the same way.
 */

import type { SizeInput } from "./size-class";

export type IndicatorErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!";

export interface IndicatorMessage {
  readonly code: IndicatorErrorCode;
  readonly message: string;
}

const m = (code: IndicatorErrorCode, message: string): IndicatorMessage => ({ code, message });

export const GROWTH_MESSAGES = {
  FROM_ZERO: m("#DIV/0!", "Nilai awal 0: pertumbuhan dari nol tidak punya persentase (lihat selisihnya)."),
  NEGATIVE: m("#NUM!", "Jumlah tidak boleh negatif."),
  NOT_FINITE: m("#NUM!", "Bukan bilangan terhingga."),
} as const;

export const SERIES_MESSAGES = {
  LENGTH_MISMATCH: (beforeCount: number, afterCount: number) =>
    m("#VALUE!", `Ukuran rentang awal (${beforeCount} sel) dan akhir (${afterCount} sel) harus sama.`),
  NEGATIVE: (row: number) => m("#NUM!", `Sentra ke-${row}: jumlah tidak boleh negatif.`),
  NOT_FINITE: (row: number) => m("#NUM!", `Sentra ke-${row}: bukan bilangan terhingga.`),
  NO_DATA: m("#N/A", "Tidak ada sentra dengan data awal dan akhir yang lengkap."),
  NO_DATA_MEAN: m("#DIV/0!", "Tidak ada sentra yang bisa dihitung: semua berawal dari 0 atau datanya tidak lengkap."),
  FROM_ZERO: m("#DIV/0!", "Jumlah awal seluruh sentra 0: pertumbuhan agregat tidak punya persentase."),
} as const;

export const TABLE_MESSAGES = {
  TOO_FEW_COLUMNS: m("#VALUE!", "Tabel harus berkolom: indikator, awal, akhir (satuan boleh ditambahkan)."),
  EMPTY: m("#N/A", "Tabel indikator kosong."),
  UNKNOWN_INDICATOR: (row: number, label: string) =>
    m(
      "#VALUE!",
      `Baris ${row}: indikator "${label}" tidak dikenal (unit IKM, produk, kelembagaan, pasar, tenaga kerja, kapasitas).`,
    ),
  DUPLICATE_INDICATOR: (row: number, label: string) =>
    m("#VALUE!", `Baris ${row}: indikator "${label}" muncul dua kali.`),
} as const;

export const ROW_MESSAGES = {
  MISSING: m("#N/A", "Data awal atau akhir belum diisi."),
  FROM_ZERO: GROWTH_MESSAGES.FROM_ZERO,
  NEGATIVE: GROWTH_MESSAGES.NEGATIVE,
  NOT_A_NUMBER: m("#VALUE!", "Nilai bukan angka (atau bukan tingkat pasar)."),
  OUT_OF_RANGE: m("#NUM!", "Nilai di luar rentang (skor 0–1, tingkat pasar 1–5)."),
  UNIT_CHANGED: m("#VALUE!", "Satuan kapasitas awal dan akhir berbeda: samakan satuannya dahulu."),
} as const;

export const MARKET_MESSAGES = {
  EMPTY: m("#N/A", "Jangkauan pasar belum diisi."),
  OUT_OF_RANGE: m("#NUM!", "Tingkat pasar harus bilangan bulat 1 sampai 5."),
  UNKNOWN_WORDS: m(
    "#VALUE!",
    "Jangkauan pasar tidak dikenali: tulis desa/kecamatan, kab/kota, provinsi, nasional, ekspor, atau angka 1–5.",
  ),
} as const;

export const FORMALITY_MESSAGES = {
  EMPTY: m("#N/A", "Daftar periksa kelembagaan kosong."),
  UNREADABLE: (item: number) => m("#VALUE!", `Butir ke-${item}: isi TRUE/FALSE, 1/0, ya/tidak atau ✓.`),
} as const;

export const SIZE_MESSAGES = {
  UNKNOWN_REGIME: m(
    "#VALUE!",
    "Rezim tidak dikenal: pakai Permenperin 64/2016, PP 7/2021, PP 7/2021 penjualan, atau BPS.",
  ),
  NEGATIVE: (input: string) => m("#NUM!", `${input} tidak boleh negatif.`),
  NOT_WHOLE: (input: string) => m("#NUM!", `${input} harus bilangan bulat.`),
  BELOW_MIN: (input: string) => m("#NUM!", `${input} minimal 1 orang menurut BPS.`),
  NOT_FINITE: (input: string) => m("#NUM!", `${input}: bukan bilangan terhingga.`),
} as const;

/** The input a SIZE_MESSAGES text is about: "Penjualan tahunan tidak boleh negatif", never "Investasi" for sales. */
export const SIZE_INPUT_LABELS: Readonly<Record<SizeInput, string>> = {
  tenaga_kerja: "Tenaga kerja",
  investasi: "Investasi",
  penjualan: "Penjualan tahunan",
};

export const ELIGIBILITY_MESSAGES = {
  NEGATIVE_UNITS: m("#NUM!", "Jumlah unit IKM tidak boleh negatif."),
  NOT_WHOLE_UNITS: m("#NUM!", "Jumlah unit IKM harus bilangan bulat."),
  SENTRA_TOO_SMALL: (units: number, min: number) => `unit IKM ${units}, kurang dari ${min}`,
  SENTRA_SK_MISSING: "SK sentra belum ada",
  SENTRA_PENGELOLA_MISSING: "pengelola belum ada",
  ELIGIBLE: "LAYAK",
  NOT_ELIGIBLE: "TIDAK LAYAK",
} as const;
