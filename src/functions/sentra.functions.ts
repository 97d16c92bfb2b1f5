/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells untyped; the metadata generator needs `any`/`any[][]` parameters. */
/**
 * Sentra indicator functions (DAK.PERTUMBUHAN …): thin wrappers over src/core/indicators. Growth
 * values are ratios (0,31 = 31%): format the cell as a percentage.
 */
import type { CellError, CellValue } from "../core/grid/types";
import { formalityScore, readChecklistAnswer } from "../core/indicators/formality";
import { aggregateGrowth, growth, meanGrowth, type Count, type SeriesFailure } from "../core/indicators/growth";
import { readMarketLevel } from "../core/indicators/market";
import {
  ELIGIBILITY_MESSAGES,
  FORMALITY_MESSAGES,
  GROWTH_MESSAGES,
  MARKET_MESSAGES,
  ROW_MESSAGES,
  SERIES_MESSAGES,
  SIZE_INPUT_LABELS,
  SIZE_MESSAGES,
  TABLE_MESSAGES,
  type IndicatorMessage,
} from "../core/indicators/messages";
import { sentraEligibility } from "../core/indicators/eligibility";
import {
  classifyBpsWorkers,
  classifyPermenperin64,
  classifyPp7Capital,
  classifyPp7Sales,
  findRegime,
  regimeInputs,
  type SizeClassResult,
} from "../core/indicators/size-class";
import { INDICATOR_TABLE_HEADERS } from "../core/indicators/definitions";
import { readIndicatorTable, type RowProblem } from "../core/indicators/table";
import { excelError, fail, flatten, isEmpty, isExcelError, toNumber, toText } from "./args";
import { rulesetArg } from "./ruleset-arg";

/**
 * Pertumbuhan satu angka dari awal ke akhir: (akhir − awal) / awal, misalnya 10 → 13 = 0,3 (30%).
 * @customfunction PERTUMBUHAN
 * @param awal Jumlah awal (sebelum DAK), tidak negatif.
 * @param akhir Jumlah akhir (sesudah DAK), tidak negatif.
 * @returns Pertumbuhan sebagai rasio; #DIV/0! bila awal 0.
 */
export function pertumbuhan(awal: any, akhir: any): number {
  const g = growth(toNumber(awal, "awal"), toNumber(akhir, "akhir"));
  return g.ok ? g.growth : failWith(GROWTH_MESSAGES[g.reason]);
}

/**
 * Pertumbuhan agregat banyak sentra: Σakhir / Σawal − 1 (sentra besar berbobot lebih). Sentra dengan sel kosong dilewati.
 * @customfunction PERTUMBUHAN_AGREGAT
 * @param awal_range Rentang jumlah awal, satu sel per sentra.
 * @param akhir_range Rentang jumlah akhir, ukuran sama dengan awal_range.
 * @returns Pertumbuhan agregat sebagai rasio.
 */
export function pertumbuhanAgregat(awal_range: any[][], akhir_range: any[][]): number {
  const r = aggregateGrowth(...countSeries(awal_range, akhir_range));
  return r.ok ? r.growth : failWith(seriesMessage(r, false));
}

/**
 * Rata-rata pertumbuhan per sentra (setiap sentra berbobot sama). Sentra berawal 0 atau tidak lengkap dilewati.
 * @customfunction PERTUMBUHAN_RATA
 * @param awal_range Rentang jumlah awal, satu sel per sentra.
 * @param akhir_range Rentang jumlah akhir, ukuran sama dengan awal_range.
 * @returns Rata-rata pertumbuhan sebagai rasio.
 */
export function pertumbuhanRata(awal_range: any[][], akhir_range: any[][]): number {
  const r = meanGrowth(...countSeries(awal_range, akhir_range));
  return r.ok ? r.growth : failWith(seriesMessage(r, true));
}

/**
 * Tabel enam indikator sentra (unit IKM, produk, kelembagaan, pasar, tenaga kerja, kapasitas): awal, akhir, perubahan, pertumbuhan.
 * @customfunction INDIKATOR_SENTRA
 * @param tabel Kolom: indikator, awal, akhir, [satuan awal], [satuan akhir]; baris judul boleh ada.
 * @returns Tabel 7 baris × 5 kolom dengan judul.
 */
