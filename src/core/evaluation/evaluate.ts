/**
 * Sentra rows of many kab/kota -> the six indicators before/after, overall and per provinsi.
 * Each sentra is read by the same function as DAK.INDIKATOR_SENTRA (readIndicatorTable: market
 * words become levels, a score must be 0–1, capacity needs the same unit before and after), and
 * the figures over many sentra are the core's aggregateGrowth and meanGrowth: nothing is
 * computed a second way here. Every sentra left out of a figure is listed with why.
 */
import type { CellValue } from "../grid/types";
import { SENTRA_INDICATORS } from "../indicators/definitions";
import { aggregateGrowth, meanGrowth } from "../indicators/growth";
import { readIndicatorTable, type IndicatorRow } from "../indicators/table";
import { splitQuantity } from "./quantity";
import type {
  EvaluationResult,
  Exclusion,
  GroupSummary,
  IndicatorId,
  IndicatorSummary,
  SentraIndicator,
  SentraInput,
  SentraResult,
} from "./types";

interface Read {
  readonly result: SentraResult;
  /** Indicators whose both values are usable. */
  readonly usable: ReadonlySet<IndicatorId>;
}

export function evaluateSentra(inputs: readonly SentraInput[]): EvaluationResult {
  const excluded: Exclusion[] = [];
  const read = inputs.map((s) => readSentra(s, excluded));
  const groups = new Map<string, Read[]>();
  for (const r of read) {
    const list = groups.get(r.result.provinsi);
    if (list) list.push(r);
    else groups.set(r.result.provinsi, [r]);
  }
  const names = [...groups.keys()].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "id")));
  return {
    sentra: read.map((r) => r.result),
    overall: summarize("", read),
    byProvinsi: names.map((p) => summarize(p, groups.get(p) ?? [])),
    excluded,
  };
}

function readSentra(s: SentraInput, excluded: Exclusion[]): Read {
  const indicators = {} as Record<IndicatorId, SentraIndicator>;
  const usable = new Set<IndicatorId>();
  for (const def of SENTRA_INDICATORS) {
    const cells = s.indicators[def.id];
    const exclude = (reason: Exclusion["reason"], detail?: string) =>
      excluded.push({
        file: s.file,
        sheet: s.sheet,
        cell: cells?.cell ?? "",
        sentra: s.name,
        kabKota: s.kabKota,
        indicator: def.id,
        reason,
        ...(detail ? { detail } : {}),
      });
    const row = cells ? readOne(def.aliases[0], def.unitSensitive, cells.before, cells.after) : undefined;
    indicators[def.id] = {
      before: row?.before ?? null,
      after: row?.after ?? null,
      growth: row && typeof row.growth === "number" ? row.growth : null,
    };
    const problem = row === undefined ? "MISSING" : typeof row.growth === "number" ? undefined : row.growth.problem;
    if (problem === undefined) usable.add(def.id);
    else if (problem === "FROM_ZERO") {
      usable.add(def.id);
      exclude("FROM_ZERO");
    } else if (problem === "MISSING") {
      const noBefore = row?.before == null;
      const noAfter = row?.after == null;
      exclude(noBefore && noAfter ? "EMPTY" : noBefore ? "NO_BEFORE" : "NO_AFTER");
    } else if (problem === "UNIT_CHANGED") exclude("UNIT_CHANGED");
    else exclude("UNREADABLE", problem);
  }
  const { file, sheet, row, name, kabKota, provinsi } = s;
  return { result: { file, sheet, row, name, kabKota, provinsi, indicators }, usable };
}

/** One indicator of one sentra through readIndicatorTable, the reader of DAK.INDIKATOR_SENTRA. */
function readOne(label: string, unitSensitive: boolean, before: CellValue, after: CellValue): IndicatorRow {
  const b = unitSensitive ? splitQuantity(before) : { value: before, unit: "" };
  const a = unitSensitive ? splitQuantity(after) : { value: after, unit: "" };
  const table = readIndicatorTable([[label, b.value, a.value, b.unit, a.unit]]);
  if (!table.ok) throw new Error(`indicator table refused its own label ${label}`);
  return table.rows.find((r) => r.indicator.aliases[0] === label)!;
}

function summarize(provinsi: string, reads: readonly Read[]): GroupSummary {
  const indicators = SENTRA_INDICATORS.map((def): IndicatorSummary => {
    const rows = reads.filter((r) => r.usable.has(def.id)).map((r) => r.result.indicators[def.id]);
    const before = rows.map((r) => r.before);
    const after = rows.map((r) => r.after);
    const agg = aggregateGrowth(before, after);
    const mean = meanGrowth(before, after);
    return {
      id: def.id,
      used: rows.length,
      totalBefore: agg.ok ? agg.totalBefore : sum(before),
      totalAfter: agg.ok ? agg.totalAfter : sum(after),
      aggregate: agg.ok ? agg.growth : null,
      mean: mean.ok ? mean.growth : null,
      meanUsed: mean.ok ? mean.used : 0,
    };
  });
  return {
    provinsi,
    kabKota: new Set(reads.map((r) => r.result.kabKota.toLowerCase())).size,
    sentra: reads.length,
    indicators,
  };
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((a, v) => a + (v ?? 0), 0);
}
