/**
 * `kak`: the tables of a KAK/TOR (Bappenas template, DOMAIN.md §5): the header, headings for
 * sections A–E with room to write, the output–outcome table (C) and the kebutuhan dana dan
 * lokasi table down to kecamatan, desa and lokus (E). Pendanaan is in Rp juta, as KAK tables are.
 */
import { allRincian, type TemplateContext } from "./context";
import { blank, formula, headerRow, lastWins, text, verticalList, type SheetDraft } from "./cells";
import { FORMATS } from "./styles";
import type { CellSpec, ListValidationSpec, SheetSpec, StyleName } from "./types";

/** Rows per table: room for every rincian of a sentra proposal (the sample RK has 14). */
const TABLE_ROWS = 20;
const LAST_COL = "I";
/** The header's "Menu" value: a dropdown of the ruleset's menus. */
const MENU_CELL = "C9";

/** Where a table's input rows and its total row are. */
interface TableRows {
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

export function buildKak(ctx: TemplateContext): SheetSpec {
  const draft: SheetDraft = { cells: [], merges: [] };
  addTitleAndHeader(draft, ctx);
  let row = addSection(
    draft,
    12,
    "A. Latar Belakang",
    "Uraikan kondisi sentra, analisis kesenjangan (gap analysis) dan kesesuaian dengan RTRW.",
    4,
  );
  row = addSection(draft, row, "B. Maksud dan Tujuan", "Uraikan maksud dan tujuan kegiatan.", 3);
  const output = addOutputTable(draft, row, ctx.ta);
  row = addSection(
    draft,
    output.total + 2,
    "D. Penerima Manfaat",
    "Uraikan penerima manfaat (jumlah unit IKM, tenaga kerja, kelompok/koperasi).",
    3,
  );
  const dana = addDanaTable(draft, row);
  const validations = addDropdownLists(draft, dana.total + 3, ctx, output, dana);
  return kakSheetSpec(draft, validations, dana.total);
}

/** Title, subtitle and the header block (provinsi … instansi pelaksana), filled from settings. */
function addTitleAndHeader({ cells, merges }: SheetDraft, ctx: TemplateContext): void {
  cells.push(text("A1", "KERANGKA ACUAN KERJA (KAK) / TERM OF REFERENCE (TOR)", "title"));
  merges.push(`A1:${LAST_COL}1`);
  cells.push(text("A2", `DAK Fisik Bidang Industri Kecil dan Menengah Tahun Anggaran ${ctx.ta}`, "subtitle"));
  merges.push(`A2:${LAST_COL}2`);

  const header: Array<[string, string | undefined]> = [
    ["Provinsi", ctx.provinsi],
    ["Kabupaten/Kota", ctx.kabKota],
    ["Jenis DAK", "DAK Fisik Penugasan"],
    ["Bidang", "Industri Kecil dan Menengah (IKM)"],
    ["Subbidang", undefined],
    ["Menu", undefined],
    ["Instansi Pelaksana", ctx.instansiPelaksana],
  ];
  header.forEach(([label, value], i) => {
    const row = 4 + i;
    cells.push(text(`A${row}`, label, "label"), value ? text(`C${row}`, value, "input") : blank(`C${row}`, "input"));
    merges.push(`A${row}:B${row}`, `C${row}:F${row}`);
  });
}

/** A section heading at `row`, a hint under it and a merged box to write in; returns the row after it. */
function addSection(
  { cells, merges }: SheetDraft,
  row: number,
  title: string,
  hint: string,
  inputRows: number,
): number {
  cells.push(text(`A${row}`, title, "section"), text(`A${row + 1}`, hint, "note"));
  merges.push(`A${row + 1}:${LAST_COL}${row + 1}`, `A${row + 2}:${LAST_COL}${row + 1 + inputRows}`);
  cells.push(blank(`A${row + 2}`, "input"));
  return row + inputRows + 3;
}

/** C. Output dan Outcome: targets and pendanaan (Rp juta) for this TA and the next, with totals. */
function addOutputTable({ cells, merges }: SheetDraft, row: number, ta: number): TableRows {
  cells.push(text(`A${row}`, "C. Output dan Outcome", "section"));
  const outputHeaderRow = row + 1;
  cells.push(
    ...headerRow(outputHeaderRow, "A", [
      "No",
      "Rincian",
      "Jumlah Penerima",
      "Satuan",
      `Target Output TA ${ta}`,
      `Target Output TA ${ta + 1}`,
      `Pendanaan TA ${ta} (Rp juta)`,
      `Pendanaan TA ${ta + 1} (Rp juta)`,
      "Target Outcome",
    ]),
  );
  const output = tableBody(outputHeaderRow + 1, [
    "input",
    "input",
    "inputNumber",
    "input",
    "inputNumber",
    "inputNumber",
    "inputNumber",
    "inputNumber",
    "input",
  ]);
  cells.push(...output.cells);
  const outputTotal = output.last + 1;
  cells.push(text(`A${outputTotal}`, "Jumlah", "total"));
  merges.push(`A${outputTotal}:F${outputTotal}`);
  for (const col of ["G", "H"]) {
    cells.push(
      formula(`${col}${outputTotal}`, `SUM(${col}${output.first}:${col}${output.last})`, FORMATS.rupiahJuta, "total"),
    );
  }
  for (const col of ["G", "H"])
    for (let r = output.first; r <= output.last; r++)
      cells.push({ ref: `${col}${r}`, style: "inputNumber", numberFormat: FORMATS.rupiahJuta });
  return { first: output.first, last: output.last, total: outputTotal };
}

/** E. Indikasi Kebutuhan Dana dan Lokasi: dana (Rp) per rincian down to lokus and coordinates. */
function addDanaTable({ cells, merges }: SheetDraft, row: number): TableRows {
  cells.push(text(`A${row}`, "E. Indikasi Kebutuhan Dana dan Lokasi", "section"));
  const danaHeaderRow = row + 1;
  cells.push(
    ...headerRow(danaHeaderRow, "A", [
      "No",
      "Rincian",
      "Kebutuhan Dana (Rp)",
      "Kabupaten/Kota",
      "Kecamatan",
      "Desa",
      "Lokus",
      "Latitude",
      "Longitude",
    ]),
  );
  const dana = tableBody(danaHeaderRow + 1, [
    "input",
    "input",
    "inputNumber",
    "input",
    "input",
    "input",
    "input",
    "inputNumber",
    "inputNumber",
  ]);
  cells.push(...dana.cells.filter((c) => !c.ref.startsWith("C")));
  for (let r = dana.first; r <= dana.last; r++) cells.push(blank(`C${r}`, "inputNumber", FORMATS.rupiah));
  const danaTotal = dana.last + 1;
  cells.push(
    text(`A${danaTotal}`, "Jumlah", "total"),
    formula(`C${danaTotal}`, `SUM(C${dana.first}:C${dana.last})`, FORMATS.rupiah, "total"),
  );
  merges.push(`A${danaTotal}:B${danaTotal}`);
  return { first: dana.first, last: dana.last, total: danaTotal };
}

/** The rincian and menu lists under the tables, and the dropdowns that use them. */
function addDropdownLists(
  { cells }: SheetDraft,
  listRow: number,
  ctx: TemplateContext,
  output: TableRows,
  dana: TableRows,
): ListValidationSpec[] {
  const rincian = verticalList("B", listRow + 1, allRincian(ctx.lists), "listItem");
  const menus = verticalList("D", listRow + 1, ctx.lists.menus, "listItem");
  cells.push(
    text(`A${listRow}`, `Daftar pilihan dropdown (aturan TA ${ctx.ta}); jangan dihapus`, "note"),
    ...rincian.cells,
    ...menus.cells,
  );
  return [
    { range: `B${output.first}:B${output.last}`, source: rincian.range, errorMessage: "Pilih rincian dari daftar." },
    { range: `B${dana.first}:B${dana.last}`, source: rincian.range, errorMessage: "Pilih rincian dari daftar." },
    { range: MENU_CELL, source: menus.range, errorMessage: "Pilih menu dari daftar." },
  ];
}

/** The sheet spec: column widths, frozen title rows and print setup down to `lastRow`. */
function kakSheetSpec(draft: SheetDraft, validations: ListValidationSpec[], lastRow: number): SheetSpec {
  return {
    id: "kak",
    sheetName: "KAK-TOR",
    columns: [
      { col: "A", width: 6 },
      { col: "B", width: 30 },
      { col: "C", width: 16 },
      { col: "D", width: 16 },
      { col: "E", width: 16 },
      { col: "F", width: 16 },
      { col: "G", width: 18 },
      { col: "H", width: 18 },
      { col: "I", width: 26 },
    ],
    cells: lastWins(draft.cells),
    merges: draft.merges,
    freeze: { rows: 2, cols: 0 },
    validations,
    names: [],
    // Two tables share the sheet: the frozen title rows repeat on every printed page.
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: 2 },
      area: `A1:${LAST_COL}${lastRow}`,
    },
  };
}

/** Empty input rows under a header: one cell per style, columns from A. */
function tableBody(first: number, styles: readonly StyleName[]): { cells: CellSpec[]; first: number; last: number } {
  const cells: CellSpec[] = [];
  const last = first + TABLE_ROWS - 1;
  for (let r = first; r <= last; r++) {
    styles.forEach((style, i) => cells.push(blank(`${String.fromCharCode(65 + i)}${r}`, style)));
  }
  return { cells, first, last };
}
