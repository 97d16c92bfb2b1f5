/**
 * The six sentra indicators of Ditjen IKMA's M&E (DOMAIN.md §4) as data: what each one measures,
 * its unit, how its values are checked and compared, where the definition comes from, and the
 * words officials write for it in a before/after table. Code reads this list; it does not repeat it.
 */

/**
 * How an indicator's values are read and compared:
 * - count: a non-negative amount (units, products, workers, capacity): growth = (after − before) / before;
 * - share: a score between 0 and 1 (the formality checklist met): growth likewise, change in points;
 * - ordinal: a market level 1…5 (words accepted): growth on the level.
 */
export type IndicatorKind = "count" | "share" | "ordinal";

export interface IndicatorDefinition {
  /** Stable key, used in results and tests. */
  readonly id: "unit_ikm" | "produk" | "kelembagaan" | "pasar" | "tenaga_kerja" | "kapasitas";
  /** The name shown in the spilled table (Bahasa Indonesia). */
  readonly name: string;
  readonly inputs: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  /** True when before and after must be given in the same unit of measure (capacity). */
  readonly unitSensitive: boolean;
  readonly basis: string;
  /** Normalised words (see normaliseLabel) that name this indicator in a table's first column. */
  readonly aliases: readonly string[];
}

const M_AND_E_BASIS = "Evaluasi Ditjen IKMA atas DAK 2017 (2018); metode tidak dipublikasikan [A]";

export const SENTRA_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: "unit_ikm",
    name: "Jumlah unit IKM",
    inputs: "jumlah unit usaha IKM di sentra, awal dan akhir",
    unit: "unit usaha",
    kind: "count",
    unitSensitive: false,
    basis: M_AND_E_BASIS,
    aliases: ["jumlah unit ikm", "unit ikm", "jumlah ikm", "ikm", "unit usaha", "jumlah unit usaha", "unit"],
  },
  {
    id: "produk",
    name: "Jumlah/jenis produk",
    inputs: "jumlah atau jenis produk yang dihasilkan sentra",
    unit: "jenis produk",
    kind: "count",
    unitSensitive: false,
    basis: M_AND_E_BASIS,
    aliases: ["jumlah jenis produk", "jumlah produk", "jenis produk", "produk", "ragam produk"],
  },
  {
    id: "kelembagaan",
    name: "Formalitas kelembagaan",
    inputs: "skor daftar periksa kelembagaan (0–1), lihat DAK.SKOR_KELEMBAGAAN",
    unit: "skor 0–1",
    kind: "share",
    unitSensitive: false,
    basis: `${M_AND_E_BASIS}; daftar periksa DOMAIN.md §4`,
    aliases: ["formalitas kelembagaan", "kelembagaan", "skor kelembagaan", "formalitas", "legalitas"],
  },
  {
    id: "pasar",
    name: "Jangkauan pasar",
    inputs: "tingkat pasar tertinggi: 1 desa/kecamatan … 5 ekspor",
    unit: "tingkat 1–5",
    kind: "ordinal",
    unitSensitive: false,
    basis: M_AND_E_BASIS,
    aliases: ["jangkauan pasar", "pasar", "level pasar", "tingkat pasar", "wilayah pemasaran", "pemasaran"],
  },
  {
    id: "tenaga_kerja",
    name: "Tenaga kerja",
    inputs: "jumlah tenaga kerja di seluruh IKM sentra",
    unit: "orang",
    kind: "count",
    unitSensitive: false,
    basis: M_AND_E_BASIS,
    aliases: ["tenaga kerja", "jumlah tenaga kerja", "tk", "pekerja", "jumlah pekerja", "penyerapan tenaga kerja"],
  },
  {
    id: "kapasitas",
    name: "Kapasitas produksi",
    inputs: "kapasitas produksi dalam satuan yang sama, awal dan akhir",
    unit: "satuan produksi (mis. kg/bulan)",
    kind: "count",
    unitSensitive: true,
    basis: M_AND_E_BASIS,
    aliases: ["kapasitas produksi", "kapasitas", "produksi", "volume produksi"],
  },
];

/** Headers of the spilled indicator table, in column order. */
export const INDICATOR_TABLE_HEADERS = ["Indikator", "Awal", "Akhir", "Perubahan", "Pertumbuhan"] as const;

/** Lower case, punctuation and repeated spaces removed: "Jumlah Unit-IKM " -> "jumlah unit ikm". */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The indicator a table label names, or undefined (an unknown label is reported, never guessed). */
export function findIndicator(label: string): IndicatorDefinition | undefined {
  const key = normaliseLabel(label);
  return SENTRA_INDICATORS.find((d) => d.aliases.includes(key));
}