export function indikatorSentra(tabel: any[][]): any[][] {
  const originals = new WeakMap<CellError, unknown>();
  const cells = (Array.isArray(tabel) ? tabel : [[tabel]]).map((row) =>
    (Array.isArray(row) ? row : [row]).map((v) => toCellValue(v, originals)),
  );
  const r = readIndicatorTable(cells);
  if (!r.ok) {
    if (!("row" in r)) return failWith(TABLE_MESSAGES[r.reason]);
    return failWith(TABLE_MESSAGES[r.reason](r.row + 1, r.label));
  }
  const out = (v: number | RowProblem) => (typeof v === "number" ? v : rowError(v, originals));
  return [
    [...INDICATOR_TABLE_HEADERS],
    ...r.rows.map((row) => [row.indicator.name, row.before ?? "", row.after ?? "", out(row.change), out(row.growth)]),
  ];
}

/**
 * Skor formalitas kelembagaan: bagian butir daftar periksa yang terpenuhi (0–1). Sel kosong dihitung belum terpenuhi.
 * @customfunction SKOR_KELEMBAGAAN
 * @param checklist_range Jawaban butir: TRUE/FALSE, 1/0, ya/tidak, ✓.
 * @returns Skor 0 sampai 1.
 */
export function skorKelembagaan(checklist_range: any[][]): number {
  const answers = flatten(checklist_range).map((v) => {
    if (isExcelError(v)) throw v;
    return isEmpty(v) ? null : (v as boolean | number | string);
  });
  const r = formalityScore(answers);
  if (r.ok) return r.score;
  return failWith(r.reason === "EMPTY" ? FORMALITY_MESSAGES.EMPTY : FORMALITY_MESSAGES.UNREADABLE(r.index + 1));
}

/**
 * Tingkat jangkauan pasar: 1 desa/kecamatan, 2 kab/kota, 3 provinsi, 4 nasional, 5 ekspor (tertinggi yang disebut).
 * @customfunction LEVEL_PASAR
 * @param teks_atau_angka Kata (mis. "nasional", "kab/kota dan ekspor") atau angka 1–5.
 * @returns Tingkat 1 sampai 5.
 */
export function levelPasar(teks_atau_angka: any): number {
  if (isExcelError(teks_atau_angka)) throw teks_atau_angka;
  if (isEmpty(teks_atau_angka)) return failWith(MARKET_MESSAGES.EMPTY);
  if (typeof teks_atau_angka === "boolean") return failWith(MARKET_MESSAGES.UNKNOWN_WORDS);
  const r = readMarketLevel(teks_atau_angka as number | string);
  return r.ok ? r.level : failWith(MARKET_MESSAGES[r.reason]);
}

/**
 * Kelas usaha industri menurut rezim yang disebut: Permenperin 64/M-IND/PER/7/2016 (bawaan), PP 7/2021, PP 7/2021 penjualan, atau BPS.
 * @customfunction KLASIFIKASI_IKM
 * @param tenaga_kerja Jumlah tenaga kerja (boleh kosong untuk PP 7/2021).
 * @param investasi Nilai investasi/modal tanpa tanah dan bangunan, atau penjualan tahunan untuk "PP 7/2021 penjualan" (boleh kosong untuk BPS).
 * @param [rezim] "Permenperin" (bawaan), "PP 7/2021", "PP 7/2021 penjualan", atau "BPS".
 * @returns Kelas dan rezimnya, misalnya "Kecil (Permenperin 64/M-IND/PER/7/2016)".
 */
export function klasifikasiIkm(tenaga_kerja: any, investasi: any, rezim?: any): string {
  for (const v of [tenaga_kerja, investasi, rezim]) if (isExcelError(v)) throw v;
  const regimeText = toText(rezim);
  const regime = regimeText === "" ? "PERMENPERIN_64_2016" : findRegime(regimeText);
  if (!regime) return failWith(SIZE_MESSAGES.UNKNOWN_REGIME);
  const needs = regimeInputs(regime);
  const workers = needs.workers ? toNumber(tenaga_kerja, "tenaga_kerja") : 0;
  const amount = needs.investment ? toNumber(investasi, "investasi") : 0;
  const r: SizeClassResult =
    regime === "PERMENPERIN_64_2016"
      ? classifyPermenperin64(workers, amount)
      : regime === "PP_7_2021_MODAL"
        ? classifyPp7Capital(amount)
        : regime === "PP_7_2021_PENJUALAN"
          ? classifyPp7Sales(amount)
          : classifyBpsWorkers(workers);
  if (r.ok) return `${r.sizeClass} (${r.regimeLabel})`;
  return failWith(SIZE_MESSAGES[r.reason](SIZE_INPUT_LABELS[r.input]));
}

