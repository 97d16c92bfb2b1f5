/**
 * `rab`: Rincian Anggaran Biaya. Items with volume × harga satuan, a subtotal per rincian
 * (SUMIF over the rincian list, which also feeds the dropdown), PPN at a rate kept in a cell
 * (11% by default, DOMAIN.md §3), the total and the total in words.
 */
import { allRincian, type TemplateContext } from "./context";
import { blank, formula, headerRow, num, text, verticalList, type SheetDraft } from "./cells";
import { FORMATS } from "./styles";
import type { CellSpec, ListValidationSpec, SheetSpec } from "./types";

const RAB_LAYOUT = {
  ppnRef: "C7",
  headerRow: 9,
  firstItemRow: 10,
  itemRows: 40,
} as const;

const FIRST = RAB_LAYOUT.firstItemRow;
const LAST = FIRST + RAB_LAYOUT.itemRows - 1;
const SUBTOTAL_ROW = LAST + 1;
const PPN_ROW = LAST + 2;
const TOTAL_ROW = LAST + 3;
const WORDS_ROW = LAST + 4;
const SATUAN_LIST_ROW = WORDS_ROW + 3;
const ITEMS = (col: string) => `${col}${FIRST}:${col}${LAST}`;

const HEADERS = [
  "No",
  "Rincian",
  "Uraian Pekerjaan / Barang",
  "Volume",
  "Satuan",
  "Harga Satuan (Rp)",
  "Jumlah (Rp)",
  "Keterangan",
];

export function buildRab(ctx: TemplateContext): SheetSpec {
  const draft: SheetDraft = { cells: [], merges: [] };
  addTitleAndMeta(draft, ctx);
  addItems(draft);
  addTotals(draft);
  const rincianList = addRincianSubtotals(draft, ctx);
  const satuanList = addSatuanList(draft, ctx);
  return rabSheetSpec(draft, [
    { range: ITEMS("B"), source: rincianList, errorMessage: "Pilih rincian dari daftar." },
    { range: ITEMS("E"), source: satuanList, errorMessage: "Pilih satuan dari daftar." },
  ]);
}

/** Title and the meta block (TA, kabupaten/kota, sentra, instansi, tarif PPN) filled from settings. */
function addTitleAndMeta({ cells, merges }: SheetDraft, ctx: TemplateContext): void {
  cells.push(text("A1", "RINCIAN ANGGARAN BIAYA (RAB) DAK FISIK BIDANG IKM", "title"));
  merges.push("A1:H1");

  const meta: Array<[string, CellSpec]> = [
    ["Tahun Anggaran", num("C3", ctx.ta, FORMATS.year, "inputNumber")],
    ["Kabupaten/Kota", ctx.kabKota ? text("C4", ctx.kabKota, "input") : blank("C4", "input")],
    ["Nama Sentra", ctx.sentraName ? text("C5", ctx.sentraName, "input") : blank("C5", "input")],
    ["Instansi Pelaksana", ctx.instansiPelaksana ? text("C6", ctx.instansiPelaksana, "input") : blank("C6", "input")],
    ["Tarif PPN", num(RAB_LAYOUT.ppnRef, ctx.ppnRate ?? 0.11, FORMATS.percent, "inputNumber")],
  ];
  meta.forEach(([label, value], i) => {
    cells.push(text(`B${3 + i}`, label, "label"), value);
    if (i < 4) merges.push(`C${3 + i}:D${3 + i}`);
  });
}

/** The items table: header and input rows, Jumlah = volume × harga satuan. */
function addItems({ cells }: SheetDraft): void {
  cells.push(...headerRow(RAB_LAYOUT.headerRow, "A", HEADERS));
  for (let row = FIRST; row <= LAST; row++) {
    cells.push(
      blank(`A${row}`, "input"),
      blank(`B${row}`, "input"),
      blank(`C${row}`, "input"),
      blank(`D${row}`, "inputNumber"),
      blank(`E${row}`, "input"),
      blank(`F${row}`, "inputNumber", FORMATS.rupiah),
      formula(`G${row}`, `IF(OR(D${row}="",F${row}=""),"",D${row}*F${row})`, FORMATS.rupiah, "computed"),
      blank(`H${row}`, "input"),
    );
  }
}

