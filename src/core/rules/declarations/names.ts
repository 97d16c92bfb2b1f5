/** Line rules about names and bounds: menu, rincian, satuan, metode, unit cost, volume, duplicates, coordinates. */
import { declareRule } from "../declare";

export const NAME_RULES = [
  declareRule({
    id: "line.menu",
    code: "MENU_UNKNOWN",
    family: "line",
    params: { menu: "text", suggestions: "list" },
    message: {
      id: 'Menu "{menu}" tidak dikenal dalam aturan tahun anggaran ini.[ Yang mirip: {suggestions|list}.]',
      en: 'Menu "{menu}" is not in this fiscal year\'s rules.[ Closest: {suggestions|list}.]',
    },
    title: { id: "Menu dikenal", en: "Known menu" },
    description: {
      id: "Menu ditulis seperti dalam daftar menu tahun anggaran ini (huruf besar/kecil, spasi dan tanda baca diabaikan). Daftar menu bawaan adalah asumsi kami: ganti dengan daftar resmi.",
      en: "The menu is written as in this fiscal year's menu list (case, spaces and punctuation ignored). The bundled list is our assumption: replace it with the official one.",
    },
  }),
  declareRule({
    id: "line.rincian",
    code: "RINCIAN_UNKNOWN",
    family: "line",
    params: { rincian: "text", menu: "text", suggestions: "list" },
    message: {
      id: 'Rincian "{rincian}" tidak dikenal untuk menu {menu}.[ Yang mirip: {suggestions|list}.]',
      en: 'Rincian "{rincian}" is not known under menu {menu}.[ Closest: {suggestions|list}.]',
    },
    title: { id: "Rincian dikenal", en: "Known rincian" },
    description: {
      id: "Rincian termasuk daftar rincian menunya.",
      en: "The rincian is one of its menu's rincian.",
    },
  }),
  declareRule({
    id: "line.satuan",
    code: "SATUAN_INVALID",
    family: "line",
    params: { satuan: "text", rincian: "text", allowed: "list" },
    message: {
      id: 'Satuan "{satuan}" tidak diizinkan untuk {rincian}; gunakan {allowed|list}.',
      en: 'Unit "{satuan}" is not allowed for {rincian}; use {allowed|list}.',
    },
    title: { id: "Satuan sesuai rincian", en: "Unit fits the rincian" },
    description: {
      id: "Satuan termasuk satuan yang diizinkan untuk rinciannya.",
      en: "The unit is one of those allowed for its rincian.",
    },
  }),
  declareRule({
    id: "line.unitCost",
    code: "UNIT_COST_OUT_OF_RANGE",
    family: "line",
    params: { value: "rp", min: "rp?", max: "rp?", satuan: "text?", rincian: "text" },
    message: {
      id: "Harga satuan {value|rp} untuk {rincian} di luar batas[ minimal {min|rp}][ maksimal {max|rp}][ per {satuan}].",
      en: "Unit cost {value|rp} for {rincian} is out of bounds[ minimum {min|rp}][ maximum {max|rp}][ per {satuan}].",
    },
    title: { id: "Harga satuan dalam batas", en: "Unit cost within bounds" },
    description: {
      id: "Harga satuan di antara batas yang ditetapkan untuk rinciannya (tidak ada batas bawaan: pejabat menetapkannya).",
      en: "The unit cost lies within its rincian's bounds (none are bundled: officials set them).",
    },
  }),
  declareRule({
    id: "line.volume",
    code: "VOLUME_OUT_OF_RANGE",
    family: "line",
    params: { value: "num", min: "num?", max: "num?", satuan: "text?", rincian: "text" },
    message: {
      id: "Volume {value|num} untuk {rincian} di luar batas[ minimal {min|num}][ maksimal {max|num}][ {satuan}].",
      en: "Volume {value|num} for {rincian} is out of bounds[ minimum {min|num}][ maximum {max|num}][ {satuan}].",
    },
    title: { id: "Volume dalam batas", en: "Volume within bounds" },
    description: {
      id: "Volume di antara batas yang ditetapkan untuk rinciannya (tidak ada batas bawaan).",
      en: "The volume lies within its rincian's bounds (none are bundled).",
    },
  }),
  declareRule({
    id: "line.metode",
    code: "METHOD_INVALID",
    family: "line",
    params: { metode: "text", allowed: "list" },
    message: {
      id: 'Metode "{metode}" tidak dikenal; gunakan {allowed|list}.',
      en: 'Method "{metode}" is unknown; use {allowed|list}.',
    },
    title: { id: "Metode pelaksanaan dikenal", en: "Known method" },
    description: {
      id: "Metode pelaksanaan kegiatan adalah swakelola atau kontraktual.",
      en: "The method of carrying out the work is swakelola or kontraktual.",
    },
  }),
  declareRule({
    id: "line.duplicate",
    code: "DUPLICATE_LINE",
    family: "line",
    params: { uraian: "text", firstCell: "cell" },
    message: {
      id: 'Baris ini sama dengan baris di sel {firstCell} ("{uraian}", dengan volume, satuan dan harga yang sama).',
      en: 'This line repeats the line at cell {firstCell} ("{uraian}", same volume, unit and unit cost).',
    },
    title: { id: "Tanpa baris ganda", en: "No repeated lines" },
    description: {
      id: "Baris yang sama persis (menu, rincian, uraian, volume, satuan, harga, lokasi) kemungkinan tersalin dua kali.",
      en: "An identical line (menu, rincian, uraian, volume, unit, cost, location) was probably copied twice.",
    },
  }),
  declareRule({
    id: "line.coord",
    code: "COORD_INVALID",
    family: "line",
    params: { field: "label", value: "num", min: "num", max: "num" },
    message: {
      id: "{field|label} {value|num} di luar wilayah Indonesia ({min|num} s.d. {max|num}).",
      en: "{field|label} {value|num} is outside Indonesia ({min|num} to {max|num}).",
    },
    title: { id: "Koordinat di Indonesia", en: "Coordinates inside Indonesia" },
    description: {
      id: "Lintang dan bujur lokasi berada di wilayah Indonesia.",
      en: "The location's latitude and longitude lie inside Indonesia.",
    },
  }),
] as const;
