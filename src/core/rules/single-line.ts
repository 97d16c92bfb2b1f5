/**
 * checkSingleLine(fields, ruleset): the engine's line checks on one line given as plain values
 * (no sheet behind it), as =DAK.CEK_BARIS needs. The line is checked exactly as a line of a table
 * with every field's column present, so a single line gets the same findings it would get in a
 * proposal, except those that need other lines (DUPLICATE_LINE) or cells it does not have
 * (coordinates, cell errors, numbers typed as text).
 */
import type { NumberCell, ProposalLine, ProposalPart, TextCell } from "../proposal/types";
import { checkLines } from "./checks/line";
import { sortFindings, type Finding } from "./findings";
import { indexRuleset } from "./index-ruleset";
import { resolveLine } from "./resolve";
import type { Ruleset } from "./ruleset";
import { FindingSink } from "./sink";

/** One line's values; an absent field, or text that is empty, is an empty cell. */
export interface LineFields {
  readonly menu?: string;
  readonly rincian?: string;
  readonly uraian?: string;
  readonly volume?: number;
  readonly satuan?: string;
  readonly hargaSatuan?: number;
  readonly jumlah?: number;
  readonly metode?: string;
}

const EMPTY = { kind: "empty", cell: "" } as const;
/** Every field of LineFields has its column (the positions only say "present"). */
const COLUMNS = { menu: 0, rincian: 1, uraian: 2, volume: 3, satuan: 4, hargaSatuan: 5, jumlah: 6, metode: 7 };

const textCell = (value: string | undefined): TextCell =>
  value === undefined || value === "" ? EMPTY : { kind: "text", value, cell: "" };
const numberCell = (value: number | undefined): NumberCell =>
  value === undefined ? EMPTY : { kind: "number", value, cell: "" };

/**
 * The findings of one line, most important first (errors before warnings; see compareFindings).
 * Findings carry sheet "" and cell "": there is no sheet to point into.
 */
export function checkSingleLine(fields: LineFields, ruleset: Ruleset): Finding[] {
  const line: ProposalLine = {
    row: 0,
    menu: textCell(fields.menu),
    rincian: textCell(fields.rincian),
    menuInherited: false,
    rincianInherited: false,
    uraian: textCell(fields.uraian),
    volume: numberCell(fields.volume),
    satuan: textCell(fields.satuan),
    hargaSatuan: numberCell(fields.hargaSatuan),
    jumlah: numberCell(fields.jumlah),
    metode: textCell(fields.metode),
    lokasi: EMPTY,
    kecamatan: EMPTY,
    desa: EMPTY,
    latitude: EMPTY,
    longitude: EMPTY,
    penerimaManfaat: EMPTY,
    keterangan: EMPTY,
  };
  const part: ProposalPart = { sheet: "", meta: {}, headerRow: 0, columns: COLUMNS, lines: [line], subtotals: [] };
  const index = indexRuleset(ruleset);
  const out = new FindingSink(ruleset);
  checkLines(part, [resolveLine(index, line)], index, out);
  return sortFindings(out.list());
}
