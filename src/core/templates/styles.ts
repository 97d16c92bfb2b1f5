/**
 * The look of every template, in one palette: renderers map a StyleName to fonts, fills and
 * borders. Input cells are light yellow so officials see at once what they have to fill;
 * computed cells are grey so they are not typed over.
 */
import type { CellStyle, StyleName } from "./types";

/** Title of the message a dropdown shows when a value outside its list is typed (both renderers). */
export const LIST_ERROR_TITLE = "Pilihan tidak ada di daftar";

export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "center" },
  subtitle: { bold: true, fontSize: 11, hAlign: "center" },
  section: { bold: true, fontSize: 11 },
  label: { bold: true },
  header: { bold: true, fill: "#D9E1F2", hAlign: "center", vAlign: "center", wrap: true, border: true },
  input: { fill: "#FFF2CC", border: true },
  inputNumber: { fill: "#FFF2CC", border: true, hAlign: "right" },
  computed: { fill: "#EDEDED", border: true, hAlign: "right" },
  total: { bold: true, fill: "#EDEDED", border: true },
  note: { italic: true, fontColor: "#595959", wrap: true },
  listHeader: { bold: true, fontColor: "#595959" },
  listItem: { fontColor: "#595959" },
};

/** Number formats (en-US codes: Excel shows them with the user's separators, e.g. 1.500.000 in id-ID). */
export const FORMATS = {
  rupiah: "#,##0",
  rupiahJuta: "#,##0.00",
  count: "#,##0",
  decimal: "#,##0.00",
  percent: "0.00%",
  coordinate: "0.000000",
  year: "0",
} as const;
