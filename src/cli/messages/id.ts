/**
 * The `dak` command's own texts in Bahasa Indonesia (the default). Finding messages come from the
 * core's catalogues (src/core/i18n); these are the command's help, usage errors, reasons a file is
 * unreadable, and table and recap labels. en.ts has the same keys (the type enforces it).
 */
import { BANDINGKAN_ID } from "./bandingkan-id";
import { RULES_DIFF_ID } from "./rules-diff-id";

/** Params as the catalogue sees them: numbers already written in the locale's way (see index.ts). */
export type P = Readonly<Record<string, string>>;

/** plural("errors", "error", "errors"): the word for the count in param "errors" (English needs it). */
export interface MessageTools {
  plural(name: string, one: string, other: string): string;
}

export const id = {
  ...BANDINGKAN_ID,
  ...RULES_DIFF_ID,
  "help.main": () =>
    `dak — pemeriksa usulan DAK Fisik Bidang IKM

Pemakaian:
  dak validate <berkas|folder>… [opsi]   periksa Rencana Kegiatan (.xlsx)
  dak rules [--ta 2024] [--diff 2022]    tampilkan aturan (ruleset), atau yang berubah sejak tahun lain
  dak evaluasi <berkas|folder>… [opsi]   evaluasi indikator sentra lintas kabupaten/kota
  dak bandingkan <lama> <baru>           bandingkan dua versi RK (alias: compare)
  dak template <id> --out BERKAS.xlsx    buat lembar standar (rk, rab, kak, sentra, realisasi, alokasi)

Opsi umum:
  --lang en      teks dalam bahasa Inggris (bawaan: Bahasa Indonesia)
  -h, --help     bantuan; "dak <perintah> --help" untuk bantuan satu perintah
  --version      versi

Kode keluar: 0 = tidak ada kesalahan, 1 = ada temuan kesalahan, 2 = pemakaian salah atau berkas tidak terbaca.
`,
  "help.validate": () =>
    `Pemakaian: dak validate <berkas|folder>… [opsi]

Memeriksa setiap berkas .xlsx (folder: semua .xlsx di dalamnya, termasuk subfolder) dengan aturan
juknis DAK Fisik Bidang IKM. Berkas masukan tidak pernah diubah.

Opsi:
  --ta TAHUN         aturan tahun anggaran ini (bawaan: tahun yang tertulis di usulan)
  --rules BERKAS     aturan dari berkas JSON sendiri, bukan aturan bawaan
  --format F         table (bawaan), json, atau csv
  --recap BERKAS     tulis rekap .xlsx (lembar "Rekap" dan "Temuan")
  --alokasi BERKAS   periksa pagu setiap RK terhadap tabel alokasi .xlsx (Provinsi, Kabupaten/Kota,
                     Pagu) dan sebutkan kabupaten/kota yang belum mengirim RK
  --report BERKAS    tulis laporan .html dengan grafik per provinsi (satu berkas, bisa dicetak)
  --force            boleh menimpa berkas rekap atau laporan yang sudah ada
  --jobs N, -j N     jumlah pemeriksaan sekaligus (bawaan: inti CPU yang menganggur, dibatasi memori bebas)
  --lang en          teks dalam bahasa Inggris

Kode keluar: 0 = tidak ada kesalahan, 1 = ada temuan kesalahan, 2 = pemakaian salah atau berkas tidak terbaca.

Contoh:
  dak validate usulan/ --recap rekap.xlsx
  dak validate usulan/ --alokasi alokasi.xlsx --report laporan.html
  dak validate rk-cirebon.xlsx --format json
`,
  "help.rules": () =>
    `Pemakaian: dak rules [--ta TAHUN] [--rules BERKAS] [--diff TAHUN] [--format table|json] [--lang en]

Menampilkan aturan yang dipakai pemeriksaan: menu, rincian, satuan, metode, ambang batas, dan
setiap aturan dengan tingkat, dasar hukum dan statusnya (terverifikasi, dilaporkan atau asumsi).

Opsi:
  --ta TAHUN         aturan tahun anggaran ini (bawaan: tahun terbaru)
  --rules BERKAS     aturan dari berkas JSON sendiri, bukan aturan bawaan
  --diff TAHUN       hanya yang berubah sejak aturan tahun anggaran itu: menu, rincian, satuan,
                     ambang batas, penyaluran, dan aturan yang ditambah, dihapus, diaktifkan,
                     berubah tingkat, status atau dasar hukumnya
  --format F         table (bawaan) atau json (dengan --diff: daftar perbedaan sebagai data);
                     --json sama dengan --format json
  --lang en          teks dalam bahasa Inggris

Contoh:
  dak rules --ta 2024 --diff 2022
  dak rules --rules aturan-dinas.json --diff 2024 --format json
`,
  "help.template": (p: P) =>
    `Pemakaian: dak template <id> --out BERKAS.xlsx [opsi]

Menulis satu lembar standar ke berkas .xlsx baru; daftar pilihan (menu, rincian, satuan, metode)
diisi dari aturan tahun anggaran. Berkas yang sudah ada tidak pernah ditimpa tanpa --force.

Templat:
${p.templates}

Opsi:
  --out BERKAS       berkas .xlsx yang dibuat (wajib)
  --ta TAHUN         aturan tahun anggaran untuk daftar pilihan (bawaan: ${p.defaultTa})
  --force            boleh menimpa berkas yang sudah ada
  --lang en          teks dalam bahasa Inggris

Kode keluar: 0 = berkas ditulis, 2 = pemakaian salah, berkas sudah ada, atau berkas tidak dapat ditulis.

Contoh:
  dak template rk --out rk-2020.xlsx
  dak template rab --out rab.xlsx --ta 2020 --force
`,
  "usage.unknownCommand": (p: P) => `perintah tidak dikenal: ${p.command}`,
  "usage.unknownOption": (p: P) => `opsi tidak dikenal untuk "${p.command}": ${p.option}`,
  "usage.missingValue": (p: P) => `opsi ${p.option} memerlukan nilai`,
  "usage.badChoice": (p: P) => `nilai ${p.option} tidak dikenal: "${p.value}" (pilihan: ${p.allowed})`,
  "usage.badTa": (p: P) => `tidak ada aturan bawaan untuk TA ${p.value} (tersedia: ${p.available})`,
  "usage.badJobs": (p: P) => `--jobs harus bilangan bulat 1–64, bukan "${p.value}"`,
  "usage.noInput": () => `sebutkan berkas atau folder yang akan diperiksa`,
  "usage.extraArgument": (p: P) => `argumen tidak diharapkan: ${p.value}`,
  "usage.seeHelp": (p: P) => `Lihat "dak ${p.command} --help".`,
  "usage.recapNotXlsx": (p: P) => `berkas rekap harus berakhiran .xlsx: ${p.path}`,
  "usage.recapExists": (p: P) => `berkas rekap sudah ada: ${p.path} (pakai --force untuk menimpa)`,
  "usage.recapIsInput": (p: P) => `berkas rekap tidak boleh salah satu berkas masukan: ${p.path}`,
  "usage.recapIsFolder": (p: P) =>
    `berkas rekap adalah sebuah folder: ${p.path} (sebutkan nama berkas berakhiran .xlsx)`,
  "usage.linkOutside": (p: P) => `tidak diikuti: ${p.path} adalah tautan ke luar folder yang diberikan`,
  "recap.omitted": (p: P) =>
    `… dan ${p.count} temuan lain berkas ini, tidak dimuat di sini (baris Excel terbatas): lihat keluaran dak validate --format csv`,
  "usage.recapFolderMissing": (p: P) => `folder untuk berkas rekap tidak ada: ${p.path}`,
  "usage.recapFailed": (p: P) => `rekap tidak dapat ditulis ke ${p.path}: ${p.detail}`,
  "usage.folderEmpty": (p: P) => `folder tidak berisi berkas .xlsx: ${p.path}`,
  "usage.folderUnreadable": (p: P) =>
    `folder tidak dapat dibaca (${p.detail}), berkas di dalamnya tidak diperiksa: ${p.path}`,
  "usage.rulesUnreadable": (p: P) => `berkas aturan tidak dapat dibaca: ${p.path} (${p.detail})`,
  "usage.rulesInvalid": (p: P) => `berkas aturan tidak sah: ${p.path}`,
  "usage.noTemplate": () => `sebutkan templat yang akan dibuat`,
  "usage.unknownTemplate": (p: P) => `templat tidak dikenal: ${p.id} (pilihan: ${p.available})`,
  "usage.noOut": () => `sebutkan berkas yang akan dibuat dengan --out BERKAS.xlsx`,
  "usage.outNotXlsx": (p: P) => `berkas keluaran harus berakhiran .xlsx: ${p.path}`,
  "usage.templateExists": (p: P) => `berkas sudah ada, tidak ditimpa: ${p.path} (pakai --force untuk menimpa)`,
  "usage.templateFailed": (p: P) => `templat tidak dapat ditulis ke ${p.path}: ${p.detail}`,
  "template.written": (p: P) => `Templat ${p.id} (TA ${p.ta}) ditulis ke ${p.path}`,
  "reason.EMPTY_FILE": () => `berkas kosong (0 bita)`,
  "reason.FILE_TOO_LARGE": (p: P) => `berkas terlalu besar (${p.bytes} bita; batas ${p.limit})`,
  "reason.NOT_XLSX": () => `bukan buku kerja Excel .xlsx`,
  "reason.OLD_XLS": () => `format Excel lama (.xls); simpan ulang sebagai .xlsx di Excel`,
  "reason.ENCRYPTED": () => `buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan ulang`,
  "reason.ZIP_BOMB": () => `isi berkas mengembang jauh melebihi batas (kemungkinan bom zip); tidak dibuka`,
  "reason.CORRUPT": () => `berkas rusak atau tidak lengkap; tidak dapat dibuka`,
  "reason.TOO_MANY_CELLS": (p: P) => `terlalu banyak sel (${p.cells}; batas ${p.limit})`,
  "reason.TIMEOUT": (p: P) => `pembacaan melebihi batas waktu (${p.seconds} detik)`,
  "reason.OUT_OF_MEMORY": () => `memori habis saat membaca berkas`,
  "reason.NO_SHEETS": () => `tidak ada lembar kerja yang terlihat`,
  // Node's error codes (ENOENT…) are not words an official reads.
  "reason.IO_ERROR": (p: P) =>
    p.detail === "ENOENT"
      ? `berkas tidak ada; periksa nama dan foldernya`
      : p.detail === "EACCES" || p.detail === "EPERM"
        ? `tidak ada izin untuk membuka berkas ini`
        : p.detail === "not a file" || p.detail === "EISDIR"
          ? `ini bukan berkas`
          : `berkas tidak dapat dibuka (${p.detail})`,
  "reason.INTERNAL_ERROR": (p: P) => `kesalahan internal saat memeriksa (${p.detail}); mohon laporkan`,
  "severity.error": () => `kesalahan`,
  "severity.warning": () => `peringatan`,
  "severity.info": () => `info`,
  "status.ok": () => `LOLOS`,
  "status.invalid": () => `BERMASALAH`,
  "status.unreadable": () => `TIDAK TERBACA`,
  "table.noFindings": () => `tidak ada temuan`,
  "table.fileSummary": (p: P) => `${p.errors} kesalahan, ${p.warnings} peringatan`,
  "table.paguTotal": (p: P) => `pagu ${p.pagu} · total ${p.total}`,
  "table.batchSummary": (p: P) =>
    `${p.files} berkas: ${p.ok} lolos, ${p.invalid} bermasalah, ${p.unreadable} tidak terbaca · ${p.errors} kesalahan, ${p.warnings} peringatan · ${p.seconds} detik`,
  "table.recapWritten": (p: P) => `Rekap ditulis ke ${p.path}`,
  "progress.label": (p: P) => `Memeriksa ${p.done}/${p.total}`,
  "recap.kabKota": () => `Kabupaten/Kota`,
  "recap.provinsi": () => `Provinsi`,
  "recap.ta": () => `TA`,
  "recap.file": () => `Berkas`,
  "recap.pagu": () => `Pagu (Rp)`,
  "recap.total": () => `Total (Rp)`,
  "recap.sisa": () => `Sisa Pagu (Rp)`,
  "recap.penunjang": () => `Penunjang (%)`,
  "recap.errors": () => `Kesalahan`,
  "recap.warnings": () => `Peringatan`,
  "recap.kinds": () => `Jenis Lembar`,
  "recap.status": () => `Status`,
  "recap.reason": () => `Keterangan`,
  "recap.sheet": () => `Lembar`,
  "recap.cell": () => `Sel`,
  "recap.severity": () => `Tingkat`,
  "recap.code": () => `Kode`,
  "recap.message": () => `Pesan`,
  "rules.title": (p: P) => `Aturan ${p.title} (TA ${p.ta}, versi ${p.version})`,
  "rules.menus": () => `Menu dan rincian`,
  "rules.satuan": () => `satuan`,
  "rules.metode": () => `metode`,
  "rules.thresholds": () => `Ambang batas`,
  "rules.penunjangCap": (p: P) => `Kegiatan penunjang paling banyak ${p.share} dari pagu`,
  "rules.underused": (p: P) => `Total di bawah ${p.share} dari pagu dilaporkan`,
  "rules.sentraMin": (p: P) => `Sentra paling sedikit ${p.units} unit IKM`,
  "rules.rules": () => `Aturan`,
  "rules.status.verified": () => `terverifikasi`,
  "rules.status.reported": () => `dilaporkan`,
  "rules.status.assumed": () => `asumsi`,
  "rules.off": () => `nonaktif`,
  // allocation (--alokasi), HTML report (--report), dak evaluasi
  "help.evaluasi": () =>
    `Pemakaian: dak evaluasi <berkas|folder>… [opsi]

Monitoring dan evaluasi sentra lintas kabupaten/kota: membaca setiap lembar Data Sentra &
Indikator (tata letak templat "sentra") dan menghitung enam indikator (unit IKM, produk,
formalitas kelembagaan, jangkauan pasar, tenaga kerja, kapasitas produksi) sebelum dan sesudah,
dengan pertumbuhan agregat (Σ sesudah / Σ sebelum − 1) dan rata-rata pertumbuhan per sentra,
secara nasional dan per provinsi. Sentra yang tidak ikut dihitung disebutkan beserta alasannya.

Opsi:
  --format F         table (bawaan) atau json
  --out BERKAS       tulis hasil ke .xlsx (Ringkasan, Per Provinsi, Sentra, Dikecualikan)
  --report BERKAS    tulis laporan .html dengan grafik (satu berkas, bisa dicetak)
  --force            boleh menimpa berkas keluaran yang sudah ada
  --lang en          teks dalam bahasa Inggris

Kode keluar: 0 = selesai, 2 = pemakaian salah, berkas tidak terbaca, atau tidak ada data sentra.
`,
  "usage.alokasiNotXlsx": (p: P) => `tabel alokasi harus berkas .xlsx: ${p.path}`,
  "usage.alokasiUnreadable": (p: P) => `tabel alokasi tidak dapat dibaca: ${p.path} (${p.detail})`,
  "usage.alokasiNoTable": (p: P) =>
    `tabel alokasi tidak ditemukan di ${p.path}: perlu baris judul dengan kolom Kabupaten/Kota dan Pagu (lembar: ${p.sheets})`,
  "usage.reportNotHtml": (p: P) => `berkas laporan harus berakhiran .html: ${p.path}`,
  "usage.outputExists": (p: P) => `berkas sudah ada, tidak ditimpa: ${p.path} (pakai --force untuk menimpa)`,
  "usage.outputIsInput": (p: P) => `berkas keluaran tidak boleh salah satu berkas masukan: ${p.path}`,
  "usage.outputFolderMissing": (p: P) => `folder untuk berkas keluaran tidak ada: ${p.path}`,
  "usage.outputFailed": (p: P) => `berkas tidak dapat ditulis ke ${p.path}: ${p.detail}`,
  "usage.noSentra": () => `tidak ada lembar data sentra (tata letak templat "sentra") di berkas masukan`,
  "evaluasi.ownOutput": (p: P) => `${p.path}: hasil "dak evaluasi --out" sebelumnya, tidak dibaca sebagai data sentra`,
  "table.reportWritten": (p: P) => `Laporan ditulis ke ${p.path}`,
  "table.outWritten": (p: P) => `Hasil evaluasi ditulis ke ${p.path}`,
  "alokasi.heading": (p: P) => `Alokasi (${p.path}): ${p.entries} kabupaten/kota, ${p.sent} dengan RK`,
  "alokasi.sums": (p: P) => `Dialokasikan ${p.allocated} · diusulkan (total RK) ${p.proposed}`,
  "alokasi.missing": (p: P) => `Belum mengirim RK (${p.count}):`,
  "alokasi.problem.PAGU_MISSING": (p: P) => `${p.sheet}!${p.cell}: pagu ${p.text} kosong; baris dilewati`,
  "alokasi.problem.PAGU_INVALID": (p: P) => `${p.sheet}!${p.cell}: pagu ${p.text} tidak terbaca; baris dilewati`,
  "alokasi.problem.DUPLICATE": (p: P) =>
    `${p.sheet}!${p.cell}: ${p.text} sudah ada di ${p.firstCell}; baris ini dilewati`,
  "alokasi.problem.TABLE_NOT_FOUND": (p: P) => `tabel alokasi tidak ditemukan (${p.text})`,
  "indicator.unit_ikm": () => `Unit IKM`,
  "indicator.produk": () => `Jumlah/jenis produk`,
  "indicator.kelembagaan": () => `Formalitas kelembagaan`,
  "indicator.pasar": () => `Jangkauan pasar`,
  "indicator.tenaga_kerja": () => `Tenaga kerja`,
  "indicator.kapasitas": () => `Kapasitas produksi`,
  "evaluasi.heading": (p: P) => `Evaluasi sentra: ${p.sentra} sentra, ${p.kabKota} kabupaten/kota, ${p.files} berkas`,
  "evaluasi.overall": () => `Nasional`,
  "evaluasi.unknownProvinsi": () => `(provinsi tidak diketahui)`,
  "evaluasi.indicator": () => `Indikator`,
  "evaluasi.before": () => `Σ sebelum`,
  "evaluasi.after": () => `Σ sesudah`,
  "evaluasi.aggregate": () => `Pertumbuhan agregat`,
  "evaluasi.mean": () => `Rata-rata pertumbuhan per sentra`,
  "evaluasi.used": () => `Sentra`,
  "evaluasi.aggregateNote": () =>
    `Pertumbuhan agregat = Σ sesudah / Σ sebelum − 1 (sentra besar lebih berbobot); rata-rata = rata-rata pertumbuhan tiap sentra (setiap sentra sama bobotnya).`,
  "evaluasi.excluded": (p: P) => `Tidak ikut dihitung (${p.count}):`,
  "evaluasi.noFiles": (p: P) => `Berkas tanpa lembar data sentra (${p.count}): ${p.files}`,
  "evaluasi.unreadable": (p: P) => `${p.file}: tidak terbaca (${p.reason})`,
  "exclusion.NO_BEFORE": () => `nilai sebelum kosong`,
  "exclusion.NO_AFTER": () => `nilai sesudah kosong`,
  "exclusion.EMPTY": () => `sebelum dan sesudah kosong`,
  "exclusion.UNIT_CHANGED": () => `satuan berubah antara sebelum dan sesudah`,
  "exclusion.UNREADABLE": () => `nilai tidak terbaca sebagai angka yang sah`,
  "exclusion.FROM_ZERO": () => `sebelum = 0: tanpa persentase, hanya ikut agregat`,
  "evaluasi.sheet.summary": () => `Ringkasan`,
  "evaluasi.sheet.provinsi": () => `Per Provinsi`,
  "evaluasi.sheet.sentra": () => `Sentra`,
  "evaluasi.sheet.excluded": () => `Dikecualikan`,
  "evaluasi.col.provinsi": () => `Provinsi`,
  "evaluasi.col.kabKota": () => `Kabupaten/Kota`,
  "evaluasi.col.sentra": () => `Sentra`,
  "evaluasi.col.file": () => `Berkas`,
  "evaluasi.col.cell": () => `Sel`,
  "evaluasi.col.reason": () => `Alasan`,
  "recap.missingSheet": () => `Tanpa RK`,
  "evaluasi.col.meanUsed": () => `Sentra (rata-rata)`,
} as const;

export type MessageKey = keyof typeof id;
