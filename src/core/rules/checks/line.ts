/**
 * Line checks, one pass over the lines of a part: required cells, readable numbers, amounts,
 * names known to the ruleset, satuan, bounds, eligibility, penunjang uses, metode, duplicates
 * and coordinates. (Whether a penunjang use has the physical work it serves: checks/penunjang.ts.)
 * Every finding points at the cell to correct. The cells a line has: line-fields.ts, named once.
 */
import { multiplyRupiah, subtractRupiah } from "../../money/arithmetic";
import type { NumberCell, ProposalLine, ProposalPart } from "../../proposal/types";
import { normaliseSatuan, type RulesetIndex } from "../index-ruleset";
import { nameKey } from "../names";
import { numberOf, textOf, type ResolvedLine } from "../resolve";
import type { LineBounds, RincianSpec } from "../ruleset";
import type { FindingSink } from "../sink";
import { checkCells, type CellContext } from "./line-cells";
import { REQUIRED_FIELDS } from "./line-fields";

/** A line seen before, by folded uraian: the other fields are compared only when uraian repeats. */
interface SeenLine {
  readonly r: ResolvedLine;
  readonly satuan?: string;
}
/** Lines seen so far by folded uraian (an array only once an uraian repeats). */
type Seen = Map<string, SeenLine | SeenLine[]>;

/** What is the same for every line of a part, worked out once. */
interface PartContext extends CellContext {
  readonly duplicates: boolean;
  readonly seen: Seen;
}

export function checkLines(
  part: ProposalPart,
  resolved: readonly ResolvedLine[],
  index: RulesetIndex,
  out: FindingSink,
): void {
  const required = REQUIRED_FIELDS.filter((field) => part.columns[field] !== undefined);
  const ctx: PartContext = {
    sheet: part.sheet,
    required,
    duplicates: out.isOn("line.duplicate"),
    seen: new Map(),
  };
  for (const r of resolved) checkLine(ctx, r, index, out);
}

function checkLine(ctx: PartContext, resolvedLine: ResolvedLine, index: RulesetIndex, out: FindingSink): void {
  const { line, menu, rincian } = resolvedLine;
  const { sheet } = ctx;
  const { thresholds } = index.ruleset;

  checkCells(ctx, line, out);
  const volume = numberOf(line.volume);
  const harga = numberOf(line.hargaSatuan);
  checkAmount(sheet, line, volume, harga, thresholds.amountTolerance, out);

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
  checkMetode(sheet, line, index, out);

  const uraianText = textOf(line.uraian);
  const uraian = uraianText === undefined ? "" : nameKey(uraianText);
  if (uraian !== "") checkWording(sheet, line, uraianText!, uraian, rincian, index, out);

  if (uraian !== "" && ctx.duplicates) duplicate(ctx, resolvedLine, uraian, uraianText!, satuan ?? satuanText, out);

  coordinate(line.latitude, "latitude", thresholds.latitude, sheet, out);
  coordinate(line.longitude, "longitude", thresholds.longitude, sheet, out);
}

/** Volume, harga satuan and jumlah above zero, and jumlah = volume × harga satuan (within the tolerance). */
function checkAmount(
  sheet: string,
  line: ProposalLine,
  volume: number | undefined,
  harga: number | undefined,
  tolerance: number,
  out: FindingSink,
): void {
  const jumlah = numberOf(line.jumlah);
  nonPositive(line.volume, volume, "volume", sheet, out);
  nonPositive(line.hargaSatuan, harga, "hargaSatuan", sheet, out);
  nonPositive(line.jumlah, jumlah, "jumlah", sheet, out);
  if (jumlah === undefined || volume === undefined || harga === undefined) return;
  const expected = multiplyRupiah(volume, harga);
  const difference = subtractRupiah(jumlah, expected);
  if (Math.abs(difference) > tolerance) {
    out.add("line.amount", sheet, line.jumlah.cell, { jumlah, expected, volume, hargaSatuan: harga, difference });
  }
}

function duplicate(
  ctx: PartContext,
  r: ResolvedLine,
  uraian: string,
  uraianText: string,
  satuan: string | undefined,
  out: FindingSink,
): void {
  const same = ctx.seen.get(uraian);
  if (same === undefined) {
    ctx.seen.set(uraian, { r, satuan });
    return;
  }
  const list = Array.isArray(same) ? same : [same];
  const first = list.find((s) => sameLine(s.r, s.satuan, r, satuan));
  if (first) {
    out.add("line.duplicate", ctx.sheet, r.line.uraian.cell, {
      uraian: uraianText,
      firstCell: first.r.line.uraian.cell,
    });
    return;
  }
  list.push({ r, satuan });
  if (list !== same) ctx.seen.set(uraian, list);
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

function checkMetode(sheet: string, line: ProposalLine, index: RulesetIndex, out: FindingSink): void {
  const metodeText = textOf(line.metode);
  if (metodeText !== undefined && index.metode.find(metodeText) === undefined) {
    out.add("line.metode", sheet, line.metode.cell, {
      metode: metodeText,
      allowed: index.ruleset.metode.map((m) => m.name),
    });
  }
}

/**
 * What the uraian says it buys: an honorarium (never for procurement or finance staff; outside the
 * penunjang list except for the swakelola facilitator), land, or a DAK Nonfisik item.
 */
function checkWording(
  sheet: string,
  line: ProposalLine,
  uraianText: string,
  uraian: string,
  rincian: RincianSpec | undefined,
  index: RulesetIndex,
  out: FindingSink,
): void {
  const cell = line.uraian.cell;
  const honorarium = index.honorarium.find(uraian);
  if (honorarium !== undefined) {
    const rincianName = rincian?.name ?? textOf(line.rincian) ?? "";
    const role = index.honorExcludedRoles.find(uraian);
    if (role !== undefined) {
      out.add("line.honorarium", sheet, cell, { uraian: uraianText, pattern: role, rincian: rincianName });
    } else if (rincian?.honorariumAllowed !== true) {
      out.add("line.honorOutside", sheet, cell, { uraian: uraianText, pattern: honorarium, rincian: rincianName });
    }
  }
  const ineligible = index.ineligible.find(uraian);
  if (ineligible !== undefined) out.add("line.ineligible", sheet, cell, { uraian: uraianText, pattern: ineligible });
  const nonfisik = index.nonfisik.find(uraian);
  if (nonfisik !== undefined) out.add("line.nonfisik", sheet, cell, { uraian: uraianText, pattern: nonfisik });
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
