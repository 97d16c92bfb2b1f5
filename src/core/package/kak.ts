/**
 * Reading a KAK/TOR sheet (DOMAIN.md §5, DESIGN.md §3a): the output–outcome table (rincian,
 * penerima, target output, pendanaan in its unit, outcome) and the indikasi kebutuhan dana dan
 * lokasi table (rincian, amount in its unit, kabupaten/kota, kecamatan, desa, lokus). The unit
 * comes from the column's bracket ("(Rp juta)") and is applied to the amounts, so every amount
 * here is in rupiah; `factor` says how coarse the table's figures are.
 */
import type { Grid } from "../grid/types";
import { isBlank, numberCell, textCell } from "../proposal/cells";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import type { NumberCell, TextCell } from "../proposal/types";
import { rowMarker } from "../proposal/vocabulary";
import { findLabeledRow, KAK_DANA, KAK_OUTPUT, type LabeledRow } from "./labels";

export interface KakAmountRow {
  readonly row: number;
  readonly rincian: TextCell;
  /** Rupiah (the table's unit applied). */
  readonly amount: NumberCell;
  readonly lokasi: readonly TextCell[];
}

export interface KakTable {
  readonly headerRow: number;
  /** Rupiah per unit of the table's figures (1, or 1,000,000 for "Rp juta"). */
  readonly factor: number;
  readonly rows: readonly KakAmountRow[];
  /** The table's Jumlah row amount, when there is one. */
  readonly statedTotal?: NumberCell;
}

export interface KakDocument {
  readonly sheet: string;
  /** Kebutuhan dana dan lokasi (section E of the Bappenas template). */
  readonly dana?: KakTable;
  /** Output–outcome table (section C): its first pendanaan column, the fiscal year's. */
  readonly output?: KakTable;
}

const MAX_BLANK_RUN = 2;

export function readKak(grid: Grid): KakDocument | undefined {
  const view = sheetView(grid);
  const danaHeader = findLabeledRow(view, KAK_DANA, ["rincian", "dana"], 2);
  const outputHeader = findLabeledRow(view, KAK_OUTPUT, ["rincian", "targetOutput"], 3);
  if (!danaHeader && !outputHeader) return undefined;
  const dana = danaHeader && readTable(view, danaHeader, "dana", ["kabKota", "kecamatan", "desa", "lokus"]);
  const output = outputHeader && readTable(view, outputHeader, "pendanaan", []);
  return { sheet: grid.sheet, ...(dana ? { dana } : {}), ...(output ? { output } : {}) };
}

function readTable<K extends string>(
  view: SheetView,
  header: LabeledRow<K | "rincian">,
  amountKey: K,
  lokasiKeys: readonly K[],
): KakTable | undefined {
  const cols = header.columns as Partial<Record<string, number>>;
  const rincianCol = cols.rincian!;
  const amountCol = cols[amountKey];
  if (amountCol === undefined) return undefined;
  const factor = (header.factors as Partial<Record<string, number>>)[amountKey] ?? 1;
  const rows: KakAmountRow[] = [];
  let statedTotal: NumberCell | undefined;
  let blanks = 0;
  for (let row = header.row + 1; row < view.bottom; row++) {
    const label = firstText(view, row, view.left, amountCol);
    const amount = numberCell(view.value(row, amountCol), view.address(row, amountCol), factor);
    if (label !== undefined && rowMarker(label) === "total") {
      if (amount.kind !== "empty") statedTotal = amount;
      break;
    }
    const rincian = textCell(view.value(row, rincianCol), view.address(row, rincianCol));
    if (rincian.kind === "empty" && amount.kind === "empty") {
      if (rows.length > 0 && ++blanks >= MAX_BLANK_RUN && !isTemplateBody(view, row)) break;
      continue;
    }
    blanks = 0;
    const lokasi = lokasiKeys.flatMap((k) => {
      const col = cols[k];
      return col === undefined ? [] : [textCell(view.value(row, col), view.address(row, col))];
    });
    rows.push({ row, rincian, amount, lokasi });
  }
  return { headerRow: header.row, factor, rows, ...(statedTotal ? { statedTotal } : {}) };
}

/** Numbered but otherwise empty rows (a pre-numbered form) do not end a table. */
function isTemplateBody(view: SheetView, row: number): boolean {
  const v = view.value(row, view.left);
  return typeof v === "number";
}

function firstText(view: SheetView, row: number, from: number, to: number): string | undefined {
  for (let col = from; col < to; col++) {
    const v = view.value(row, col);
    if (typeof v === "string" && !isBlank(v)) return v;
  }
  return undefined;
}
