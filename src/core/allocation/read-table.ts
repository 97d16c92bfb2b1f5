/**
 * Grids -> AllocationTable. The table is found by its header row (a kab/kota column and a pagu
 * column, provinsi optional; synonyms in src/data/reading/allocation-columns.json), in any sheet
 * and at any position. Rows below it run to the end of the sheet: empty rows are skipped, a
 * "Provinsi X" row in the kab/kota column starts a provinsi, a "Jumlah"/"Total" row is skipped,
 * an empty provinsi cell carries the one above (tables group kab/kota under a merged cell).
 */
import allocationColumns from "../../data/reading/allocation-columns.json";
import type { CellValue, Grid } from "../grid/types";
import { isCellError } from "../grid/types";
import { parseRupiah } from "../money/parse";
import { readMeta } from "../proposal/meta";
import { sheetView, type SheetView } from "../proposal/sheet-view";
import { labelKeys } from "../proposal/text-key";
import { rowMarker } from "../proposal/vocabulary";
import unitsData from "../../data/reading/units.json";
import { isProvinsiHeading, provinsiKey, regionKey } from "./names";
import type { AllocationEntry, AllocationProblem, AllocationTable } from "./types";

type Column = "provinsi" | "kabKota" | "pagu";

const HEADERS = new Map<string, Column>();
for (const column of ["provinsi", "kabKota", "pagu"] as const) {
  for (const label of allocationColumns[column]) HEADERS.set(labelKeys(label).name, column);
}
const UNITS = new Map<string, number>();
for (const [word, factor] of Object.entries(unitsData)) {
  if (typeof factor === "number") UNITS.set(labelKeys(word).name, factor);
}

/** Rows searched for the header, from the top of each sheet. */
const HEADER_SEARCH_ROWS = 50;

interface Header {
  readonly row: number;
  readonly columns: Readonly<Partial<Record<Column, number>>>;
  readonly factor: number;
}

export function readAllocationTable(grids: readonly Grid[]): AllocationTable {
  for (const grid of grids) {
    const view = sheetView(grid);
    const header = findHeader(view);
    if (!header) continue;
    const ta = readMeta(view, header.row).ta;
    const table = readRows(view, header);
    return { ...table, ta: ta?.kind === "number" ? ta.value : undefined };
  }
  return {
    entries: [],
    problems: [{ code: "TABLE_NOT_FOUND", sheet: "", cell: "", text: grids.map((g) => g.sheet).join(", ") }],
  };
}

function findHeader(view: SheetView): Header | undefined {
  const last = Math.min(view.bottom, view.top + HEADER_SEARCH_ROWS);
  for (let row = view.top; row < last; row++) {
    const columns: Partial<Record<Column, number>> = {};
    let factor = 1;
    for (let col = view.left; col < view.right; col++) {
      const v = view.value(row, col);
      if (typeof v !== "string" || v.length > 60) continue;
      const keys = labelKeys(v);
      const column = HEADERS.get(keys.name);
      if (!column || columns[column] !== undefined) continue;
      columns[column] = col;
      if (column === "pagu") factor = keys.brackets.reduce((f, b) => UNITS.get(b) ?? f, 1);
    }
    if (columns.kabKota !== undefined && columns.pagu !== undefined) return { row, columns, factor };
  }
  return undefined;
}

function readRows(view: SheetView, header: Header): Omit<AllocationTable, "ta"> {
  const entries: AllocationEntry[] = [];
  const problems: AllocationProblem[] = [];
  const seen = new Map<string, string>();
  const { kabKota: kabCol, pagu: paguCol, provinsi: provCol } = header.columns as Required<Header["columns"]>;
  let provinsi = "";
  for (let row = header.row + 1; row < view.bottom; row++) {
    const name = text(view.value(row, kabCol));
    const provText = provCol === undefined ? "" : text(view.value(row, provCol));
    if (provText && !rowMarker(provText)) provinsi = provText;
    if (!name) continue;
    if (rowMarker(name) || /^\d+$/.test(name)) continue; // a total row, or a numbering row under the header
    if (isProvinsiHeading(name)) {
      provinsi = name;
      continue;
    }
    const cell = view.address(row, paguCol);
    const pagu = amount(view.value(row, paguCol), header.factor);
    if (pagu === "missing" || pagu === "invalid") {
      problems.push({
        code: pagu === "missing" ? "PAGU_MISSING" : "PAGU_INVALID",
        sheet: view.sheet,
        cell,
        text: name,
      });
      continue;
    }
    const region = regionKey(name);
    const id = `${region.kind ?? ""}|${region.key}|${provinsiKey(provinsi)}`;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ code: "DUPLICATE", sheet: view.sheet, cell, text: name, firstCell: first });
      continue;
    }
    seen.set(id, cell);
    entries.push({ provinsi, kabKota: name, pagu, sheet: view.sheet, cell });
  }
  return { entries, problems };
}

function text(v: CellValue): string {
  if (v === null || isCellError(v)) return "";
  return String(v).replace(/\s+/g, " ").trim();
}

function amount(v: CellValue, factor: number): number | "missing" | "invalid" {
  if (v === null || v === "") return "missing";
  if (isCellError(v) || typeof v === "boolean") return "invalid";
  const value = typeof v === "number" ? v : parseMoney(v);
  if (value === undefined || !Number.isFinite(value) || value < 0) return "invalid";
  return Math.round(value * factor);
}

function parseMoney(s: string): number | undefined {
  if (s.trim() === "") return undefined;
  const parsed = parseRupiah(s);
  return parsed.ok ? parsed.value : undefined;
}
