/**
 * Reading a realisasi sheet (DESIGN.md §3a): the pagu (meta label), the funds received per
 * disbursement stage (Tahap I, II, III or a single one) and, per rincian, the pagu, the money
 * spent (realisasi keuangan) and the physical output against its target.
 */
import type { Grid } from "../grid/types";
import { isBlank, numberCell, textCell } from "../proposal/cells";
import { readMeta } from "../proposal/meta";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import type { NumberCell, TextCell } from "../proposal/types";
import { rowMarker } from "../proposal/vocabulary";
import { findLabeledRow, REALISASI_OUTPUT, REALISASI_TAHAP } from "./labels";

export interface StageReceipt {
  /** 0-based stage number (Tahap I = 0), from the label's numeral or the row order. */
  readonly stage: number;
  readonly label: TextCell;
  readonly amount: NumberCell;
}

export interface OutputRow {
  readonly rincian: TextCell;
  readonly pagu: NumberCell;
  readonly keuangan: NumberCell;
  readonly target: NumberCell;
  readonly output: NumberCell;
}

export interface RealisasiDocument {
  readonly sheet: string;
  readonly pagu?: NumberCell;
  readonly stages: readonly StageReceipt[];
  readonly receivedTotal?: NumberCell;
  readonly rows: readonly OutputRow[];
  readonly keuanganTotal?: NumberCell;
}

const ROMAN: Readonly<Record<string, number>> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };
const MAX_BLANK_RUN = 2;
/** "Jumlah Diterima", "Total Realisasi": a table's closing row. */
const TOTAL_START = /^\s*(jumlah|total)\b/i;

export function readRealisasi(grid: Grid): RealisasiDocument | undefined {
  const view = sheetView(grid);
  const tahapHeader = findLabeledRow(view, REALISASI_TAHAP, ["tahap", "diterima"], 2);
  const outputHeader = findLabeledRow(view, REALISASI_OUTPUT, ["rincian", "keuangan"], 2);
  if (!tahapHeader && !outputHeader) return undefined;
  const firstTable = Math.min(tahapHeader?.row ?? view.bottom, outputHeader?.row ?? view.bottom);
  const pagu = readMeta(view, firstTable).pagu;
  const stages: StageReceipt[] = [];
  let receivedTotal: NumberCell | undefined;
  if (tahapHeader) {
    const labelCol = tahapHeader.columns.tahap!;
    const amountCol = tahapHeader.columns.diterima!;
    eachRow(view, tahapHeader.row + 1, amountCol, (row, label, total) => {
      const amount = numberCell(view.value(row, amountCol), view.address(row, amountCol));
      if (total) {
        if (amount.kind !== "empty") receivedTotal = amount;
        return undefined;
      }
      const text = textCell(view.value(row, labelCol), view.address(row, labelCol));
      if (text.kind === "empty" && amount.kind === "empty") return "blank";
      const numeral = /(\b[ivx]{1,3}|\d)\s*$/i.exec(label ?? "")?.[1]?.toLowerCase();
      stages.push({ stage: ROMAN[numeral ?? ""] ?? stages.length, label: text, amount });
      return undefined;
    });
  }
  const rows: OutputRow[] = [];
  let keuanganTotal: NumberCell | undefined;
  if (outputHeader) {
    const c = outputHeader.columns;
    const num = (row: number, col: number | undefined): NumberCell =>
      col === undefined ? { kind: "empty", cell: "" } : numberCell(view.value(row, col), view.address(row, col));
    eachRow(view, outputHeader.row + 1, c.keuangan!, (row, _label, total) => {
      if (total) {
        const t = num(row, c.keuangan);
        if (t.kind !== "empty") keuanganTotal = t;
        return undefined;
      }
      const r: OutputRow = {
        rincian: textCell(view.value(row, c.rincian!), view.address(row, c.rincian!)),
        pagu: num(row, c.pagu),
        keuangan: num(row, c.keuangan),
        target: num(row, c.target),
        output: num(row, c.output),
      };
      if (r.rincian.kind === "empty" && r.pagu.kind === "empty" && r.keuangan.kind === "empty") return "blank";
      rows.push(r);
      return undefined;
    });
  }
  return {
    sheet: grid.sheet,
    ...(pagu ? { pagu: pagu as NumberCell } : {}),
    stages,
    ...(receivedTotal ? { receivedTotal } : {}),
    rows,
    ...(keuanganTotal ? { keuanganTotal } : {}),
  };
}

/** Rows under a header until its Jumlah row (given to `visit` as total) or a run of blank rows. */
function eachRow(
  view: SheetView,
  from: number,
  amountCol: number,
  visit: (row: number, label: string | undefined, total: boolean) => "blank" | void,
): void {
  let blanks = 0;
  let seen = 0;
  for (let row = from; row < view.bottom; row++) {
    const label = firstText(view, row, view.left, amountCol);
    if (label !== undefined && (rowMarker(label) === "total" || TOTAL_START.test(label))) {
      visit(row, label, true);
      return;
    }
    if (visit(row, label, false) === "blank") {
      if (seen > 0 && ++blanks >= MAX_BLANK_RUN) return;
      continue;
    }
    seen++;
    blanks = 0;
  }
}

function firstText(view: SheetView, row: number, from: number, to: number): string | undefined {
  for (let col = from; col < to; col++) {
    const v = view.value(row, col);
    if (typeof v === "string" && !isBlank(v)) return v;
  }
  return undefined;
}
