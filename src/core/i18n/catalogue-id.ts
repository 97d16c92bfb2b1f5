/**
 * Bahasa Indonesia messages (the default). Data only: one template per finding code, saying
 * what is wrong and the numbers involved; formatFinding adds where (sheet, cell) and the basis.
 * Placeholders: {name}, {name|rp} rupiah, {name|num} number, {name|pct} share as percent,
 * {name|list} list, {name|label} a label below. [ … ] is left out when a placeholder in it is empty.
 */
import { PARSE_FAIL_MESSAGES } from "../money/parse-messages";
import type { Catalogue } from "./catalogue";

export const ID: Catalogue = {
  findings: {
    TABLE_NOT_FOUND:
      "Tabel rincian kegiatan tidak ditemukan[ di lembar {sheets|list}]: perlu satu baris judul dengan sedikitnya empat nama kolom yang dikenal (Menu, Rincian, Uraian, Volume, Satuan, Harga Satuan, Jumlah, Metode, …).",
    COLUMN_MISSING: "Kolom {column|label} tidak ditemukan pada baris judul tabel.",
    META_MISSING: "{field|label} tidak diisi di bagian identitas usulan.",
    LINE_REQUIRED: "{field|label} wajib diisi.",
    NOT_A_NUMBER: '{field|label} "{text}" tidak terbaca sebagai angka[: {reason|reason}].',
    NUMBER_AS_TEXT:
      '{field|label} ditulis sebagai teks "{text}" dan dibaca sebagai {value|num}; sebaiknya diketik sebagai angka.',
    CELL_ERROR: "{field|label} berisi nilai galat Excel {error}.",
    NON_POSITIVE: "{field|label} harus lebih dari nol (tertulis {value|num}).",
    AMOUNT_MISMATCH:
      "Jumlah {jumlah|rp} tidak sama dengan volume × harga satuan = {volume|num} × {hargaSatuan|rp} = {expected|rp} (selisih {difference|rp}).",
    MENU_UNKNOWN: 'Menu "{menu}" tidak dikenal dalam aturan tahun anggaran ini.[ Yang mirip: {suggestions|list}.]',
    RINCIAN_UNKNOWN: 'Rincian "{rincian}" tidak dikenal untuk menu {menu}.[ Yang mirip: {suggestions|list}.]',
    SATUAN_INVALID: 'Satuan "{satuan}" tidak diizinkan untuk {rincian}; gunakan {allowed|list}.',
    UNIT_COST_OUT_OF_RANGE:
      "Harga satuan {value|rp} untuk {rincian} di luar batas[ minimal {min|rp}][ maksimal {max|rp}][ per {satuan}].",
    VOLUME_OUT_OF_RANGE:
      "Volume {value|num} untuk {rincian} di luar batas[ minimal {min|num}][ maksimal {max|num}][ {satuan}].",
    ITEM_INELIGIBLE:
      '"{uraian}" tampaknya pengadaan atau pembebasan lahan ("{pattern}"), yang tidak dapat didanai: lahan harus sudah tersedia.',
    HONOR_NOT_ALLOWED:
      'Honorarium ("{uraian}") tidak dapat didanai[ pada {rincian}]: honorarium hanya untuk jasa pendamping/fasilitator non-ASN dalam kegiatan penunjang.',
    PENUNJANG_USE_INVALID:
      '"{rincian}" bukan penggunaan kegiatan penunjang yang diizinkan ({allowed|list}).[ Yang mirip: {suggestions|list}.]',
    PENUNJANG_METHOD: '{rincian} harus dilaksanakan secara {required|list}[, bukan "{metode}"].',
    METHOD_INVALID: 'Metode "{metode}" tidak dikenal; gunakan {allowed|list}.',
    DUPLICATE_LINE:
      'Baris ini sama dengan baris di sel {firstCell} ("{uraian}", dengan volume, satuan dan harga yang sama).',
    COORD_INVALID: "{field|label} {value|num} di luar wilayah Indonesia ({min|num} s.d. {max|num}).",
    PAGU_EXCEEDED: "Total usulan {total|rp} melebihi pagu {pagu|rp} sebesar {excess|rp}.",
    PAGU_UNDERUSED:
      "Total usulan {total|rp} baru {share|pct} dari pagu {pagu|rp} (di bawah {minShare|pct}); sisa pagu {sisa|rp}.",
    PENUNJANG_OVER_CAP:
      "Kegiatan penunjang {penunjang|rp} ({share|pct} dari pagu {pagu|rp}) melebihi batas {maxShare|pct} = {cap|rp}, lebih {excess|rp}.",
    MENU_SHARE_OUT_OF_RANGE:
      "Menu {menu} sebesar {amount|rp} ({share|pct} dari pagu {pagu|rp}) di luar batas porsi[ minimal {min|pct}][ maksimal {max|pct}].",
    TOTAL_MISMATCH:
      "{kind|label} tertulis {stated|rp} tidak sama dengan penjumlahan barisnya {computed|rp} (selisih {difference|rp}).",
    SENTRA_TOO_SMALL:
      "Sentra hanya memiliki {units|num} unit IKM; sentra IKM sedikitnya {min|num} unit usaha di satu lokasi.",
    SENTRA_SK_MISSING: "Nomor SK penetapan sentra[ {sentra}] tidak diisi.",
    REVISION_APPROVED_CHANGED:
      '{change|label} "{uraian}"[ ({rincian})][: {field|label} {old|num} → {new|num}]; perubahan rincian, lokasi atau target keluaran dari RK yang disetujui memerlukan persetujuan ulang.',
    PAGU_NOT_ALLOCATION:
      "Pagu usulan {pagu|rp} tidak sama dengan alokasi {kabKota} dalam tabel alokasi {allocation|rp} (selisih {difference|rp}).",
    ALLOCATION_UNKNOWN:
      'Kabupaten/kota[ "{kabKota}"][ (provinsi {provinsi})] {match|label}[: {candidates|list}; tulis nama lengkapnya, mis. "Kab. …" atau "Kota …"].',
  },
  labels: {
    no: "No",
    menu: "Menu",
    rincian: "Rincian",
    uraian: "Uraian",
    volume: "Volume",
    satuan: "Satuan",
    hargaSatuan: "Harga satuan",
    jumlah: "Jumlah",
    metode: "Metode",
    lokasi: "Lokasi",
    kecamatan: "Kecamatan",
    desa: "Desa",
    latitude: "Lintang (latitude)",
    longitude: "Bujur (longitude)",
    penerimaManfaat: "Penerima manfaat",
    keterangan: "Keterangan",
    ta: "Tahun anggaran",
    provinsi: "Provinsi",
    kabKota: "Kabupaten/kota",
    bidang: "Bidang",
    pagu: "Pagu",
    instansiPelaksana: "Instansi pelaksana",
    namaSentra: "Nama sentra",
    jumlahUnitIkm: "Jumlah unit IKM",
    nomorSkSentra: "Nomor SK sentra",
    total: "Total",
    subtotal: "Sub total",
    added: "Baris baru",
    removed: "Baris dihapus",
    changed: "Baris diubah",
    allocationNotFound: "tidak ditemukan dalam tabel alokasi",
    allocationAmbiguous: "cocok dengan lebih dari satu baris tabel alokasi",
    allocationNotStated: "tidak diisi pada usulan, sehingga alokasinya tidak dapat dicari",
  },
  reasons: {
    ...PARSE_FAIL_MESSAGES.id,
    COORD_FORMAT: "koordinat ditulis dalam derajat desimal, mis. -6,74512 atau 6,74512° LS",
    COORD_GROUPING: "koordinat memakai satu tanda desimal (titik atau koma) tanpa pemisah ribuan",
    COORD_DMS: "derajat-menit-detik tidak dibaca; tulis derajat desimal, mis. -6,74512",
    COORD_HEMISPHERE_AXIS: "arah mata angin milik sumbu lain (LU/LS untuk lintang, BT/BB untuk bujur)",
    COORD_SIGN_AND_HEMISPHERE: "tanda minus dan arah mata angin sekaligus; pakai salah satu",
  },
  where: { sheetCell: 'Lembar "{sheet}" sel {cell}: ', sheet: 'Lembar "{sheet}": ', basis: " Dasar: {basis}." },
  listJoin: { separator: ", ", last: " atau " },
};
