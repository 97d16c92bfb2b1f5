/**
 * Line checks, one pass over the lines of a part: required cells, readable numbers, amounts,
 * names known to the ruleset, satuan, bounds, eligibility, penunjang uses and methods,
 * duplicates and coordinates. Every finding points at the cell to correct.
 */
import { difference, lineProduct } from "../../budget/rupiah-sum";
import type { NumberCell, ProposalLine, ProposalPart } from "../../proposal/types";
import { normaliseSatuan, type RulesetIndex } from "../index-ruleset";
import { containsWordPrefix, nameKey } from "../names";
import { numberOf, textOf, type ResolvedLine } from "../resolve";
import type { LineBounds, RincianSpec } from "../ruleset";
import type { FindingSink } from "../sink";
import { checkNumberCell, checkTextCell } from "./cells";

const REQUIRED = ["menu", "rincian", "uraian", "volume", "satuan", "hargaSatuan"] as const;
const TEXT_FIELDS = [
  "menu",
  "rincian",
  "uraian",
  "satuan",
  "metode",
  "lokasi",
  "kecamatan",
  "desa",
  "penerimaManfaat",
  "keterangan",
] as const;
const NUMBER_FIELDS = ["volume", "hargaSatuan", "jumlah", "latitude", "longitude"] as const;

/** Lines seen so far by folded uraian; the other fields are compared only when uraian repeats. */
type Seen = Map<string, { readonly r: ResolvedLine; readonly satuan?: string }[]>;

export function checkLines(
  part: ProposalPart,
  resolved: readonly ResolvedLine[],
  index: RulesetIndex,
  out: FindingSink,
): void {
  const seen: Seen = new Map();
  for (const r of resolved) checkLine(part, r, index, out, seen);
}

function checkLine(
  part: ProposalPart,
  resolvedLine: ResolvedLine,
  index: RulesetIndex,
  out: FindingSink,
  seen: Seen,
): void {
  const { line, menu, rincian } = resolvedLine;
  const sheet = part.sheet;
  const { thresholds } = index.ruleset;

  for (const field of REQUIRED) {
    if (line[field].kind === "empty" && part.columns[field] !== undefined) {
      out.add("line.required", sheet, line[field].cell, { field });
    }
  }
  for (const field of TEXT_FIELDS) checkTextCell(line[field], field, sheet, out);
  for (const field of NUMBER_FIELDS) checkNumberCell(line[field], field, sheet, out);

  const volume = numberOf(line.volume);
  const harga = numberOf(line.hargaSatuan);
  const jumlah = numberOf(line.jumlah);
  nonPositive(line.volume, volume, "volume", sheet, out);
  nonPositive(line.hargaSatuan, harga, "hargaSatuan", sheet, out);
  nonPositive(line.jumlah, jumlah, "jumlah", sheet, out);
  if (jumlah !== undefined && volume !== undefined && harga !== undefined) {
    const expected = lineProduct(volume, harga);
    const diff = difference(jumlah, expected);
    if (Math.abs(diff) > thresholds.amountTolerance) {
      out.add("line.amount", sheet, line.jumlah.cell, {
        jumlah,
        expected,
        volume,
        hargaSatuan: harga,
        difference: diff,
      });
    }
  }

  checkNames(sheet, line, menu, rincian, index, out);
  const satuanText = textOf(line.satuan);
  const satuan = satuanText === undefined ? undefined : normaliseSatuan(index, satuanText);
  if (rincian !== undefined) {
    if (satuanText !== undefined && (satuan === undefined || !index.satuanOf.get(rincian)?.has(satuan))) {
      out.add("line.satuan", sheet, line.satuan.cell, {
        satuan: satuanText,
        rincian: rincian.name,
        allowed: [...rincian.satuan],
      });
    }
    if (rincian.unitCost && outOfBounds(rincian.unitCost, harga, satuan, index)) {
      out.add("line.unitCost", sheet, line.hargaSatuan.cell, boundParams(rincian, rincian.unitCost, harga!));
    }
    if (rincian.volume && outOfBounds(rincian.volume, volume, satuan, index)) {
      out.add("line.volume", sheet, line.volume.cell, boundParams(rincian, rincian.volume, volume!));
    }
  }
  checkMetode(sheet, line, rincian, index, out);

  const uraianText = textOf(line.uraian);
  const uraian = uraianText === undefined ? "" : nameKey(uraianText);
  if (uraian !== "") checkWording(sheet, line, uraianText!, uraian, rincian, index, out);

  if (uraian !== "" && out.isOn("line.duplicate")) {
    const same = seen.get(uraian);
    const first = same?.find((s) => sameLine(s.r, s.satuan, resolvedLine, satuan ?? satuanText));
    if (first)
      out.add("line.duplicate", sheet, line.uraian.cell, { uraian: uraianText!, firstCell: first.r.line.uraian.cell });
    else if (same) same.push({ r: resolvedLine, satuan: satuan ?? satuanText });
    else seen.set(uraian, [{ r: resolvedLine, satuan: satuan ?? satuanText }]);
  }

  coordinate(line.latitude, "latitude", thresholds.latitude, sheet, out);
  coordinate(line.longitude, "longitude", thresholds.longitude, sheet, out);
}

