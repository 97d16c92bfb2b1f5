/**
 * `sentra`: Data Sentra & Indikator (DOMAIN.md §4). One row per sentra with before/after for the
 * six M&E indicators and the growth by DAK.PERTUMBUHAN; under the table the totals (SUM for
 * counts, AVERAGE for score and level), the aggregate growth Σsesudah/Σsebelum − 1
 * (DAK.PERTUMBUHAN_AGREGAT) and the mean of per-sentra growths (DAK.PERTUMBUHAN_RATA), each
 * row saying which it is.
 */
import type { TemplateContext } from "./context";
import { blank, colAt, formula, lastWins, text, type SheetDraft } from "./cells";
import { FORMATS } from "./styles";
import type { SheetSpec } from "./types";

/** The six indicators; `sum` says whether adding sentra up makes sense (counts do, a score or level does not). */
export const SENTRA_INDICATORS = [
  { label: "Unit IKM", sum: true, format: FORMATS.count },
  { label: "Jenis Produk", sum: true, format: FORMATS.count },
  { label: "Skor Kelembagaan (0–1)", sum: false, format: FORMATS.decimal },
  { label: "Level Pasar (1–5)", sum: false, format: FORMATS.count },
  { label: "Tenaga Kerja (orang)", sum: true, format: FORMATS.count },
  { label: "Kapasitas Produksi (satuan tetap)", sum: true, format: FORMATS.decimal },
] as const;

const GROUP_ROW = 5;
const SUB_ROW = 6;
export const SENTRA_ROWS = { first: 7, last: 36 } as const;
const TOTAL_ROW = SENTRA_ROWS.last + 1;
const AGG_ROW = SENTRA_ROWS.last + 2;
const MEAN_ROW = SENTRA_ROWS.last + 3;
const FIRST_INDICATOR_COL = "E";

/** Columns (letters) of indicator i: before, after, growth. */
export function sentraIndicatorColumns(i: number): { before: string; after: string; growth: string } {
  return {
    before: colAt(FIRST_INDICATOR_COL, i * 3),
    after: colAt(FIRST_INDICATOR_COL, i * 3 + 1),
    growth: colAt(FIRST_INDICATOR_COL, i * 3 + 2),
  };
}

type Indicator = (typeof SENTRA_INDICATORS)[number];
type IndicatorColumns = ReturnType<typeof sentraIndicatorColumns>;

export function buildSentra(ctx: TemplateContext): SheetSpec {
  const lastCol = sentraIndicatorColumns(SENTRA_INDICATORS.length - 1).growth;
  const draft: SheetDraft = { cells: [], merges: [] };
  addTitle(draft, ctx, lastCol);
  addFixedHeaders(draft);
  SENTRA_INDICATORS.forEach((ind, i) => {
    const cols = sentraIndicatorColumns(i);
    addIndicatorHeader(draft, ind, cols);
    addIndicatorRows(draft, ind, cols);
    addIndicatorTotals(draft, ind, cols);
  });
  addSentraRows(draft, ctx);
  addSummaryLabels(draft);
  return sentraSheetSpec(draft, lastCol);
}

/** Title, subtitle and the note on how growth is computed, merged across the sheet. */
function addTitle({ cells, merges }: SheetDraft, ctx: TemplateContext, lastCol: string): void {
  cells.push(
    text("A1", "DATA SENTRA IKM DAN INDIKATOR KINERJA", "title"),
    text("A2", `DAK Fisik Bidang IKM Tahun Anggaran ${ctx.ta}: kondisi sebelum dan sesudah`, "subtitle"),
    text("A3", "Pertumbuhan = (sesudah − sebelum) / sebelum. Sebelum = 0 tidak punya persentase (#DIV/0!).", "note"),
  );
  merges.push(`A1:${lastCol}1`, `A2:${lastCol}2`, `A3:${lastCol}3`);
}

/** Headers of the fixed columns (no, nama, kabupaten/kota, SK), each merged over both header rows. */
function addFixedHeaders({ cells, merges }: SheetDraft): void {
  const fixed = ["No", "Nama Sentra", "Kabupaten/Kota", "Nomor SK Sentra"];
  fixed.forEach((label, i) => {
    const col = String.fromCharCode(65 + i);
    cells.push(text(`${col}${GROUP_ROW}`, label, "header"), { ref: `${col}${SUB_ROW}`, style: "header" });
    merges.push(`${col}${GROUP_ROW}:${col}${SUB_ROW}`);
  });
}

