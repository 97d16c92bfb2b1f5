/** Reading rules: is there a line table, does it have the columns a line needs, is the identity block filled. */
import { declareRule } from "../declare";

export const READING_RULES = [
  declareRule({
    id: "reading.table",
    code: "TABLE_NOT_FOUND",
    family: "reading",
    params: { sheets: "list" },
    message: {
      id: "Tabel rincian kegiatan tidak ditemukan[ di lembar {sheets|list}]: perlu satu baris judul dengan sedikitnya empat nama kolom yang dikenal (Menu, Rincian, Uraian, Volume, Satuan, Harga Satuan, Jumlah, Metode, …).",
      en: "No line table found[ in sheet {sheets|list}]: a header row with at least four known column names is needed (Menu, Rincian, Uraian, Volume, Satuan, Harga Satuan, Jumlah, Metode, …).",
    },
    title: { id: "Ada tabel rincian kegiatan", en: "A line table is present" },
    description: {
      id: "RK memuat rincian kegiatan dalam satu tabel yang judul kolomnya dapat dikenali.",
      en: "The RK holds its activity lines in one table whose column headings can be recognised.",
    },
  }),
  declareRule({
    id: "reading.column",
    code: "COLUMN_MISSING",
    family: "reading",
    params: { column: "label" },
    message: {
      id: "Kolom {column|label} tidak ditemukan pada baris judul tabel.",
      en: "Column {column|label} not found in the table's header row.",
    },
    title: { id: "Kolom wajib ada", en: "Required columns present" },
    description: {
      id: "Tabel memuat kolom Menu, Rincian, Uraian, Volume, Satuan dan Harga Satuan: tanpa salah satunya baris tidak dapat diperiksa.",
      en: "The table has the Menu, Rincian, Uraian, Volume, Satuan and Harga Satuan columns: without one of them a line cannot be checked.",
    },
  }),
  declareRule({
    id: "reading.meta",
    code: "META_MISSING",
    family: "reading",
    params: { field: "label" },
    message: {
      id: "{field|label} tidak diisi di bagian identitas usulan.",
      en: "{field|label} is not stated in the proposal's identity block.",
    },
    title: { id: "Identitas usulan lengkap", en: "Proposal identity complete" },
    description: {
      id: "Bagian identitas di atas tabel menyebut tahun anggaran, provinsi, kabupaten/kota, pagu, instansi pelaksana, sentra dan jumlah unit IKM.",
      en: "The identity block above the table states the fiscal year, province, kab/kota, pagu, implementing agency, sentra and number of IKM units.",
    },
  }),
] as const;
