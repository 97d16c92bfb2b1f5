/**
 * `rk`: Rencana Kegiatan DAK Fisik Bidang IKM. Laid out the way DESIGN.md §3 reads a proposal
 * (meta labels with their value in the next cell, the line table with the standard headers,
 * a JUMLAH row), so a filled copy validates with the same engine, by construction.
 */
import { allRincian, type TemplateContext } from "./context";
import { blank, formula, headerRow, num, text, verticalList } from "./cells";
import { FORMATS } from "./styles";
import type { CellSpec, ListValidationSpec, SheetSpec, StyleName } from "./types";

/** Meta block (B label, C value), rows 3–11. The labels are those readProposal knows. */
export const RK_META_LABELS = [
  "Tahun Anggaran",
  "Provinsi",
  "Kabupaten/Kota",
  "Bidang",
  "Pagu (Rp)",
  "Instansi Pelaksana",
  "Nama Sentra",
  "Jumlah Unit IKM",
  "Nomor SK Sentra",
] as const;

interface LineColumn {
  readonly col: string;
  readonly header: string;
  readonly width: number;
  readonly style: StyleName;
  readonly format?: string;
}

/** The line table, columns A–P in DESIGN.md §3 order. */
export const RK_LINE_COLUMNS: readonly LineColumn[] = [
  { col: "A", header: "No", width: 5, style: "input" },
  { col: "B", header: "Menu", width: 30, style: "input" },
  { col: "C", header: "Rincian", width: 30, style: "input" },
  { col: "D", header: "Uraian", width: 38, style: "input" },
  { col: "E", header: "Volume", width: 9, style: "inputNumber" },
  { col: "F", header: "Satuan", width: 9, style: "input" },
  { col: "G", header: "Harga Satuan (Rp)", width: 16, style: "inputNumber", format: FORMATS.rupiah },
  { col: "H", header: "Jumlah (Rp)", width: 18, style: "computed", format: FORMATS.rupiah },
  { col: "I", header: "Metode", width: 13, style: "input" },
  { col: "J", header: "Lokasi", width: 24, style: "input" },
  { col: "K", header: "Kecamatan", width: 16, style: "input" },
  { col: "L", header: "Desa", width: 16, style: "input" },
  { col: "M", header: "Latitude", width: 11, style: "inputNumber", format: FORMATS.coordinate },
  { col: "N", header: "Longitude", width: 11, style: "inputNumber", format: FORMATS.coordinate },
  { col: "O", header: "Penerima Manfaat", width: 18, style: "input" },
  { col: "P", header: "Keterangan", width: 26, style: "input" },
];

const RK_LAYOUT = {
  titleRow: 1,
  metaFirstRow: 3,
  /** C7: the pagu value cell. */
  paguRef: "C7",
  headerRow: 13,
  firstLineRow: 14,
  lineRows: 50,
} as const;

const LAST_LINE = RK_LAYOUT.firstLineRow + RK_LAYOUT.lineRows - 1;
const TOTAL_ROW = LAST_LINE + 1;
/** Pagu checks right under the JUMLAH row (where readProposal stops): nothing sits beside the meta values. */
const SUMMARY_FIRST = TOTAL_ROW + 1;
const SUMMARY_LABELS = [
  "Sisa Pagu (Rp)",
  "Status Pagu",
  "Kegiatan Penunjang (Rp)",
  "Porsi Penunjang",
  "Status Penunjang",
  "Terbilang Total",
] as const;
const SUMMARY_LAST = SUMMARY_FIRST + SUMMARY_LABELS.length - 1;
const LISTS_ROW = SUMMARY_LAST + 3;
const LINES = (col: string) => `${col}${RK_LAYOUT.firstLineRow}:${col}${LAST_LINE}`;

/** Index in the menu list of the menu holding the kegiatan penunjang (capped at 5% of the pagu), or -1. */
function penunjangMenuIndex(ctx: TemplateContext): number {
  const { menus, penunjangMenu } = ctx.lists;
  return penunjangMenu !== undefined ? menus.indexOf(penunjangMenu) : menus.findIndex((m) => /penunjang/i.test(m));
}

/** The menu list's first cell (column B): the SUMIF for penunjang refers to a list cell, so no ruleset text is put inside a formula. */
const MENU_LIST_FIRST_ROW = LISTS_ROW + 2;

