/**
 * Reads the sentra rows of a "Data Sentra & Indikator" sheet laid out as the `sentra` template
 * (src/core/templates/sentra.ts): a group header row naming the six indicators, under each a
 * "Sebelum"/"Sesudah" (or "Awal"/"Akhir") pair, one row per sentra, then the summary rows. Found
 * by content, not position, so an official's extra rows and columns do not matter.
 *
 * Stop-gap: the package engineer's sheet-kind detection and sentra reader (issue 12) will be the
 * one reader of sentra sheets; `readSentraSheet` is the single place to swap for it.
 */
import type { CellValue, Grid } from "../grid/types";
import { isCellError } from "../grid/types";
import { findIndicator } from "../indicators/definitions";
import { readMeta } from "../proposal/meta";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import { compactKey, labelKeys } from "../proposal/text-key";
import { rowMarker } from "../proposal/vocabulary";
import type { IndicatorCells, IndicatorId, SentraInput } from "./types";

const BEFORE = new Set(["sebelum", "awal", "kondisiawal", "before", "tahunawal"]);
const AFTER = new Set(["sesudah", "akhir", "setelah", "kondisiakhir", "after", "tahunakhir"]);
const NAME = new Set(["namasentra", "sentra", "namasentraikm", "sentraikm"]);
const KAB_KOTA = new Set(["kabupatenkota", "kabkota", "kabupaten", "kota"]);
/** Rows after the sentra: the template's "Pertumbuhan agregat …" and "Rata-rata pertumbuhan …". */
const SUMMARY_PREFIXES = ["pertumbuhan", "ratarata", "rerata"];
const HEADER_SEARCH_ROWS = 40;

interface Layout {
  readonly groupRow: number;
  readonly subRow: number;
  readonly nameCol?: number;
  readonly kabKotaCol?: number;
  readonly columns: ReadonlyMap<IndicatorId, { before: number; after: number }>;
}

/** The sentra of one sheet, or undefined when the sheet is not laid out as a sentra table. */
export function readSentraSheet(
  grid: Grid,
  file: string,
  fallback: { provinsi?: string; kabKota?: string } = {},
): SentraInput[] | undefined {
  const view = sheetView(grid);
  const layout = findLayout(view);
  if (!layout) return undefined;
  const meta = readMeta(view, layout.groupRow);
  const provinsi = metaText(meta.provinsi) ?? fallback.provinsi ?? "";
  const sheetKabKota = metaText(meta.kabKota) ?? fallback.kabKota ?? "";
  const out: SentraInput[] = [];
  for (let row = layout.subRow + 1; row < view.bottom; row++) {
    const first = firstText(view, row);
    if (first && (rowMarker(first) === "total" || SUMMARY_PREFIXES.some((p) => compactKey(first).startsWith(p)))) break;
    const indicators: Partial<Record<IndicatorId, IndicatorCells>> = {};
    let any = false;
    for (const [id, c] of layout.columns) {
      const before = view.value(row, c.before);
      const after = view.value(row, c.after);
      if (!blank(before) || !blank(after)) any = true;
      indicators[id] = {
        before: blank(before) ? null : before,
        after: blank(after) ? null : after,
        cell: view.address(row, c.before),
      };
    }
    const name = layout.nameCol === undefined ? "" : text(view.value(row, layout.nameCol));
    if (!any && !name) continue;
    const kabKota = (layout.kabKotaCol === undefined ? "" : text(view.value(row, layout.kabKotaCol))) || sheetKabKota;
    out.push({ file, sheet: view.sheet, row: row + 1, name, kabKota, provinsi, indicators });
  }
  return out;
}

function findLayout(view: SheetView): Layout | undefined {
  const last = Math.min(view.bottom - 1, view.top + HEADER_SEARCH_ROWS);
  for (let row = view.top; row < last; row++) {
    const groups: { id: IndicatorId; col: number }[] = [];
    let nameCol: number | undefined;
    let kabKotaCol: number | undefined;
    for (let col = view.left; col < view.right; col++) {
      const v = view.value(row, col);
      if (typeof v !== "string" || v.length > 60) continue;
      const key = labelKeys(v).name;
      if (NAME.has(key)) nameCol ??= col;
      else if (KAB_KOTA.has(key)) kabKotaCol ??= col;
      const indicator = findIndicator(v.replace(/[([{][^)\]}]*[)\]}]/g, " "));
      if (indicator && !groups.some((g) => g.id === indicator.id)) groups.push({ id: indicator.id, col });
    }
    if (groups.length < 3) continue;
    const columns = new Map<IndicatorId, { before: number; after: number }>();
    groups.forEach((g, i) => {
      const end = i + 1 < groups.length ? groups[i + 1].col : view.right;
      let before: number | undefined;
      let after: number | undefined;
      for (let col = g.col; col < end; col++) {
        const key = compactKey(text(view.value(row + 1, col)));
        if (BEFORE.has(key)) before ??= col;
        else if (AFTER.has(key)) after ??= col;
      }
      if (before !== undefined && after !== undefined) columns.set(g.id, { before, after });
    });
    if (columns.size >= 3) return { groupRow: row, subRow: row + 1, nameCol, kabKotaCol, columns };
  }
  return undefined;
}

function firstText(view: SheetView, row: number): string | undefined {
  for (let col = view.left; col < Math.min(view.right, view.left + 4); col++) {
    const v = view.value(row, col);
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  return undefined;
}

function metaText(c: { kind: string; value?: string } | undefined): string | undefined {
  return c && c.kind === "text" && c.value ? c.value : undefined;
}

function blank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function text(v: CellValue): string {
  if (v === null || isCellError(v)) return "";
  return String(v).replace(/\s+/g, " ").trim();
}
