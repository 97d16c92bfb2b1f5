/**
 * The sentra workbook the HyperFormula tests compute (and the README's worked example is printed
 * from): five sentra with before/after unit counts, eligibility, market level and size class, a
 * six-indicator before/after table for one sentra with its spilled DAK.INDIKATOR_SENTRA, and a
 * damaged copy of that table (an error cell, an empty cell, a unit change).
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import { FORMALITY_CHECKLIST } from "../../src/core/indicators/formality";

export interface SentraRow {
  readonly name: string;
  readonly before: number;
  /** null: the "after" figure has not come in yet. */
  readonly after: number | null;
  readonly sk: string | null;
  readonly pengelola: string | null;
  readonly market: string;
  readonly workers: number;
  readonly investment: number;
}

export const SENTRA_ROWS: readonly SentraRow[] = [
  {
    name: "Tenun Ikat Sikka",
    before: 12,
    after: 21,
    sk: "188.45/HK/2019",
    pengelola: "Koperasi Ina Ndao",
    market: "nasional",
    workers: 9,
    investment: 350_000_000,
  },
  {
    name: "Gerabah Kasongan",
    before: 40,
    after: 52,
    sk: "050/112/2018",
    pengelola: "Paguyuban Gerabah",
    market: "ekspor",
    workers: 25,
    investment: 2_500_000_000,
  },
  {
    name: "Batik Trusmi",
    before: 25,
    after: 30,
    sk: "061/Kep.45/2017",
    pengelola: "ya",
    market: "Provinsi",
    workers: 15,
    investment: 1_200_000_000,
  },
  {
    name: "Kopi Gayo",
    before: 3,
    after: 4,
    sk: null,
    pengelola: "Kelompok Tani Gayo",
    market: "kab/kota",
    workers: 6,
    investment: 150_000_000,
  },
  {
    name: "Rotan Trangsan",
    before: 30,
    after: null,
    sk: "530/27/2016",
    pengelola: "tidak ada",
    market: "antar provinsi",
    workers: 120,
    investment: 16_000_000_000,
  },
];

export const SENTRA_HEADERS = [
  "Nama sentra",
  "Unit awal",
  "Unit akhir",
  "Pertumbuhan",
  "Nomor SK",
  "Pengelola",
  "Kelayakan",
  "Pasar",
  "Level pasar",
  "Tenaga kerja",
  "Investasi (Rp)",
  "Kelas IKM",
];

/** Row (1-based, as in the sheet) of the summary formulas under the five sentra. */
export const SUMMARY = { aggregate: 8, mean: 9, mismatch: 10, fromZero: 11, errorIn: 12 } as const;

export const CHECKLIST_AWAL: RawCellContent[] = [true, false, "ya", false, null, false];
export const CHECKLIST_AKHIR: RawCellContent[] = [true, true, true, "ya", false, true];

export const INDICATOR_INPUT: RawCellContent[][] = [
  ["Indikator", "Awal", "Akhir", "Satuan awal", "Satuan akhir"],
  ["Jumlah unit IKM", 40, 52, null, null],
  ["Jenis produk", 11, 20, null, null],
  ["Kelembagaan", "=DAK.SKOR_KELEMBAGAAN(Checklist!B2:B7)", "=DAK.SKOR_KELEMBAGAAN(Checklist!C2:C7)", null, null],
  ["Jangkauan pasar", "provinsi", "ekspor", null, null],
  ["Tenaga kerja", 120, 210, null, null],
  ["Kapasitas produksi", 3000, 4500, "buah/bulan", "buah/bulan"],
];

