/**
 * The words of the HTML reports (`--report`) in Bahasa Indonesia; report-en.ts has the same keys
 * (the type enforces it, test/i18n/catalogues.test.ts checks parity and the numbers). A text
 * that holds a count is a function: numbers and plurals come from the locale's formatters.
 */
import { countOf } from "../../core/i18n/plural";
import { formatCount } from "../../core/i18n/numbers";

const n = (v: number) => formatCount(v, "id");

export const REPORT_ID = {
  validateTitle: "Laporan Validasi Rencana Kegiatan DAK Fisik Bidang IKM",
  evaluasiTitle: "Laporan Evaluasi Sentra IKM DAK Fisik",
  validateSubtitle: (files: number) => `Dibuat oleh dak · ${countOf("id", files, { other: "berkas" })}`,
  evaluasiSubtitle: (sentra: number, kabKota: number) =>
    `Dibuat oleh dak · ${countOf("id", sentra, { other: "sentra" })} · ${countOf("id", kabKota, { other: "kab/kota" })}`,
  files: "berkas",
  ok: "lolos",
  invalid: "bermasalah",
  unreadable: "tidak terbaca",
  errors: "kesalahan",
  warnings: "peringatan",
  allocated: "dialokasikan",
  proposed: "diusulkan (total RK)",
  missingRk: "kab/kota belum mengirim RK",
  perProvinsi: "Per provinsi",
  statusChart: "Status berkas per provinsi",
  countAxis: "jumlah berkas",
  moneyChart: "Alokasi dan usulan per provinsi",
  paguChart: "Pagu dan total usulan per provinsi",
  moneyAxis: "rupiah",
  allocationSeries: "Alokasi",
  paguSeries: "Pagu RK",
  proposedSeries: "Total usulan",
  penunjangChart: "Sebaran porsi kegiatan penunjang terhadap pagu",
  penunjangOverBin: "melebihi batas",
  penunjangAxis: (cap: string) => `porsi penunjang dari pagu (batas ${cap})`,
  findingsChart: "Temuan yang paling sering",
  findingsAxis: "jumlah temuan",
  provinsi: "Provinsi",
  kabKota: "Kabupaten/Kota",
  file: "Berkas",
  status: "Status",
  pagu: "Pagu",
  total: "Total",
  allocation: "Alokasi",
  penunjang: "Penunjang",
  code: "Kode",
  count: "Jumlah",
  missingTitle: (count: number) => `Kabupaten/kota dengan alokasi tanpa RK (${n(count)})`,
  filesTitle: "Berkas",
  unknown: "(tidak diketahui)",
  national: "Nasional",
  indicator: "Indikator",
  before: "Σ sebelum",
  after: "Σ sesudah",
  aggregate: "Pertumbuhan agregat",
  mean: "Rata-rata pertumbuhan per sentra",
  growthAxis: "pertumbuhan",
  sentra: "sentra",
  sentraUsed: "Sentra (agregat / rata-rata)",
  indicatorsChart: "Enam indikator: pertumbuhan agregat dan rata-rata per sentra",
  excludedTitle: (count: number) => `Sentra yang tidak ikut dihitung (${n(count)})`,
  reason: "Alasan",
  cell: "Sel",
  provinces: "provinsi",
};

export type ReportTexts = {
  readonly [K in keyof typeof REPORT_ID]: (typeof REPORT_ID)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};
