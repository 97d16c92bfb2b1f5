/**
 * `realisasi`: Realisasi & Penyaluran. Dana diterima per tahap, serapan against what was
 * received and against the pagu, output per rincian weighted by its pagu, and the stage that
 * may be requested next (DAK.TAHAP_SALUR with the scheme of the year's ruleset: DOMAIN.md §3). The
 * contract value is asked for beside the pagu: from TA 2024 a pagu paid in one go is paid as the
 * value in the list of contracts (PMK 25/2024 Ps 46), which the function cannot know otherwise.
 */
import { allRincian, type TemplateContext } from "./context";
import { blank, formula, headerRow, num, text, verticalList, type SheetDraft } from "./cells";
import { FORMATS } from "./styles";
import type { SheetSpec } from "./types";

export const REALISASI_ROWS = {
  pagu: 5,
  nilaiKontrak: 6,
  tahapHeader: 8,
  tahapFirst: 9,
  tahapTotal: 12,
  outputHeader: 15,
  outputFirst: 16,
  outputLast: 27,
  outputTotal: 28,
  summaryFirst: 31,
} as const;

const R = REALISASI_ROWS;
const OUT = (col: string) => `${col}${R.outputFirst}:${col}${R.outputLast}`;

export function buildRealisasi(ctx: TemplateContext): SheetSpec {
  const draft: SheetDraft = { cells: [], merges: [] };
  addTitleAndMeta(draft, ctx);
  addTahapTable(draft);
  addOutputTable(draft);
  const last = addSummary(draft);
  const rincianList = addRincianList(draft, last + 3, ctx);
  return realisasiSheetSpec(draft, rincianList, last);
}

/** Title and the meta block: TA, kabupaten/kota (from settings), the pagu and the contract value to fill in. */
function addTitleAndMeta({ cells, merges }: SheetDraft, ctx: TemplateContext): void {
  cells.push(text("A1", "REALISASI DAN PENYALURAN DAK FISIK BIDANG IKM", "title"));
  merges.push("A1:H1");
  cells.push(
    text("A3", "Tahun Anggaran", "label"),
    num("C3", ctx.ta, FORMATS.year, "inputNumber"),
    text("A4", "Kabupaten/Kota", "label"),
    ctx.kabKota ? text("C4", ctx.kabKota, "input") : blank("C4", "input"),
    text("A5", "Pagu (Rp)", "label"),
    blank(`C${R.pagu}`, "inputNumber", FORMATS.rupiah),
    text(`A${R.nilaiKontrak}`, "Nilai Kontrak (Rp)", "label"),
    blank(`C${R.nilaiKontrak}`, "inputNumber", FORMATS.rupiah),
    text(`D${R.nilaiKontrak}`, "untuk penyaluran sekaligus mulai TA 2024 (nilai dalam daftar kontrak)", "note"),
  );
  merges.push("A3:B3", "A4:B4", "A5:B5", `A${R.nilaiKontrak}:B${R.nilaiKontrak}`, "C4:D4");
}

/** Dana diterima per tahap (I 25%, II 45%, III the rest) and their sum. */
function addTahapTable({ cells, merges }: SheetDraft): void {
  cells.push(text(`A${R.tahapHeader - 1}`, "Dana Diterima per Tahap", "section"));
  cells.push(...headerRow(R.tahapHeader, "A", ["Tahap", "Porsi", "Dana Diterima (Rp)", "Tanggal Diterima"]));
  const stages: Array<[string, string]> = [
    ["Tahap I", "25%"],
    ["Tahap II", "45%"],
    ["Tahap III", "sisa"],
  ];
  stages.forEach(([label, share], i) => {
    const row = R.tahapFirst + i;
    cells.push(
      text(`A${row}`, label, "label"),
      text(`B${row}`, share, "note"),
      blank(`C${row}`, "inputNumber", FORMATS.rupiah),
      blank(`D${row}`, "input", "dd/mm/yyyy"),
    );
  });
  cells.push(
    text(`A${R.tahapTotal}`, "Jumlah Diterima", "total"),
    formula(`C${R.tahapTotal}`, `SUM(C${R.tahapFirst}:C${R.tahapTotal - 1})`, FORMATS.rupiah, "total"),
  );
  merges.push(`A${R.tahapTotal}:B${R.tahapTotal}`);
}

