/**
 * A line seen for comparing: fields folded into keys with the tolerance of name matching (case,
 * spaces, punctuation; menu, rincian, satuan and metode through the ruleset's aliases), so that
 * reformatting, retyping a number as text or writing an alias changes nothing; and the values as
 * written, to show what did change. The keys matching needs are made up front; the others only
 * when two matched lines hold different raw values (most lines of a revision are unchanged).
 */
import { rangeA1 } from "../grid/a1";
import type { NumberCell, Proposal, ProposalLine, TextCell } from "../proposal/types";
import { normaliseSatuan, type RulesetIndex } from "../rules/index-ruleset";
import { nameKey, satuanKey } from "../rules/names";
import { resolveProposal, type ResolvedLine } from "../rules/resolve";
import { LINE_FIELDS, type CompareValue, type LineField } from "./types";

interface PartInfo {
  readonly sheet: string;
  /** First and last table column (0-based), for the line's row range. */
  readonly first?: number;
  readonly last?: number;
  readonly index: RulesetIndex;
}

export interface LineView {
  /** 0-based index over all parts, in order. */
  readonly index: number;
  readonly part: PartInfo;
  readonly resolved: ResolvedLine;
  readonly menu: string;
  readonly rincian: string;
  readonly uraian: string;
  readonly satuan: string;
  /** Line amount (jumlah, else volume × harga satuan), as a key. */
  readonly amount: string;
  /** Menu, rincian and uraian keys together (the first matching pass). */
  readonly identity: string;
}

export const SEP = "\u0001";

/** The line views of a proposal, every part in order. */
export function lineViews(proposal: Proposal, index: RulesetIndex): LineView[] {
  const resolution = resolveProposal(proposal, index);
  const out: LineView[] = [];
  proposal.parts.forEach((part, p) => {
    const cols = Object.values(part.columns).filter((c): c is number => c !== undefined);
    const info: PartInfo = {
      sheet: part.sheet,
      first: cols.length ? Math.min(...cols) : undefined,
      last: cols.length ? Math.max(...cols) : undefined,
      index,
    };
    for (const resolved of resolution.parts[p]) {
      const menu = fieldKey(resolved, info, "menu");
      const rincian = fieldKey(resolved, info, "rincian");
      const uraian = fieldKey(resolved, info, "uraian");
      out.push({
        index: out.length,
        part: info,
        resolved,
        menu,
        rincian,
        uraian,
        satuan: fieldKey(resolved, info, "satuan"),
        amount: fieldKey(resolved, info, "jumlah"),
        identity: menu + SEP + rincian + SEP + uraian,
      });
    }
  });
  return out;
}

export function keyOf(v: LineView, field: LineField): string {
  switch (field) {
    case "menu":
    case "rincian":
    case "uraian":
    case "satuan":
      return v[field];
    case "jumlah":
      return v.amount;
    default:
      return fieldKey(v.resolved, v.part, field);
  }
}

/** Every field's key: equal signatures mean lines that are the same in every compared field. */
export function signature(v: LineView): string {
  return LINE_FIELDS.map((f) => keyOf(v, f)).join(SEP);
}

/** True when two lines hold the same raw value in a field (then no folding is needed). */
export function sameRaw(a: LineView, b: LineView, field: LineField): boolean {
  if (field === "jumlah") return a.amount === b.amount;
  const x = a.resolved.line[field];
  const y = b.resolved.line[field];
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case "text":
    case "number":
      return x.value === (y as typeof x).value;
    case "empty":
      return true;
    default:
      return false;
  }
}

function fieldKey(r: ResolvedLine, part: PartInfo, field: LineField): string {
  const line: ProposalLine = r.line;
  switch (field) {
    case "menu":
      return r.menu ? `#${r.menu.id}` : textKey(line.menu);
    case "rincian":
      return r.rincian ? `#${r.rincian.id}` : textKey(line.rincian);
    case "satuan":
      return line.satuan.kind === "text"
        ? (normaliseSatuan(part.index, line.satuan.value) ?? satuanKey(line.satuan.value))
        : textKey(line.satuan);
    case "metode": {
      const known = line.metode.kind === "text" ? part.index.metode.find(line.metode.value) : undefined;
      return known ? `#${known.id}` : textKey(line.metode);
    }
    case "jumlah":
      return r.amount !== undefined ? String(r.amount) : numberKey(line.jumlah);
    case "volume":
    case "hargaSatuan":
    case "latitude":
    case "longitude":
      return numberKey(line[field]);
    default:
      return textKey(line[field]);
  }
}

function textKey(cell: TextCell): string {
  if (cell.kind === "text") return nameKey(cell.value);
  return cell.kind === "error" ? `!${cell.code}` : "";
}

function numberKey(cell: NumberCell): string {
  switch (cell.kind) {
    case "number":
      return String(cell.value);
    case "invalid":
      return `?${nameKey(cell.text)}`;
    case "error":
      return `!${cell.code}`;
    default:
      return "";
  }
}

/** The value of a field as the user wrote it (the amount for jumlah). */
export function displayValue(v: LineView, field: LineField): CompareValue {
  if (field === "jumlah" && v.resolved.amount !== undefined) return v.resolved.amount;
  const cell = v.resolved.line[field];
  switch (cell.kind) {
    case "text":
    case "number":
      return cell.value;
    case "invalid":
      return cell.text;
    case "error":
      return cell.code;
    default:
      return null;
  }
}

export function cellOf(v: LineView, field: LineField): string {
  return v.resolved.line[field].cell;
}

/** The line's row across its table's columns ("A15:P15"). */
export function spanOf(v: LineView): string {
  const { first, last } = v.part;
  const row = v.resolved.line.row;
  return first === undefined || last === undefined ? cellOf(v, "uraian") : rangeA1(row, first, row, last);
}
