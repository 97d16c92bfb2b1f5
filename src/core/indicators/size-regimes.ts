/**
 * Size-class regimes as data (DOMAIN.md §3). They must not be mixed up: each result names the
 * regime it was computed under. Amounts in rupiah; "investasi/modal" excludes land and buildings.
 */

export type SizeRegimeId = "PERMENPERIN_64_2016" | "PP_7_2021_MODAL" | "PP_7_2021_PENJUALAN" | "BPS_TENAGA_KERJA";

/** A class for values up to and including `upTo` (the last band has no upper bound). */
export interface SizeBand {
  readonly upTo: number | null;
  readonly sizeClass: string;
}

export interface BandRegime {
  readonly id: Exclude<SizeRegimeId, "PERMENPERIN_64_2016">;
  /** The regime as shown next to the class. */
  readonly label: string;
  /** Which input the bands apply to (investasi and penjualan are both amounts in rupiah). */
  readonly measure: "investasi" | "penjualan" | "tenaga_kerja";
  /** Smallest value the regime classifies (BPS starts at 1 worker). */
  readonly min: number;
  readonly bands: readonly SizeBand[];
  readonly basis: string;
}

export const PERMENPERIN_64_2016 = {
  id: "PERMENPERIN_64_2016",
  label: "Permenperin 64/M-IND/PER/7/2016",
  /** Up to this many workers an industry can be Kecil. */
  maxWorkersKecil: 19,
  /** Kecil needs investment below this (strictly). */
  investmentKecilBelow: 1_000_000_000,
  /** With ≥ 20 workers, Menengah up to and including this investment. */
  investmentMenengahMax: 15_000_000_000,
  basis: "Permenperin 64/M-IND/PER/7/2016; investasi tidak termasuk tanah dan bangunan; Besar sebagai sisanya [A]",
} as const;

export const BAND_REGIMES: readonly BandRegime[] = [
  {
    id: "PP_7_2021_MODAL",
    label: "PP 7/2021 (modal usaha)",
    measure: "investasi",
    min: 0,
    bands: [
      { upTo: 1_000_000_000, sizeClass: "Mikro" },
      { upTo: 5_000_000_000, sizeClass: "Kecil" },
      { upTo: 10_000_000_000, sizeClass: "Menengah" },
      { upTo: null, sizeClass: "Besar" },
    ],
    basis: "PP 7/2021 Ps 35; modal usaha tidak termasuk tanah dan bangunan",
  },
  {
    id: "PP_7_2021_PENJUALAN",
    label: "PP 7/2021 (hasil penjualan tahunan)",
    measure: "penjualan",
    min: 0,
    bands: [
      { upTo: 2_000_000_000, sizeClass: "Mikro" },
      { upTo: 15_000_000_000, sizeClass: "Kecil" },
      { upTo: 50_000_000_000, sizeClass: "Menengah" },
      { upTo: null, sizeClass: "Besar" },
    ],
    basis: "PP 7/2021 Ps 35",
  },
  {
    id: "BPS_TENAGA_KERJA",
    label: "BPS (tenaga kerja)",
    measure: "tenaga_kerja",
    min: 1,
    bands: [
      { upTo: 4, sizeClass: "Mikro" },
      { upTo: 19, sizeClass: "Kecil" },
      { upTo: 99, sizeClass: "Sedang" },
      { upTo: null, sizeClass: "Besar" },
    ],
    basis: "BPS, klasifikasi industri menurut jumlah tenaga kerja",
  },
];

/** Normalised words that select a regime in DAK.KLASIFIKASI_IKM's optional third argument. */
export const REGIME_ALIASES: Readonly<Record<string, SizeRegimeId>> = {
  permenperin: "PERMENPERIN_64_2016",
  "permenperin 64": "PERMENPERIN_64_2016",
  "permenperin 64 2016": "PERMENPERIN_64_2016",
  "permenperin 64 m ind per 7 2016": "PERMENPERIN_64_2016",
  "pp 7 2021": "PP_7_2021_MODAL",
  pp7: "PP_7_2021_MODAL",
  "pp 7": "PP_7_2021_MODAL",
  "pp 7 2021 modal": "PP_7_2021_MODAL",
  modal: "PP_7_2021_MODAL",
  "pp 7 2021 penjualan": "PP_7_2021_PENJUALAN",
  "pp7 penjualan": "PP_7_2021_PENJUALAN",
  penjualan: "PP_7_2021_PENJUALAN",
  bps: "BPS_TENAGA_KERJA",
  "bps tenaga kerja": "BPS_TENAGA_KERJA",
  "tenaga kerja": "BPS_TENAGA_KERJA",
};
