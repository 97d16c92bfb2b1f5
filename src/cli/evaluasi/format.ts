/** `dak evaluasi` on stdout: a table per group (national, then each provinsi) or the JSON. */
import type { EvaluationResult, GroupSummary, IndicatorId } from "../../core/evaluation";
import { formatNumber, formatPercent } from "../../core/i18n/numbers";
import { t, type Lang } from "../messages";
import { oneLine, type Presenter } from "../presenter";

export interface EvaluasiBatch {
  readonly files: number;
  readonly withoutSentra: readonly string[];
  readonly unreadable: readonly { readonly file: string; readonly reason: string }[];
  readonly result: EvaluationResult;
}

export function indicatorName(lang: Lang, id: IndicatorId): string {
  return t(lang, `indicator.${id}`);
}

export function groupName(lang: Lang, g: GroupSummary, national = false): string {
  if (national) return t(lang, "evaluasi.overall");
  return g.provinsi || t(lang, "evaluasi.unknownProvinsi");
}

export function formatEvaluasiTable(batch: EvaluasiBatch, p: Presenter): string {
  const { result } = batch;
  const pct = (v: number | null) => (v === null ? "–" : formatPercent(v, p.lang));
  const num = (v: number) => formatNumber(v, p.lang, 2);
  const lines = [
    t(p.lang, "evaluasi.heading", {
      sentra: result.overall.sentra,
      kabKota: result.overall.kabKota,
      files: batch.files,
    }),
    "",
  ];
  const groups = [{ g: result.overall, national: true }, ...result.byProvinsi.map((g) => ({ g, national: false }))];
  for (const { g, national } of groups) {
    lines.push(`${oneLine(groupName(p.lang, g, national))} (${num(g.sentra)} sentra, ${num(g.kabKota)} kab/kota)`);
    const header = [
      t(p.lang, "evaluasi.indicator"),
      t(p.lang, "evaluasi.before"),
      t(p.lang, "evaluasi.after"),
      t(p.lang, "evaluasi.aggregate"),
      t(p.lang, "evaluasi.mean"),
      t(p.lang, "evaluasi.used"),
    ];
    const rows = g.indicators.map((i) => [
      indicatorName(p.lang, i.id),
      num(i.totalBefore),
      num(i.totalAfter),
      pct(i.aggregate),
      pct(i.mean),
      `${num(i.used)}/${num(i.meanUsed)}`,
    ]);
    lines.push(...grid([header, ...rows]), "");
  }
  lines.push(t(p.lang, "evaluasi.aggregateNote"));
  if (result.excluded.length > 0) {
    lines.push("", t(p.lang, "evaluasi.excluded", { count: result.excluded.length }));
    for (const x of result.excluded) {
      const who = [x.sentra, x.kabKota].filter(Boolean).join(", ");
      lines.push(
        `  ${oneLine(`${x.file} ${x.sheet}!${x.cell}`)} · ${oneLine(who)} · ${indicatorName(p.lang, x.indicator)}: ${t(p.lang, `exclusion.${x.reason}`)}${x.detail ? ` (${x.detail})` : ""}`,
      );
    }
  }
  if (batch.withoutSentra.length > 0)
    lines.push(
      "",
      oneLine(
        t(p.lang, "evaluasi.noFiles", { count: batch.withoutSentra.length, files: batch.withoutSentra.join(", ") }),
      ),
    );
  for (const u of batch.unreadable) lines.push(oneLine(t(p.lang, "evaluasi.unreadable", u)));
  return `${lines.join("\n")}\n`;
}

function grid(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map(
    (r) => `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")}`,
  );
}

export function formatEvaluasiJson(batch: EvaluasiBatch, p: Presenter): string {
  const { result } = batch;
  const group = (g: GroupSummary) => ({
    provinsi: g.provinsi || null,
    kabKota: g.kabKota,
    sentra: g.sentra,
    indicators: g.indicators.map((i) => ({
      indicator: i.id,
      name: indicatorName(p.lang, i.id),
      totalBefore: i.totalBefore,
      totalAfter: i.totalAfter,
      aggregateGrowth: i.aggregate,
      meanGrowth: i.mean,
      sentraAggregate: i.used,
      sentraMean: i.meanUsed,
    })),
  });
  const json = {
    files: batch.files,
    overall: group(result.overall),
    byProvinsi: result.byProvinsi.map(group),
    sentra: result.sentra.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      row: s.row,
      name: s.name,
      kabKota: s.kabKota,
      provinsi: s.provinsi || null,
      indicators: s.indicators,
    })),
    excluded: result.excluded.map((x) => ({ ...x, message: t(p.lang, `exclusion.${x.reason}`) })),
    withoutSentra: batch.withoutSentra,
    unreadable: batch.unreadable,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
