/**
 * `kak`: the tables of a KAK/TOR (Bappenas template, DOMAIN.md §5): the header, headings for
 * sections A–E with room to write, the output–outcome table (C) and the kebutuhan dana dan
 * lokasi table down to kecamatan, desa and lokus (E). Pendanaan is in Rp juta, as KAK tables are.
 */
import { allRincian, type TemplateContext } from "./context";
import { blank, formula, headerRow, lastWins, text, verticalList } from "./cells";
import { FORMATS } from "./styles";
import type { CellSpec, ListValidationSpec, SheetSpec, StyleName } from "./types";

/** Rows per table: room for every rincian of a sentra proposal (the sample RK has 14). */
const TABLE_ROWS = 20;
const LAST_COL = "I";

export function buildKak(ctx: TemplateContext): SheetSpec {
  const cells: CellSpec[] = [text("A1", "KERANGKA ACUAN KERJA (KAK) / TERM OF REFERENCE (TOR)", "title")];
  const merges = [`A1:${LAST_COL}1`];
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
  const menuCell = "C9";

  let row = 12;
  const section = (title: string, hint: string, inputRows: number): void => {
    cells.push(text(`A${row}`, title, "section"), text(`A${row + 1}`, hint, "note"));
    merges.push(`A${row + 1}:${LAST_COL}${row + 1}`, `A${row + 2}:${LAST_COL}${row + 1 + inputRows}`);
    cells.push(blank(`A${row + 2}`, "input"));
    row += inputRows + 3;
  };
  section(
    "A. Latar Belakang",
    "Uraikan kondisi sentra, analisis kesenjangan (gap analysis) dan kesesuaian dengan RTRW.",
    4,
  );
  section("B. Maksud dan Tujuan", "Uraikan maksud dan tujuan kegiatan.", 3);

  const ta = ctx.ta;
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
  row = outputTotal + 2;

  section("D. Penerima Manfaat", "Uraikan penerima manfaat (jumlah unit IKM, tenaga kerja, kelompok/koperasi).", 3);

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

  const listRow = danaTotal + 3;
  const rincian = verticalList("B", listRow + 1, allRincian(ctx.lists), "listItem");
  const menus = verticalList("D", listRow + 1, ctx.lists.menus, "listItem");
  cells.push(
    text(`A${listRow}`, `Daftar pilihan dropdown (aturan TA ${ta}); jangan dihapus`, "note"),
    ...rincian.cells,
    ...menus.cells,
  );
  const validations: ListValidationSpec[] = [
    { range: `B${output.first}:B${output.last}`, source: rincian.range, errorMessage: "Pilih rincian dari daftar." },
    { range: `B${dana.first}:B${dana.last}`, source: rincian.range, errorMessage: "Pilih rincian dari daftar." },
    { range: menuCell, source: menus.range, errorMessage: "Pilih menu dari daftar." },
  ];

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
    cells: lastWins(cells),
    merges,
    freeze: { rows: 2, cols: 0 },
    validations,
    names: [],
    // Two tables share the sheet: the frozen title rows repeat on every printed page.
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: 2 },
      area: `A1:${LAST_COL}${danaTotal}`,
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
