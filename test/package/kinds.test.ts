/**
 * Sheet kinds as data (DESIGN.md §3a): the five templates blank and filled, the shared sample
 * RKs, the same sheets renamed "Sheet1", our findings sheet, and sheets that only look similar.
 */
import type { Grid } from "../../src/core/grid/types";
import { detectSheetKind, type SheetKind } from "../../src/core/package/kinds";
import { gridOf, sheet } from "../helpers/grid-builder";
import { FILLS, PACKAGE_TEMPLATES, spec } from "../helpers/package-fills";
import { rkDatar, rkDenganMasalah, rkKrisnaBertingkat } from "../helpers/proposal-samples";
import { specGrid } from "../helpers/template-grid";

const renamed = (g: Grid, name = "Sheet1"): Grid => ({ ...g, sheet: name });

const findingsSheet = gridOf("Hasil Validasi", [
  ["Tingkat", "Kode", "Sheet", "Sel", "Pesan", "Dasar"],
  ["Kesalahan", "PAGU_EXCEEDED", "Rencana Kegiatan", "C7", "Total usulan melebihi pagu.", "Perpres 7/2022 Pasal 8"],
  ["Peringatan", "NUMBER_AS_TEXT", "RAB", "F12", "Harga satuan ditulis sebagai teks.", ""],
]);
/** The pane's export since the glossary (lembar, not sheet), under a name the user gave it. */
const findingsSheetLembar = gridOf("Temuan RK", [
  ["Tingkat", "Kode", "Lembar", "Sel", "Pesan", "Dasar"],
  ["Kesalahan", "PAGU_EXCEEDED", "Rencana Kegiatan", "C7", "Total usulan melebihi pagu.", "Perpres 7/2022 Pasal 8"],
]);
const findingsSheetEn = gridOf("Validation", [
  ["Severity", "Code", "Sheet", "Cell", "Message", "Basis"],
  ["Error", "TOTAL_MISMATCH", "Rencana Kegiatan", "H64", "Stated total differs.", ""],
]);

const priceList = sheet("Daftar Harga")
  .cell("A1", "DAFTAR HARGA SATUAN BARANG DAN JASA 2020")
  .at("A3", [
    ["No", "Uraian", "Spesifikasi", "Satuan", "Harga Satuan (Rp)", "Keterangan"],
    [1, "Mesin jahit high speed", "Juki DDL-8100", "unit", 4_750_000, "SSH 2020"],
    [2, "Semen portland", "50 kg", "zak", 68_000, "SSH 2020"],
    [3, "Besi beton polos", "D10", "batang", 72_500, ""],
  ])
  .build();
const contacts = gridOf("Kontak", [
  ["Nama", "Jabatan", "Instansi", "No. Telepon", "Email"],
  ["Budi Santoso", "Kepala Bidang IKM", "Disperindag Kab. Cirebon", "0812-0000-0000", "budi@example.go.id"],
  ["Siti Aminah", "Pengelola Sentra", "Sentra IKM Rotan Tegalwangi", "0813-0000-0000", ""],
]);
const notes = gridOf("Catatan", [["Catatan rapat koordinasi 12 Agustus"], ["Usulan revisi RK dibahas minggu depan."]]);
const empty: Grid = { sheet: "Sheet2", origin: { row: 0, col: 0 }, values: [] };
const rabByHeadings = gridOf("Sheet3", [
  ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
  ["A", "Mesin dan Peralatan", null, null, null, null],
  [1, "Mesin jahit", 10, "unit", 4_500_000, 45_000_000],
  [null, "Jumlah", null, null, null, 45_000_000],
  [null, "PPN 11%", null, null, null, 4_950_000],
  [null, "Total", null, null, null, 49_950_000],
]);
const sentraTableOneRow = gridOf("Lembar5", [
  ["No", "Nama Sentra", "Unit IKM (Sebelum)", "Unit IKM (Sesudah)", "Tenaga Kerja (Awal)", "Tenaga Kerja (Akhir)"],
  [1, "Sentra Rotan", 112, 126, 410, 465],
]);

const templates: Array<[string, Grid, SheetKind]> = PACKAGE_TEMPLATES.flatMap((id) => [
  [`${id} template, blank`, specGrid(spec(id)), id],
  [`${id} template, filled`, specGrid(spec(id), FILLS[id]()), id],
  [`${id} template, filled, renamed Sheet1`, renamed(specGrid(spec(id), FILLS[id]())), id],
  [`${id} template, blank, renamed Sheet1`, renamed(specGrid(spec(id))), id],
]);

const cases: Array<[string, Grid, SheetKind]> = [
  ...templates,
  ["sample rk-datar", rkDatar(), "rk"],
  ["sample rk-dengan-masalah", rkDenganMasalah(), "rk"],
  ["sample rk-krisna-bertingkat", rkKrisnaBertingkat().grid, "rk"],
  ["sample rk-datar renamed Sheet1", renamed(rkDatar()), "rk"],
  ["sample rk-krisna renamed RAB (a name never decides)", renamed(rkKrisnaBertingkat().grid, "RAB"), "rk"],
  ["an RAB with rincian heading rows and Jumlah/PPN/Total rows, no title", rabByHeadings, "rab"],
  ["a sentra table with one header row", sentraTableOneRow, "sentra"],
  ["our findings sheet", findingsSheet, "hasil"],
  ["our findings sheet in English, another name", findingsSheetEn, "hasil"],
  ["our findings sheet with the glossary's 'Lembar' header, renamed", findingsSheetLembar, "hasil"],
  ["a price list (uraian, satuan, harga: no menu, rincian or volume)", priceList, "other"],
  ["a contact list", contacts, "other"],
  ["notes", notes, "other"],
  ["an empty sheet", empty, "other"],
  [
    "the alokasi template (an allocation table is not part of a kab/kota's package)",
    specGrid(spec("alokasi")),
    "other",
  ],
  ["an empty sheet named RAB", renamed(empty, "RAB"), "other"],
];

it.each(cases.map(([name, grid, kind]) => [name, kind, grid] as const))("%s: %s", (_, kind, grid) => {
  expect(detectSheetKind(grid)).toBe(kind);
});