/**
 * Kelayakan sentra IKM: minimal 5 unit IKM (batas menurut aturan yang aktif di panel DAK, atau tahun anggaran argumen ta), ada SK sentra, ada pengelola. Menyebut semua syarat yang belum terpenuhi.
 * @customfunction SENTRA_LAYAK
 * @param jumlah_unit Jumlah unit IKM di sentra.
 * @param [no_sk] Nomor SK penetapan sentra (kosong = belum ada).
 * @param [pengelola] Nama pengelola, atau TRUE/ya bila ada (kosong = belum ada).
 * @param [ta] Tahun anggaran aturan yang dipakai, mis. 2024. Kosong: aturan yang aktif di panel (dipilih atau dimuat di tab Aturan, selain itu menurut TA usulan yang terakhir divalidasi, selain itu yang terbaru).
 * @returns "LAYAK" atau "TIDAK LAYAK: …" dengan alasannya.
 */
export function sentraLayak(jumlah_unit: any, no_sk?: any, pengelola?: any, ta?: any): string {
  const units = toNumber(jumlah_unit, "jumlah_unit");
  const skNumber = toText(no_sk);
  if (isExcelError(pengelola)) throw pengelola;
  const answer = isEmpty(pengelola) ? null : readChecklistAnswer(pengelola as boolean | number | string);
  // Any text that is not a yes/no word is the pengelola's name: the sentra has one.
  const r = sentraEligibility(
    { units, skNumber, hasPengelola: answer === "UNREADABLE" || answer === true },
    rulesetArg(ta).thresholds.sentraMinUnits,
  );
  if (!r.ok) return failWith(ELIGIBILITY_MESSAGES[r.reason]);
  if (r.eligible) return ELIGIBILITY_MESSAGES.ELIGIBLE;
  const why = r.reasons.map((x) =>
    x.code === "SENTRA_TOO_SMALL"
      ? ELIGIBILITY_MESSAGES.SENTRA_TOO_SMALL(x.units, x.min)
      : ELIGIBILITY_MESSAGES[x.code],
  );
  return `${ELIGIBILITY_MESSAGES.NOT_ELIGIBLE}: ${why.join("; ")}`;
}

function failWith(m: IndicatorMessage): never {
  return fail(m.code, m.message);
}

/** Two ranges -> two lists of counts; empty cells are null, errors and bad text fail here. */
function countSeries(awal: unknown, akhir: unknown): [Count[], Count[]] {
  const read = (range: unknown, name: string): Count[] =>
    flatten(range).map((v, i) => (isEmpty(v) ? null : toNumber(v, `${name} sel ke-${i + 1}`)));
  return [read(awal, "awal_range"), read(akhir, "akhir_range")];
}

function seriesMessage(r: SeriesFailure, mean: boolean): IndicatorMessage {
  switch (r.reason) {
    case "LENGTH_MISMATCH":
      return SERIES_MESSAGES.LENGTH_MISMATCH(r.beforeCount, r.afterCount);
    case "NEGATIVE":
    case "NOT_FINITE":
      return SERIES_MESSAGES[r.reason](r.index + 1);
    case "NO_DATA":
      return mean && r.skipped.some((s) => s.reason === "FROM_ZERO")
        ? SERIES_MESSAGES.NO_DATA_MEAN
        : SERIES_MESSAGES.NO_DATA;
    case "FROM_ZERO":
      return SERIES_MESSAGES.FROM_ZERO;
  }
}

function toCellValue(v: unknown, originals: WeakMap<CellError, unknown>): CellValue {
  if (isExcelError(v)) {
    const e: CellError = { kind: "error", code: String(v.code) };
    originals.set(e, v);
    return e;
  }
  if (isEmpty(v)) return null;
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : String(v);
}

function rowError(p: RowProblem, originals: WeakMap<CellError, unknown>): unknown {
  if (p.problem === "CELL_ERROR") return originals.get(p.error) ?? excelError("#VALUE!");
  const m = ROW_MESSAGES[p.problem];
  return excelError(m.code, m.message);
}
