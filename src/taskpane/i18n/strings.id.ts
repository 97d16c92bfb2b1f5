/**
 * Task pane texts in Bahasa Indonesia (the default). Finding messages come from src/core/i18n.
 * A message that shows a number takes the number and writes it with `n` (3753 -> "3.753").
 */
import { numberFormats } from "../../core/i18n/numbers";

const { count: n, percent: pct } = numberFormats("id");

export const id = {
  appTitle: "DAK IKM",
  tabsLabel: "Bagian panel",
  tabValidasi: "Validasi",
  tabPagu: "Pagu",
  tabTemplate: "Templat",
  tabAturan: "Aturan",

  // Validasi
  rulesetLabel: "Aturan (Tahun Anggaran)",
  rulesetAuto: "Otomatis: menurut TA usulan",
  rulesetApplied: (name: string, why: string) => `Aturan yang dipakai: ${name} (${why}).`,
  whyProposal: (ta: number) => `TA usulan ${ta}`,
  whyFallback: (ta: number) => `belum ada aturan untuk TA ${ta}: dipakai aturan terdekat sebelumnya`,
  whyDefault: "usulan tidak menyebut TA: aturan terbaru",
  whyChosen: "dipilih",
  whyLoaded: "dimuat",
  runValidation: "Periksa usulan",
  running: "Memeriksa…",
  readingProgress: (rows: number, total: number) => `Membaca baris ${n(rows)} dari ${n(total)}`,
  checking: "Memeriksa usulan…",
  noFindings: "Tidak ada temuan: usulan sesuai dengan aturan yang dipilih.",
  notRunYet: "Tekan Periksa usulan untuk memeriksa buku kerja yang terbuka.",
  summary: (errors: number, warnings: number, infos: number) =>
    `${n(errors)} kesalahan, ${n(warnings)} peringatan, ${n(infos)} informasi`,
  severityError: "Kesalahan",
  severityWarning: "Peringatan",
  severityInfo: "Informasi",
  filterRule: "Jenis temuan",
  codeLabel: "Kode",
  filterSheet: "Lembar",
  filterAll: "Semua",
  shownOf: (shown: number, total: number) => `Menampilkan ${n(shown)} dari ${n(total)} temuan`,
  showMore: "Tampilkan lebih banyak",
  basis: "Dasar",
  goToCell: (where: string) => `Ke sel ${where}`,
  markCells: "Tandai sel",
  unmarkCells: "Hapus tanda",
  exportSheet: "Ekspor ke lembar",
  markProgress: (done: number, total: number) => `Menandai sel ${n(done)} dari ${n(total)}…`,
  markCancelled: (done: number) =>
    `Penandaan dihentikan: ${n(done)} sel sudah ditandai. "Hapus tanda" menghapusnya; saring temuan untuk menandai lebih sedikit.`,
  cancel: "Batal",
  runFailed: "Validasi gagal.",
  marked: (cells: number) => `${n(cells)} sel ditandai. "Hapus tanda" mengembalikan sel seperti semula.`,
  unmarked: (marks: number) => `${n(marks)} tanda dihapus; sel kembali seperti semula.`,
  exported: (sheet: string) => `Temuan ditulis ke lembar baru "${sheet}".`,
  findingsSheetTitle: "Hasil Validasi",
  findingsHeaders: {
    severity: "Tingkat",
    code: "Kode",
    sheet: "Lembar",
    cell: "Sel",
    message: "Pesan",
    basis: "Dasar",
  },
  noSheet: "(buku kerja)",

  // Pagu
  paguNeedsRun: "Jalankan validasi untuk menghitung pagu dan rincian belanja.",
  paguNoTable: "Tabel usulan tidak ditemukan, jadi pagu belum bisa dihitung.",
  pagu: "Pagu",
  total: "Total usulan",
  rabTotal: "Total RAB (termasuk PPN)",
  kakTotal: "Kebutuhan dana KAK",
  sheetKinds: {
    rk: "Rencana Kegiatan",
    rab: "RAB",
    kak: "KAK/TOR",
    sentra: "Data sentra",
    realisasi: "Realisasi",
    hasil: "Hasil validasi",
    other: "Lembar lain",
  },
  sisa: "Sisa pagu",
  overPagu: "Melebihi pagu",
  paguMissing: "Pagu tidak tercantum",
  penunjangShare: "Kegiatan penunjang",
  penunjangOfCap: (share: number | null, cap: number) =>
    `${share === null ? "—" : pct(share)} dari pagu (batas ${pct(cap)})`,
  penunjangOver: "Melebihi batas kegiatan penunjang",
  penunjangOff: "Aturan batas kegiatan penunjang dimatikan dalam aturan yang dipakai: tidak diperiksa.",
  capLegend: (cap: number) => `Garis tegak: batas ${pct(cap)} dari pagu`,
  perMenu: "Porsi per menu",
  perKind: "Porsi per jenis belanja",
  kindConstruction: "Konstruksi",
  kindMachinery: "Mesin dan peralatan",
  kindInfrastructure: "Sarana pendukung",
  kindPenunjang: "Penunjang",
  kindUnknown: "Rincian tidak dikenal",
  disbursement: "Skema penyaluran",
  lumpSumPagu: "Sekaligus sebesar pagu (pagu ≤ Rp1 miliar)",
  lumpSumContract: "Sekaligus sebesar nilai kontrak, bukan seluruh pagu (pagu ≤ Rp1 miliar)",
  stageNeeds: (minSerapan: number | undefined, minOutput: number | undefined) =>
    [
      minSerapan === undefined ? "" : `serapan ≥ ${pct(minSerapan)} dari dana yang diterima`,
      minOutput === undefined ? "" : `output ≥ ${pct(minOutput)}`,
    ]
      .filter(Boolean)
      .join(", "),
  basisOf: (basis: string) => `Dasar: ${basis}`,
  stage: (stage: number) => `Tahap ${["I", "II", "III"][stage - 1] ?? n(stage)}`,
  chartLabel: (title: string) => `Diagram batang: ${title}`,

  // Template
  templatesIntro: "Sisipkan lembar standar. Lembar yang ada tidak pernah ditimpa.",
  insert: "Sisipkan",
  insertNamed: (title: string) => `Sisipkan ${title}`,
  inserted: (sheet: string) => `Lembar "${sheet}" ditambahkan.`,
  noTemplates: "Belum ada templat.",

  // Aturan
  activeRuleset: "Aturan aktif",
  source: "Sumber",
  sourceBundled: "bawaan add-in",
  sourceFile: (name: string) => `berkas ${name}`,
  sourceSheet: (name: string) => `lembar "${name}"`,
  rules: "Aturan yang berlaku",
  ruleId: "Aturan",
  ruleSeverity: "Tingkat",
  ruleStatus: "Status",
  ruleBasis: "Dasar",
  verified: "terverifikasi",
  reported: "dilaporkan",
  assumed: "asumsi",
  loadFile: "Muat berkas JSON…",
  loadFromSheet: "Muat dari lembar",
  sheetName: "Nama lembar berisi aturan (JSON)",
  loaded: (name: string) => `Aturan "${name}" dimuat dan dipakai untuk validasi.`,
  loadFailed: "Aturan tidak dapat dimuat. Perbaiki bagian berikut lalu muat lagi:",
  jsonSyntax: "Berkas ini bukan JSON yang sah: periksa tanda kurung, koma dan tanda petik.",
  jsonSyntaxAt: (line: number, column: number) =>
    `Berkas ini bukan JSON yang sah: ada kesalahan tulis di baris ${n(line)}, kolom ${n(column)} (periksa tanda kurung, koma dan tanda petik di sekitarnya).`,
  loadFailedCount: (count: number) => `Aturan tidak dapat dimuat: ${n(count)} masalah.`,
  sheetEmpty: (name: string) => `Lembar "${name}" tidak berisi teks JSON.`,
  sheetMissing: (name: string) => `Lembar "${name}" tidak ada di buku kerja ini. Periksa nama lembar lalu coba lagi.`,
  loadHeading: "Muat aturan lain",
  loadIntro: "Aturan yang diubah dinas (berkas JSON atau lembar berisi JSON) dipakai tanpa rilis baru.",
  changesHeading: (ta: string) => `Apa yang berubah sejak TA ${ta}`,
  changesSince: "Dibandingkan dengan aturan",
  changesOption: (ta: string, sameYear: boolean) => `TA ${ta}${sameYear ? " (bawaan)" : ""}`,
  changesCount: (count: number) => `${n(count)} perbedaan`,
  changesNone: "Tidak ada perbedaan: aturan tahun itu sama dengan aturan aktif.",
  changesNoEarlier: "Tidak ada aturan bawaan tahun sebelumnya untuk dibandingkan.",

  // Errors from Excel, with what to do
  errCellEditMode: "Excel sedang dalam mode edit sel. Tekan Enter atau Esc di Excel, lalu coba lagi.",
  errSheetMissing: "Lembar atau sel tidak ditemukan. Mungkin sudah diganti nama atau dihapus: jalankan validasi lagi.",
  errBusy: "Excel sedang sibuk. Tunggu sebentar lalu coba lagi.",
  errProtected: "Lembar dilindungi. Buka proteksinya (Tinjau → Buka Proteksi Lembar) lalu coba lagi.",
  errTooLarge:
    "Data terlalu besar untuk sekali kirim ke Excel. Saring temuan (Jenis temuan, Lembar) atau bagi buku kerja, lalu coba lagi.",
  errUnsupported: "Versi Excel ini belum mendukung fitur tersebut. Perbarui Excel atau gunakan Excel untuk web.",
  errGeneric: (detail: string) =>
    `Excel menolak permintaan: ${detail}. Coba lagi; jika masih gagal, simpan buku kerja dan buka ulang.`,
  commandResult: (findings: number, marked: number, ruleset: string) =>
    `Validasi dari pita (${ruleset}): ${n(findings)} temuan, ${n(marked)} sel ditandai.`,
  dismiss: "Tutup",
  languageLabel: "Bahasa",
};

export type Strings = typeof id;