export function sentraSheets(): Record<string, RawCellContent[][]> {
  const rows: RawCellContent[][] = [SENTRA_HEADERS];
  SENTRA_ROWS.forEach((s, i) => {
    const r = i + 2;
    rows.push([
      s.name,
      s.before,
      s.after,
      `=DAK.PERTUMBUHAN(B${r},C${r})`,
      s.sk,
      s.pengelola,
      `=DAK.SENTRA_LAYAK(C${r},E${r},F${r})`,
      s.market,
      `=DAK.LEVEL_PASAR(H${r})`,
      s.workers,
      s.investment,
      `=DAK.KLASIFIKASI_IKM(J${r},K${r})`,
    ]);
  });
  rows.push([]);
  rows.push(["Pertumbuhan agregat", null, null, "=DAK.PERTUMBUHAN_AGREGAT(B2:B6,C2:C6)"]);
  rows.push(["Rata-rata pertumbuhan", null, null, "=DAK.PERTUMBUHAN_RATA(B2:B6,C2:C6)"]);
  rows.push(["Rentang tidak sama", null, null, "=DAK.PERTUMBUHAN_AGREGAT(B2:B6,C2:C5)"]);
  rows.push(["Dari nol", 0, 6, "=DAK.PERTUMBUHAN(B11,C11)"]);
  rows.push(["Sel galat", "=NA()", 6, "=DAK.PERTUMBUHAN(B12,C12)", "=DAK.PERTUMBUHAN_AGREGAT(B2:B12,C2:C12)"]);

  const indicator = INDICATOR_INPUT.map((r) => [...r]);
  indicator[0].push(null, "=DAK.INDIKATOR_SENTRA(A1:E7)");
  indicator[1].push(
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "Rata-rata pertumbuhan indikator",
    "=SUM(K2:K7)/COUNT(K2:K7)",
  );
  indicator[2].push(null, null, null, null, null, null, null, "Jumlah perubahan unit + produk", "=SUM(J2:J3)");

  const damaged = INDICATOR_INPUT.map((r) => [...r]);
  damaged[2][1] = "=1/0"; // produk: an error cell
  damaged[5][2] = null; // tenaga kerja: not filled in yet
  damaged[6][4] = "kg/hari"; // kapasitas: the unit changed
  damaged[0].push(null, "=DAK.INDIKATOR_SENTRA(A1:E7)");
  damaged[1].push(null, null, null, null, null, null, null, "=SUM(K2:K7)", "=SUM(K2:K2)");

  const checklist: RawCellContent[][] = [["Butir", "Awal", "Akhir"]];
  FORMALITY_CHECKLIST.forEach((item, i) => checklist.push([item, CHECKLIST_AWAL[i], CHECKLIST_AKHIR[i]]));

  return { Sentra: rows, Indikator: indicator, Rusak: damaged, Checklist: checklist };
}

/** A cell shown as in the README: growth as a percentage, errors with their message. */
function show(v: unknown, percent: boolean): string {
  if (typeof v === "number") {
    const text = percent ? `${(v * 100).toFixed(1)}%` : String(Math.round(v * 1000) / 1000);
    return text.replace(".", ",");
  }
  if (typeof v === "object" && v !== null && "value" in v) {
    const e = v as { value: unknown; message?: string };
    return e.message ? `${String(e.value)} "${e.message}"` : String(e.value);
  }
  return v === null || v === undefined ? "" : String(v);
}

/** The README's worked example, read from the computed workbook. */
export function exampleMarkdown(hf: HyperFormula): string {
  const sentra = hf.getSheetId("Sentra") as number;
  const at = (sheet: number, row: number, col: number) => hf.getCellValue({ sheet, col, row });
  const formula = (row: number, col: number) => `\`${hf.getCellFormula({ sheet: sentra, col, row }) ?? ""}\``;
  const lines = [
    "| Baris | A: sentra | B: unit awal | C: unit akhir | D: rumus | D: hasil | G: `=DAK.SENTRA_LAYAK(C#,E#,F#)` |",
    "|---|---|---|---|---|---|---|",
  ];
  for (let r = 1; r <= SENTRA_ROWS.length; r++) {
    const abc = [0, 1, 2].map((c) => show(at(sentra, r, c), false));
    lines.push(
      `| ${r + 1} | ${abc.join(" | ")} | ${formula(r, 3)} | ${show(at(sentra, r, 3), true)} | ${show(at(sentra, r, 6), false)} |`,
    );
  }
  for (const r of [SUMMARY.aggregate, SUMMARY.mean]) {
    lines.push(
      `| ${r} | ${show(at(sentra, r - 1, 0), false)} | | | ${formula(r - 1, 3)} | ${show(at(sentra, r - 1, 3), true)} | |`,
    );
  }
  const ind = hf.getSheetId("Indikator") as number;
  lines.push("", "`=DAK.INDIKATOR_SENTRA(A1:E7)` in G1 of the indicator sheet spills G1:K7:", "");
  for (let r = 0; r < INDICATOR_INPUT.length; r++) {
    const cells = [0, 1, 2, 3, 4].map((c) => show(at(ind, r, 6 + c), r > 0 && c === 4));
    lines.push(`| ${cells.join(" | ")} |`);
    if (r === 0) lines.push("|---|---|---|---|---|");
  }
  lines.push("", `\`=SUM(K2:K7)/COUNT(K2:K7)\` (mean growth of the six indicators) = ${show(at(ind, 1, 13), true)}`);
  return lines.join("\n");
}