export function buildRk(ctx: TemplateContext): SheetSpec {
  const cells: CellSpec[] = [];
  const merges: string[] = [];

  cells.push(text("A1", "RENCANA KEGIATAN (RK) DAK FISIK BIDANG INDUSTRI KECIL DAN MENENGAH", "title"));
  merges.push("A1:P1");

  // Meta block: values are inputs; settings the user gave are text, never formulas.
  const meta: Record<(typeof RK_META_LABELS)[number], CellSpec> = {
    "Tahun Anggaran": num("C3", ctx.ta, FORMATS.year, "inputNumber"),
    Provinsi: ctx.provinsi ? text("C4", ctx.provinsi, "input") : blank("C4", "input"),
    "Kabupaten/Kota": ctx.kabKota ? text("C5", ctx.kabKota, "input") : blank("C5", "input"),
    Bidang: text("C6", "Industri Kecil dan Menengah (IKM)", "input"),
    "Pagu (Rp)": blank(RK_LAYOUT.paguRef, "inputNumber", FORMATS.rupiah),
    "Instansi Pelaksana": ctx.instansiPelaksana ? text("C8", ctx.instansiPelaksana, "input") : blank("C8", "input"),
    "Nama Sentra": ctx.sentraName ? text("C9", ctx.sentraName, "input") : blank("C9", "input"),
    "Jumlah Unit IKM": blank("C10", "inputNumber", FORMATS.count),
    "Nomor SK Sentra": blank("C11", "input"),
  };
  RK_META_LABELS.forEach((label, i) => {
    const row = RK_LAYOUT.metaFirstRow + i;
    cells.push(text(`B${row}`, label, "label"), meta[label]);
    merges.push(`C${row}:E${row}`);
  });

  cells.push(...summaryBlock(ctx, merges));

  // Line table: header, empty input rows, jumlah = volume × harga satuan (empty until both are given).
  cells.push(
    ...headerRow(
      RK_LAYOUT.headerRow,
      "A",
      RK_LINE_COLUMNS.map((c) => c.header),
    ),
  );
  for (let row = RK_LAYOUT.firstLineRow; row <= LAST_LINE; row++) {
    for (const c of RK_LINE_COLUMNS) {
      cells.push(
        c.col === "H"
          ? formula(`H${row}`, `IF(OR(E${row}="",G${row}=""),"",E${row}*G${row})`, c.format, c.style)
          : blank(`${c.col}${row}`, c.style, c.format),
      );
    }
  }
  cells.push(
    text(`A${TOTAL_ROW}`, "JUMLAH", "total"),
    formula(`H${TOTAL_ROW}`, `SUM(${LINES("H")})`, FORMATS.rupiah, "total"),
  );
  merges.push(`A${TOTAL_ROW}:G${TOTAL_ROW}`);

  const { cells: listCells, validations } = dropdownLists(ctx);
  cells.push(...listCells);

  return {
    id: "rk",
    sheetName: "Rencana Kegiatan",
    columns: RK_LINE_COLUMNS.map((c) => ({ col: c.col, width: c.width })),
    cells,
    merges,
    freeze: { rows: RK_LAYOUT.headerRow, cols: 1 },
    validations,
    names: [
      { name: "Pagu", ref: "$C$7" },
      { name: "Jumlah_Baris", ref: `$H$${RK_LAYOUT.firstLineRow}:$H$${LAST_LINE}` },
      { name: "Total_Usulan", ref: `$H$${TOTAL_ROW}` },
      { name: "Penunjang", ref: `$H$${SUMMARY_FIRST + 2}` },
    ],
    table: { name: "RK_Baris", ref: `A${RK_LAYOUT.headerRow}:P${LAST_LINE}`, style: "TableStyleLight1" },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: RK_LAYOUT.headerRow, last: RK_LAYOUT.headerRow },
      area: `A1:P${SUMMARY_LAST}`,
    },
  };
}

/** Pagu summary under the JUMLAH row (A label, H value): SUMIF and a share, checks with the DAK functions. */
function summaryBlock(ctx: TemplateContext, merges: string[]): CellSpec[] {
  const rows: Record<(typeof SUMMARY_LABELS)[number], [string, string | undefined, boolean]> = {
    "Sisa Pagu (Rp)": ["DAK.SISA_PAGU(Pagu,Jumlah_Baris)", FORMATS.rupiah, false],
    "Status Pagu": ["DAK.CEK_PAGU(Pagu,Jumlah_Baris)", undefined, true],
    "Kegiatan Penunjang (Rp)": [penunjangSum(ctx), FORMATS.rupiah, false],
    "Porsi Penunjang": ["IF(N(Pagu)>0,Penunjang/Pagu,0)", FORMATS.percent, false],
    "Status Penunjang": ["DAK.CEK_PENUNJANG(Penunjang,Pagu)", undefined, true],
    "Terbilang Total": ["DAK.TERBILANG(Total_Usulan,TRUE)", undefined, true],
  };
  const cells: CellSpec[] = [];
  SUMMARY_LABELS.forEach((label, i) => {
    const row = SUMMARY_FIRST + i;
    const [expr, fmt, wide] = rows[label];
    cells.push(text(`A${row}`, label, "label"), formula(`H${row}`, expr, fmt, "computed"));
    merges.push(`A${row}:G${row}`);
    if (wide) merges.push(`H${row}:P${row}`);
  });
  return cells;
}

function penunjangSum(ctx: TemplateContext): string {
  const i = penunjangMenuIndex(ctx);
  return i < 0 ? "0" : `SUMIF(${LINES("B")},$B$${MENU_LIST_FIRST_ROW + i},${LINES("H")})`;
}

/** The ruleset's lists below the table (outside the print area), and the dropdowns they feed. */
function dropdownLists(ctx: TemplateContext): { cells: CellSpec[]; validations: ListValidationSpec[] } {
  const cells: CellSpec[] = [
    text(`B${LISTS_ROW}`, `Daftar pilihan dropdown (aturan TA ${ctx.ta}); jangan dihapus`, "note"),
  ];
  const lists: Array<[string, string, readonly string[], string]> = [
    ["B", "Daftar Menu", ctx.lists.menus, "Pilih menu dari daftar."],
    ["C", "Daftar Rincian", allRincian(ctx.lists), "Pilih rincian dari daftar."],
    ["F", "Daftar Satuan", ctx.lists.satuan, "Pilih satuan dari daftar."],
    ["I", "Daftar Metode", ctx.lists.metode, "Pilih Swakelola atau Kontraktual."],
  ];
  const validations: ListValidationSpec[] = [];
  for (const [col, title, items, errorMessage] of lists) {
    cells.push(text(`${col}${LISTS_ROW + 1}`, title, "listHeader"));
    const list = verticalList(col, LISTS_ROW + 2, items, "listItem");
    cells.push(...list.cells);
    validations.push({ range: LINES(col), source: list.range, errorMessage });
  }
  return { cells, validations };
}

export const RK_ROWS = {
  first: RK_LAYOUT.firstLineRow,
  last: LAST_LINE,
  total: TOTAL_ROW,
  summary: SUMMARY_FIRST,
  lists: LISTS_ROW,
} as const;