/** Realisasi per rincian: serapan and capaian output per row, and the totals row. */
function addOutputTable({ cells }: SheetDraft): void {
  cells.push(text(`A${R.outputHeader - 1}`, "Realisasi per Rincian", "section"));
  cells.push(
    ...headerRow(R.outputHeader, "A", [
      "Rincian",
      "Pagu Rincian (Rp)",
      "Realisasi Keuangan (Rp)",
      "Serapan",
      "Target Output",
      "Realisasi Output",
      "Satuan",
      "Capaian Output",
    ]),
  );
  for (let r = R.outputFirst; r <= R.outputLast; r++) {
    cells.push(
      blank(`A${r}`, "input"),
      blank(`B${r}`, "inputNumber", FORMATS.rupiah),
      blank(`C${r}`, "inputNumber", FORMATS.rupiah),
      formula(`D${r}`, `IF(N(B${r})=0,"",C${r}/B${r})`, FORMATS.percent, "computed"),
      blank(`E${r}`, "inputNumber"),
      blank(`F${r}`, "inputNumber"),
      blank(`G${r}`, "input"),
      formula(`H${r}`, `IF(N(E${r})=0,"",MIN(F${r}/E${r},1))`, FORMATS.percent, "computed"),
    );
  }
  cells.push(
    text(`A${R.outputTotal}`, "Jumlah", "total"),
    formula(`B${R.outputTotal}`, `SUM(${OUT("B")})`, FORMATS.rupiah, "total"),
    formula(`C${R.outputTotal}`, `SUM(${OUT("C")})`, FORMATS.rupiah, "total"),
    formula(
      `D${R.outputTotal}`,
      `IF(N(B${R.outputTotal})=0,"",C${R.outputTotal}/B${R.outputTotal})`,
      FORMATS.percent,
      "total",
    ),
    // Output of the whole DAK: each rincian's capaian weighted by its pagu.
    formula(
      `H${R.outputTotal}`,
      `IF(N(B${R.outputTotal})=0,"",SUMPRODUCT(${OUT("H")},${OUT("B")})/B${R.outputTotal})`,
      FORMATS.percent,
      "total",
    ),
  );
}

/** Ringkasan: serapan, capaian and the stage that may be requested next; returns its last row. */
function addSummary({ cells, merges }: SheetDraft): number {
  const summary: Array<[string, string, string | undefined]> = [
    ["Serapan (Rp)", `C${R.outputTotal}`, FORMATS.rupiah],
    ["Serapan terhadap Dana Diterima", `IF(N(Dana_Diterima)=0,"",Serapan/Dana_Diterima)`, FORMATS.percent],
    ["Serapan terhadap Pagu", `IF(N(Pagu)=0,"",Serapan/Pagu)`, FORMATS.percent],
    ["Capaian Output", `H${R.outputTotal}`, FORMATS.percent],
    ["Sisa Dana Diterima Belum Diserap (Rp)", `Dana_Diterima-Serapan`, FORMATS.rupiah],
    [
      "Tahap yang Dapat Diajukan",
      `DAK.TAHAP_SALUR(Pagu,Dana_Diterima,Serapan,Capaian_Output,Nilai_Kontrak)`,
      undefined,
    ],
  ];
  cells.push(text(`A${R.summaryFirst - 1}`, "Ringkasan", "section"));
  summary.forEach(([label, expr, fmt], i) => {
    const row = R.summaryFirst + i;
    cells.push(text(`A${row}`, label, "label"), formula(`D${row}`, expr, fmt, "computed"));
    merges.push(`A${row}:C${row}`, `D${row}:${i === summary.length - 1 ? "H" : "E"}${row}`);
  });
  return R.summaryFirst + summary.length - 1;
}

/** The rincian list (the dropdown's source) at `listRow`; returns its range. */
function addRincianList({ cells }: SheetDraft, listRow: number, ctx: TemplateContext): string {
  const rincian = verticalList("A", listRow + 1, allRincian(ctx.lists), "listItem");
  cells.push(text(`A${listRow}`, `Daftar rincian (aturan TA ${ctx.ta}); jangan dihapus`, "note"), ...rincian.cells);
  return rincian.range;
}

/** The sheet spec: column widths, the names the summary formulas use and print setup down to `last`. */
function realisasiSheetSpec(draft: SheetDraft, rincianList: string, last: number): SheetSpec {
  return {
    id: "realisasi",
    sheetName: "Realisasi",
    columns: [
      { col: "A", width: 34 },
      { col: "B", width: 18 },
      { col: "C", width: 20 },
      { col: "D", width: 16 },
      { col: "E", width: 14 },
      { col: "F", width: 14 },
      { col: "G", width: 10 },
      { col: "H", width: 16 },
    ],
    cells: draft.cells,
    merges: draft.merges,
    freeze: { rows: R.nilaiKontrak, cols: 0 },
    validations: [{ range: OUT("A"), source: rincianList, errorMessage: "Pilih rincian dari daftar." }],
    names: [
      { name: "Pagu", ref: `$C$${R.pagu}` },
      { name: "Nilai_Kontrak", ref: `$C$${R.nilaiKontrak}` },
      { name: "Dana_Diterima", ref: `$C$${R.tahapTotal}` },
      { name: "Serapan", ref: `$D$${R.summaryFirst}` },
      { name: "Capaian_Output", ref: `$D$${R.summaryFirst + 3}` },
    ],
    // Three tables share the sheet: the frozen title and meta rows repeat on every printed page.
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: R.nilaiKontrak },
      area: `A1:H${last}`,
    },
  };
}