function nonPositive(
  cell: NumberCell,
  value: number | undefined,
  field: string,
  sheet: string,
  out: FindingSink,
): void {
  if (value !== undefined && value <= 0) out.add("line.nonPositive", sheet, cell.cell, { field, value });
}

function checkNames(
  sheet: string,
  line: ProposalLine,
  menu: ResolvedLine["menu"],
  rincian: RincianSpec | undefined,
  index: RulesetIndex,
  out: FindingSink,
): void {
  const menuText = textOf(line.menu);
  if (menuText !== undefined && menu === undefined) {
    out.add("line.menu", sheet, line.menu.cell, { menu: menuText, suggestions: index.menus.closest(menuText) });
    return;
  }
  const rincianText = textOf(line.rincian);
  if (menu === undefined || rincianText === undefined || rincian !== undefined) return;
  const names = index.rincianByMenu.get(menu)!;
  if (menu.penunjang) {
    out.add("penunjang.use", sheet, line.rincian.cell, {
      rincian: rincianText,
      allowed: menu.rincian.map((r) => r.name),
      suggestions: names.closest(rincianText),
    });
  } else {
    out.add("line.rincian", sheet, line.rincian.cell, {
      rincian: rincianText,
      menu: menu.name,
      suggestions: names.closest(rincianText),
    });
  }
}

function outOfBounds(
  bounds: LineBounds,
  value: number | undefined,
  satuan: string | undefined,
  index: RulesetIndex,
): boolean {
  if (value === undefined) return false;
  if (bounds.satuan !== undefined && normaliseSatuan(index, bounds.satuan) !== satuan) return false;
  return (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max);
}

/** Same menu, rincian, satuan, volume, harga and lokasi (uraian already matched). */
function sameLine(a: ResolvedLine, aSatuan: string | undefined, b: ResolvedLine, bSatuan: string | undefined): boolean {
  return (
    aSatuan === bSatuan &&
    (a.menu ?? textOf(a.line.menu)) === (b.menu ?? textOf(b.line.menu)) &&
    (a.rincian ?? textOf(a.line.rincian)) === (b.rincian ?? textOf(b.line.rincian)) &&
    numberOf(a.line.volume) === numberOf(b.line.volume) &&
    numberOf(a.line.hargaSatuan) === numberOf(b.line.hargaSatuan) &&
    textOf(a.line.lokasi) === textOf(b.line.lokasi)
  );
}

function boundParams(rincian: RincianSpec, bounds: LineBounds, value: number) {
  return {
    value,
    min: bounds.min ?? null,
    max: bounds.max ?? null,
    satuan: bounds.satuan ?? null,
    rincian: rincian.name,
  };
}

function checkMetode(
  sheet: string,
  line: ProposalLine,
  rincian: RincianSpec | undefined,
  index: RulesetIndex,
  out: FindingSink,
): void {
  const metodeText = textOf(line.metode);
  const metode = metodeText === undefined ? undefined : index.metode.find(metodeText);
  if (metodeText !== undefined && metode === undefined) {
    out.add("line.metode", sheet, line.metode.cell, {
      metode: metodeText,
      allowed: index.ruleset.metode.map((m) => m.name),
    });
    return;
  }
  const required = rincian?.metode;
  if (required !== undefined && (metode === undefined || !required.includes(metode.id))) {
    out.add("penunjang.method", sheet, line.metode.cell, {
      rincian: rincian!.name,
      metode: metodeText ?? "",
      required: index.ruleset.metode.filter((m) => required.includes(m.id)).map((m) => m.name),
    });
  }
}

function checkWording(
  sheet: string,
  line: ProposalLine,
  uraianText: string,
  uraian: string,
  rincian: RincianSpec | undefined,
  index: RulesetIndex,
  out: FindingSink,
): void {
  if (rincian?.honorariumAllowed !== true) {
    const pattern = index.honorariumMatcher?.test(uraian)
      ? index.honorariumPatterns.find((p) => containsWordPrefix(uraian, p))
      : undefined;
    if (pattern !== undefined) {
      out.add("line.honorarium", sheet, line.uraian.cell, {
        uraian: uraianText,
        pattern,
        rincian: rincian?.name ?? textOf(line.rincian) ?? "",
      });
    }
  }
  const ineligible = index.ineligibleMatcher?.test(uraian)
    ? index.ineligiblePatterns.find((p) => containsWordPrefix(uraian, p))
    : undefined;
  if (ineligible !== undefined)
    out.add("line.ineligible", sheet, line.uraian.cell, { uraian: uraianText, pattern: ineligible });
}

function coordinate(
  cell: NumberCell,
  field: string,
  bounds: { readonly min: number; readonly max: number },
  sheet: string,
  out: FindingSink,
): void {
  const value = numberOf(cell);
  if (value !== undefined && (value < bounds.min || value > bounds.max)) {
    out.add("line.coord", sheet, cell.cell, { field, value, min: bounds.min, max: bounds.max });
  }
}
