/**
 * A small builder of Proposal objects for rule tests, independent of readProposal: the layout
 * of the sample RKs (meta values in column C rows 3–11, header in row 13, lines from row 14,
 * columns A No … P Keterangan), so a test names the cells an official would see.
 */
import { toA1 } from "../../src/core/grid/a1";
import type {
  ColumnKey,
  NumberCell,
  Proposal,
  ProposalLine,
  ProposalMeta,
  ProposalPart,
  StatedSubtotal,
  TextCell,
} from "../../src/core/proposal/types";

/** A number, a number read from text, unreadable text, an Excel error, or empty. */
export type NumberSpec = number | { text: string; value: number } | { invalid: string } | { error: string } | null;
/** Text, an Excel error, or empty. */
export type TextSpec = string | { error: string } | null;

export const COLUMN_LETTERS: Record<ColumnKey, number> = {
  no: 0,
  menu: 1,
  rincian: 2,
  uraian: 3,
  volume: 4,
  satuan: 5,
  hargaSatuan: 6,
  jumlah: 7,
  metode: 8,
  lokasi: 9,
  kecamatan: 10,
  desa: 11,
  latitude: 12,
  longitude: 13,
  penerimaManfaat: 14,
  keterangan: 15,
};

const META_ROWS: Record<keyof ProposalMeta, number> = {
  ta: 2,
  provinsi: 3,
  kabKota: 4,
  bidang: 5,
  pagu: 6,
  instansiPelaksana: 7,
  namaSentra: 8,
  jumlahUnitIkm: 9,
  nomorSkSentra: 10,
};
const NUMBER_META = new Set(["ta", "pagu", "jumlahUnitIkm"]);
export const HEADER_ROW = 12;
export const FIRST_LINE_ROW = 13;

export const M1 = "Pembangunan dan Revitalisasi Sentra IKM";
export const MP = "Kegiatan Penunjang";

export interface LineSpec {
  menu?: TextSpec;
  rincian?: TextSpec;
  uraian?: TextSpec;
  volume?: NumberSpec;
  satuan?: TextSpec;
  harga?: NumberSpec;
  /** Omitted: volume × harga when both are numbers. null: empty. */
  jumlah?: NumberSpec;
  metode?: TextSpec;
  lokasi?: TextSpec;
  latitude?: NumberSpec;
  longitude?: NumberSpec;
  keterangan?: TextSpec;
  /** Menu/rincian taken from a heading row (KRISNA layout): their cells are that row's. */
  headingRow?: number;
}

export interface PartSpec {
  sheet?: string;
  /** Overrides of the default (complete) meta; null removes a field; pagu defaults to the sum. */
  meta?: Partial<Record<keyof ProposalMeta, NumberSpec | TextSpec | undefined>>;
  lines: LineSpec[];
  /** A stated total right under the lines; "sum" states the correct one. */
  statedTotal?: NumberSpec | "sum";
  subtotals?: { amount: NumberSpec; lineIndexes: number[]; row: number }[];
  /** Columns to leave out of the table. */
  missingColumns?: ColumnKey[];
  /** Shifts every cell (moving the table on the sheet). */
  offset?: { rows: number; cols: number };
}

const cellAt = (spec: PartSpec, row: number, col: number) =>
  toA1(row + (spec.offset?.rows ?? 0), col + (spec.offset?.cols ?? 0));

export function numberCell(spec: NumberSpec | undefined, cell: string): NumberCell {
  if (spec === null || spec === undefined) return { kind: "empty", cell };
  if (typeof spec === "number") return { kind: "number", value: spec, cell };
  if ("text" in spec) return { kind: "number", value: spec.value, cell, fromText: spec.text };
  if ("invalid" in spec) return { kind: "invalid", text: spec.invalid, reason: "NOT_A_NUMBER", cell };
  return { kind: "error", code: spec.error, cell };
}

export function textCell(spec: TextSpec | undefined, cell: string): TextCell {
  if (spec === null || spec === undefined || spec === "") return { kind: "empty", cell };
  if (typeof spec === "string") return { kind: "text", value: spec, cell };
  return { kind: "error", code: spec.error, cell };
}

/** A line that breaks no rule: 2 unit of machinery at Rp10.000.000. */
export function okLine(n: number, overrides: LineSpec = {}): LineSpec {
  return {
    menu: M1,
    rincian: "Mesin dan Peralatan",
    uraian: `Mesin produksi nomor ${n}`,
    volume: 2,
    satuan: "unit",
    harga: 10_000_000,
    metode: "Kontraktual",
    ...overrides,
  };
}

