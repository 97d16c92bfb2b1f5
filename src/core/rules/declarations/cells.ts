/** Cell rules shared by lines and the identity block: required, readable numbers, amounts. */
import { declareRule } from "../declare";

export const CELL_RULES = [
  declareRule({
    id: "line.required",
    code: "LINE_REQUIRED",
    family: "line",
    params: { field: "label" },
    message: { id: "{field|label} wajib diisi.", en: "{field|label} is required." },
    title: { id: "Isian wajib setiap baris", en: "Required fields of a line" },
    description: {
      id: "Setiap baris menyebut menu, rincian, uraian, volume, satuan dan harga satuan.",
      en: "Every line states its menu, rincian, uraian, volume, satuan and unit cost.",
    },
  }),
  declareRule({
    id: "line.notANumber",
    code: "NOT_A_NUMBER",
    family: "line",
    params: { field: "label", text: "text", reason: "reason" },
    message: {
      id: '{field|label} "{text}" tidak terbaca sebagai angka[: {reason|reason}].',
      en: '{field|label} "{text}" does not read as a number[: {reason|reason}].',
    },
    title: { id: "Angka terbaca", en: "Numbers readable" },
    description: {
      id: "Volume, harga, jumlah, pagu dan koordinat harus terbaca sebagai angka; teks yang dapat berarti dua angka tidak ditebak.",
      en: "Volume, unit cost, amount, pagu and coordinates must read as numbers; text that could mean two amounts is not guessed.",
    },
  }),
  declareRule({
    id: "line.numberAsText",
    code: "NUMBER_AS_TEXT",
    family: "line",
    params: { field: "label", text: "text", value: "num" },
    message: {
      id: '{field|label} ditulis sebagai teks "{text}" dan dibaca sebagai {value|num}; sebaiknya diketik sebagai angka.',
      en: '{field|label} is typed as the text "{text}" and read as {value|num}; better type it as a number.',
    },
    title: { id: "Angka diketik sebagai angka", en: "Numbers typed as numbers" },
    description: {
      id: "Angka yang diketik sebagai teks tetap dipakai bila jelas artinya, tetapi rumus Excel tidak menjumlahkannya.",
      en: "A number typed as text is still used when it is unambiguous, but Excel formulas do not add it up.",
    },
  }),
  declareRule({
    id: "line.cellError",
    code: "CELL_ERROR",
    family: "line",
    params: { field: "label", error: "text" },
    message: {
      id: "{field|label} berisi nilai galat Excel {error}.",
      en: "{field|label} holds the Excel error value {error}.",
    },
    title: { id: "Tanpa galat Excel", en: "No Excel error values" },
    description: {
      id: "Sel yang berisi #REF!, #N/A dan sejenisnya tidak dapat dibaca.",
      en: "A cell holding #REF!, #N/A and the like cannot be read.",
    },
  }),
  declareRule({
    id: "line.nonPositive",
    code: "NON_POSITIVE",
    family: "line",
    params: { field: "label", value: "num" },
    message: {
      id: "{field|label} harus lebih dari nol (tertulis {value|num}).",
      en: "{field|label} must be more than zero ({value|num} given).",
    },
    title: { id: "Angka lebih dari nol", en: "Amounts above zero" },
    description: {
      id: "Volume, harga satuan, jumlah dan pagu harus lebih dari nol.",
      en: "Volume, unit cost, amount and pagu must be more than zero.",
    },
  }),
  declareRule({
    id: "line.amount",
    code: "AMOUNT_MISMATCH",
    family: "line",
    params: { jumlah: "rp", expected: "rp", volume: "num", hargaSatuan: "rp", difference: "rp" },
    message: {
      id: "Jumlah {jumlah|rp} tidak sama dengan volume × harga satuan = {volume|num} × {hargaSatuan|rp} = {expected|rp} (selisih {difference|rp}).",
      en: "Jumlah {jumlah|rp} is not volume × unit cost = {volume|num} × {hargaSatuan|rp} = {expected|rp} (difference {difference|rp}).",
    },
    title: { id: "Jumlah = volume × harga satuan", en: "Amount = volume × unit cost" },
    description: {
      id: "Jumlah setiap baris sama dengan volume dikali harga satuan, dengan toleransi pembulatan Rp1.",
      en: "Each line's amount equals volume times unit cost, within Rp1 of rounding.",
    },
  }),
] as const;
