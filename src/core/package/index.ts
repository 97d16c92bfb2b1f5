/**
 * The workbook as a proposal package (DESIGN.md §3a): each sheet's kind, and the readers of the
 * documents beside the RK (RAB, KAK/TOR, sentra data, realisasi). How to call them: README.md
 * in this folder and the project README's "Paket usulan".
 */
export { detectSheetKind, weighSheet, SHEET_KINDS, type KnownKind, type SheetKind, type SheetKindInfo } from "./kinds";
export { readSentraSheet, sentraUnits } from "./sentra";
export type { IndicatorCells, IndicatorId, SentraRow, SentraSheet } from "./sentra";
export { readRab, type RabBlock, type RabDocument, type RabItem } from "./rab";
export { readKak, type KakAmountRow, type KakDocument, type KakTable } from "./kak";
export { readRealisasi, type OutputRow, type RealisasiDocument, type StageReceipt } from "./realisasi";
export type { PackageDocuments } from "./documents";
export { packageTotals, type PackageTotals } from "./amounts";