const valueOf = (n: NumberSpec | undefined) =>
  typeof n === "number" ? n : n !== null && n !== undefined && "value" in n ? n.value : undefined;

function amountOf(line: LineSpec): number {
  const jumlah = line.jumlah === undefined ? undefined : valueOf(line.jumlah);
  if (jumlah !== undefined) return jumlah;
  const v = valueOf(line.volume);
  const h = valueOf(line.harga);
  return v !== undefined && h !== undefined ? v * h : 0;
}

export function buildPart(spec: PartSpec): ProposalPart {
  const sheet = spec.sheet ?? "RK";
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const [key, col] of Object.entries(COLUMN_LETTERS) as [ColumnKey, number][]) {
    if (!spec.missingColumns?.includes(key)) columns[key] = col + (spec.offset?.cols ?? 0);
  }
  const lines: ProposalLine[] = spec.lines.map((l, i) => buildLine(spec, l, FIRST_LINE_ROW + i));
  const sum = spec.lines.reduce((s, l) => s + amountOf(l), 0);
  const metaSpec: Record<string, NumberSpec | TextSpec | undefined> = {
    ta: 2020,
    provinsi: "Jawa Barat",
    kabKota: "Kabupaten Cirebon",
    bidang: "Industri Kecil dan Menengah",
    pagu: sum,
    instansiPelaksana: "Dinas Perindustrian",
    namaSentra: "Sentra IKM Rotan",
    jumlahUnitIkm: 20,
    nomorSkSentra: "SK Bupati 123/2018",
    ...spec.meta,
  };
  const meta: Record<string, NumberCell | TextCell> = {};
  for (const [key, value] of Object.entries(metaSpec)) {
    if (value === null) continue;
    const cell = cellAt(spec, META_ROWS[key as keyof ProposalMeta], 2);
    meta[key] = NUMBER_META.has(key) ? numberCell(value as NumberSpec, cell) : textCell(value as TextSpec, cell);
  }
  const totalRow = FIRST_LINE_ROW + spec.lines.length;
  const subtotals: StatedSubtotal[] = (spec.subtotals ?? []).map((s) => ({
    amount: numberCell(s.amount, cellAt(spec, s.row, 7)),
    lineIndexes: s.lineIndexes,
  }));
  return {
    sheet,
    meta: meta as ProposalMeta,
    headerRow: HEADER_ROW + (spec.offset?.rows ?? 0),
    headerRange: `${cellAt(spec, HEADER_ROW, 0)}:${cellAt(spec, HEADER_ROW, 15)}`,
    columns,
    lines,
    subtotals,
    statedTotal:
      spec.statedTotal === undefined
        ? undefined
        : numberCell(spec.statedTotal === "sum" ? sum : spec.statedTotal, cellAt(spec, totalRow, 7)),
  };
}

function buildLine(spec: PartSpec, l: LineSpec, row: number): ProposalLine {
  const at = (key: ColumnKey, r = row) => cellAt(spec, r, COLUMN_LETTERS[key]);
  const jumlah =
    l.jumlah !== undefined
      ? l.jumlah
      : typeof l.volume === "number" && typeof l.harga === "number"
        ? l.volume * l.harga
        : null;
  const headingRow = l.headingRow;
  return {
    row: row + (spec.offset?.rows ?? 0),
    menu: textCell(l.menu, at("menu", headingRow ?? row)),
    rincian: textCell(l.rincian, at("rincian", headingRow ?? row)),
    menuInherited: headingRow !== undefined,
    rincianInherited: headingRow !== undefined,
    uraian: textCell(l.uraian, at("uraian")),
    volume: numberCell(l.volume, at("volume")),
    satuan: textCell(l.satuan, at("satuan")),
    hargaSatuan: numberCell(l.harga, at("hargaSatuan")),
    jumlah: numberCell(jumlah, at("jumlah")),
    metode: textCell(l.metode, at("metode")),
    lokasi: textCell(l.lokasi, at("lokasi")),
    kecamatan: textCell(null, at("kecamatan")),
    desa: textCell(null, at("desa")),
    latitude: numberCell(l.latitude, at("latitude")),
    longitude: numberCell(l.longitude, at("longitude")),
    penerimaManfaat: textCell(null, at("penerimaManfaat")),
    keterangan: textCell(l.keterangan, at("keterangan")),
  };
}

export function buildProposal(...parts: PartSpec[]): Proposal {
  const built = parts.map(buildPart);
  return { parts: built, sheetsRead: built.map((p) => p.sheet) };
}
