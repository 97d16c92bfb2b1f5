/**
 * Bahasa Indonesia messages (the default). Data only: one template per finding code, saying
 * what is wrong and the numbers involved; formatFinding adds where (sheet, cell) and the basis.
 * Placeholders: {name}, {name|rp} rupiah, {name|num} number, {name|pct} share as percent,
 * {name|list} list, {name|label} a label below. [ … ] is left out when a placeholder in it is empty.
 */
import { PARSE_FAIL_MESSAGES } from "../money/parse-messages";
import { findingTemplates } from "../rules/registry";
import type { Catalogue } from "./catalogue";

export const ID: Catalogue = {
  // One template per finding code, declared with its rule (src/core/rules/declarations).
  findings: findingTemplates("id"),
  labels: {
    sebelum: "Nilai sebelum",
    sesudah: "Nilai sesudah",
    serapan: "serapan dana yang diterima",
    output: "capaian output",
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
