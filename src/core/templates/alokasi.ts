/**
 * `alokasi`: Tabel Alokasi DAK Fisik Bidang IKM, the table `dak validate --alokasi` reads (one
 * pagu per kab/kota, as the Kemenkeu allocation is published). Headers are the reader's own words
 * (src/data/reading/allocation-columns.json), the total row adds the pagu up.
 */
import type { TemplateContext } from "./context";
import { blank, formula, headerRow, num, text } from "./cells";
import { FORMATS } from "./styles";
import type { CellSpec, SheetSpec } from "./types";

export const ALOKASI_ROWS = { header: 5, first: 6, last: 155 } as const;
const TOTAL_ROW = ALOKASI_ROWS.last + 1;

export function buildAlokasi(ctx: TemplateContext): SheetSpec {
  const { header, first, last } = ALOKASI_ROWS;
  const cells: CellSpec[] = [
    text("A1", "TABEL ALOKASI DAK FISIK BIDANG IKM", "title"),
    text("A2", "Tahun Anggaran", "label"),
    num("C2", ctx.ta, FORMATS.year, "inputNumber"),
    text(
      "A3",
      "Satu baris per kabupaten/kota; nama ditulis lengkap (Kab. … / Kota …). Pagu dalam rupiah penuh.",
      "note",
    ),
    ...headerRow(header, "A", ["No", "Provinsi", "Kabupaten/Kota", "Pagu Alokasi (Rp)"]),
  ];
  for (let r = first; r <= last; r++) {
    cells.push(
      blank(`A${r}`, "input"),
      blank(`B${r}`, "input"),
      blank(`C${r}`, "input"),
      blank(`D${r}`, "inputNumber", FORMATS.rupiah),
    );
  }
  if (ctx.provinsi) cells.push(text(`B${first}`, ctx.provinsi, "input"));
  if (ctx.kabKota) cells.push(text(`C${first}`, ctx.kabKota, "input"));
  cells.push(
    text(`A${TOTAL_ROW}`, "Jumlah", "total"),
    formula(`D${TOTAL_ROW}`, `SUM(D${first}:D${last})`, FORMATS.rupiah, "total"),
  );
  const byRef = new Map(cells.map((c) => [c.ref, c]));
  return {
    id: "alokasi",
    sheetName: "Alokasi",
    columns: [
      { col: "A", width: 6 },
      { col: "B", width: 26 },
      { col: "C", width: 30 },
      { col: "D", width: 22 },
    ],
    cells: [...byRef.values()],
    merges: ["A1:D1", "A2:B2", "A3:D3", `A${TOTAL_ROW}:C${TOTAL_ROW}`],
    freeze: { rows: header, cols: 0 },
    validations: [],
    names: [],
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: { first: header, last: header },
      area: `A1:D${TOTAL_ROW}`,
    },
  };
}