/** Subtotal, PPN, total and the total in words under the items. */
function addTotals({ cells, merges }: SheetDraft): void {
  const totals: Array<[number, string, string]> = [
    [SUBTOTAL_ROW, "Subtotal (sebelum PPN)", `SUM(${ITEMS("G")})`],
    [PPN_ROW, "PPN", `ROUND(G${SUBTOTAL_ROW}*Tarif_PPN,0)`],
    [TOTAL_ROW, "Total (termasuk PPN)", `G${SUBTOTAL_ROW}+G${PPN_ROW}`],
  ];
  for (const [row, label, expr] of totals) {
    cells.push(text(`A${row}`, label, "total"), formula(`G${row}`, expr, FORMATS.rupiah, "total"));
    merges.push(`A${row}:F${row}`);
  }
  cells.push(
    text(`A${WORDS_ROW}`, "Terbilang", "label"),
    formula(`C${WORDS_ROW}`, `DAK.TERBILANG(G${TOTAL_ROW},TRUE)`, undefined, "computed"),
  );
  merges.push(`A${WORDS_ROW}:B${WORDS_ROW}`, `C${WORDS_ROW}:H${WORDS_ROW}`);
}

/** Subtotal per rincian beside the items; returns the rincian list's range. */
function addRincianSubtotals({ cells }: SheetDraft, ctx: TemplateContext): string {
  // Subtotal per rincian: the rincian list doubles as the dropdown's source.
  const rincian = allRincian(ctx.lists);
  cells.push(...headerRow(RAB_LAYOUT.headerRow, "J", ["Rincian", "Subtotal (Rp)"]));
  const rincianList = verticalList("J", FIRST, rincian, "label");
  cells.push(...rincianList.cells);
  rincian.forEach((_, i) => {
    cells.push(
      formula(`K${FIRST + i}`, `SUMIF(${ITEMS("B")},J${FIRST + i},${ITEMS("G")})`, FORMATS.rupiah, "computed"),
    );
  });
  return rincianList.range;
}

/** The satuan list under the sheet; returns its range (a dropdown source). */
function addSatuanList({ cells }: SheetDraft, ctx: TemplateContext): string {
  cells.push(text(`B${SATUAN_LIST_ROW}`, `Daftar satuan (aturan TA ${ctx.ta}); jangan dihapus`, "note"));
  const satuanList = verticalList("E", SATUAN_LIST_ROW + 1, ctx.lists.satuan, "listItem");
  cells.push(...satuanList.cells);
  return satuanList.range;
}

/** The sheet spec: column widths, frozen header, the Tarif_PPN name and print setup. */
function rabSheetSpec(draft: SheetDraft, validations: ListValidationSpec[]): SheetSpec {
  return {
    id: "rab",
    sheetName: "RAB",
    columns: [
      { col: "A", width: 5 },
      { col: "B", width: 28 },
      { col: "C", width: 40 },
      { col: "D", width: 9 },
      { col: "E", width: 9 },
      { col: "F", width: 16 },
      { col: "G", width: 18 },
      { col: "H", width: 22 },
      { col: "J", width: 34 },
      { col: "K", width: 18 },
    ],
    cells: draft.cells,
    merges: draft.merges,
    freeze: { rows: RAB_LAYOUT.headerRow, cols: 0 },
    validations,
    names: [{ name: "Tarif_PPN", ref: `$C$7` }],
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: RAB_LAYOUT.headerRow, last: RAB_LAYOUT.headerRow },
      area: `A1:K${WORDS_ROW}`,
    },
  };
}

export const RAB_ROWS = {
  first: FIRST,
  last: LAST,
  subtotal: SUBTOTAL_ROW,
  ppn: PPN_ROW,
  total: TOTAL_ROW,
  words: WORDS_ROW,
} as const;