/** An indicator's label over its three columns, and sebelum / sesudah / pertumbuhan under it. */
function addIndicatorHeader({ cells, merges }: SheetDraft, ind: Indicator, cols: IndicatorColumns): void {
  const { before, after, growth } = cols;
  cells.push(
    text(`${before}${GROUP_ROW}`, ind.label, "header"),
    { ref: `${after}${GROUP_ROW}`, style: "header" },
    { ref: `${growth}${GROUP_ROW}`, style: "header" },
    text(`${before}${SUB_ROW}`, "Sebelum", "header"),
    text(`${after}${SUB_ROW}`, "Sesudah", "header"),
    text(`${growth}${SUB_ROW}`, "Pertumbuhan", "header"),
  );
  merges.push(`${before}${GROUP_ROW}:${growth}${GROUP_ROW}`);
}

/** One row per sentra: before and after to fill in, growth by DAK.PERTUMBUHAN. */
function addIndicatorRows({ cells }: SheetDraft, ind: Indicator, cols: IndicatorColumns): void {
  const { before, after, growth } = cols;
  for (let r = SENTRA_ROWS.first; r <= SENTRA_ROWS.last; r++) {
    cells.push(
      blank(`${before}${r}`, "inputNumber", ind.format),
      blank(`${after}${r}`, "inputNumber", ind.format),
      formula(
        `${growth}${r}`,
        `IF(OR(${before}${r}="",${after}${r}=""),"",DAK.PERTUMBUHAN(${before}${r},${after}${r}))`,
        FORMATS.percent,
        "computed",
      ),
    );
  }
}

/** Under the rows: the total (SUM or AVERAGE), the aggregate growth and the mean of growths. */
function addIndicatorTotals({ cells }: SheetDraft, ind: Indicator, cols: IndicatorColumns): void {
  const { before, after, growth } = cols;
  const range = (col: string) => `${col}${SENTRA_ROWS.first}:${col}${SENTRA_ROWS.last}`;
  const fn = ind.sum ? "SUM" : "AVERAGE";
  cells.push(
    formula(`${before}${TOTAL_ROW}`, `IF(COUNT(${range(before)})=0,"",${fn}(${range(before)}))`, ind.format, "total"),
    formula(`${after}${TOTAL_ROW}`, `IF(COUNT(${range(after)})=0,"",${fn}(${range(after)}))`, ind.format, "total"),
    formula(
      `${growth}${AGG_ROW}`,
      `DAK.PERTUMBUHAN_AGREGAT(${range(before)},${range(after)})`,
      FORMATS.percent,
      "total",
    ),
    formula(`${growth}${MEAN_ROW}`, `DAK.PERTUMBUHAN_RATA(${range(before)},${range(after)})`, FORMATS.percent, "total"),
  );
}

/** The fixed columns' input cells; the first row gets the sentra name from settings. */
function addSentraRows({ cells }: SheetDraft, ctx: TemplateContext): void {
  for (let r = SENTRA_ROWS.first; r <= SENTRA_ROWS.last; r++) {
    cells.push(blank(`A${r}`, "input"), blank(`B${r}`, "input"), blank(`C${r}`, "input"), blank(`D${r}`, "input"));
  }
  if (ctx.sentraName) cells.push(text(`B${SENTRA_ROWS.first}`, ctx.sentraName, "input"));
}

/** Labels of the three summary rows, each saying which figure it is. */
function addSummaryLabels({ cells, merges }: SheetDraft): void {
  cells.push(
    text(`A${TOTAL_ROW}`, "Jumlah (skor dan level: rata-rata)", "total"),
    text(`A${AGG_ROW}`, "Pertumbuhan agregat (Σ sesudah / Σ sebelum − 1)", "total"),
    text(`A${MEAN_ROW}`, "Rata-rata pertumbuhan per sentra", "total"),
  );
  merges.push(`A${TOTAL_ROW}:D${TOTAL_ROW}`, `A${AGG_ROW}:D${AGG_ROW}`, `A${MEAN_ROW}:D${MEAN_ROW}`);
}

/** The sheet spec: column widths, frozen header rows and name column, print setup. */
function sentraSheetSpec(draft: SheetDraft, lastCol: string): SheetSpec {
  return {
    id: "sentra",
    sheetName: "Data Sentra",
    columns: [
      { col: "A", width: 5 },
      { col: "B", width: 30 },
      { col: "C", width: 20 },
      { col: "D", width: 24 },
      ...SENTRA_INDICATORS.flatMap((_, i) => {
        const c = sentraIndicatorColumns(i);
        return [
          { col: c.before, width: 10 },
          { col: c.after, width: 10 },
          { col: c.growth, width: 12 },
        ];
      }),
    ],
    cells: lastWins(draft.cells),
    merges: draft.merges,
    freeze: { rows: SUB_ROW, cols: 2 },
    validations: [],
    names: [],
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: GROUP_ROW, last: SUB_ROW },
      area: `A1:${lastCol}${MEAN_ROW}`,
    },
  };
}

export const SENTRA_SUMMARY_ROWS = { total: TOTAL_ROW, aggregate: AGG_ROW, mean: MEAN_ROW } as const;
