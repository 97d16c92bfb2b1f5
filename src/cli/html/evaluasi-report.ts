/**
 * The `dak evaluasi --report` page: the six indicators as bars (aggregate growth beside the mean
 * of per-sentra growths, each named), the same per provinsi, the tables behind the charts, and
 * every sentra left out with why.
 */
import type { GroupSummary } from "../../core/evaluation";
import { numberFormats, type NumberFormats } from "../../core/i18n/numbers";
import { groupName, indicatorName, type EvaluasiBatch } from "../evaluasi/format";
import { reportTexts, t, type ReportTexts } from "../messages";
import type { Presenter } from "../presenter";
import { escapeHtml } from "./escape";
import { card, kpi, page, table } from "./page";
import { barChart } from "./svg";

const AGG = "#0969da";
const MEAN = "#bf8700";

export function buildEvaluasiReport(batch: EvaluasiBatch, p: Presenter): string {
  const x = reportTexts(p.lang);
  const f = numberFormats(p.lang);
  const { result } = batch;
  const kpis = [
    kpi(f.count(result.overall.sentra), x.sentra),
    kpi(f.count(result.overall.kabKota), x.kabKota),
    kpi(f.count(result.byProvinsi.length), x.provinces),
    kpi(f.count(batch.files), x.files),
  ];
  const perIndicator = result.overall.indicators.map((ind, i) =>
    card(
      indicatorName(p.lang, ind.id),
      chart(
        `${indicatorName(p.lang, ind.id)} – ${x.perProvinsi}`,
        result.byProvinsi.map((g) => ({
          label: groupName(p.lang, g),
          values: [g.indicators[i].aggregate, g.indicators[i].mean],
        })),
        x,
        f,
      ),
    ),
  );
  const body = [
    `<div class="kpis">${kpis.join("")}</div>`,
    card(
      x.indicatorsChart,
      chart(
        x.indicatorsChart,
        result.overall.indicators.map((i) => ({ label: indicatorName(p.lang, i.id), values: [i.aggregate, i.mean] })),
        x,
        f,
      ) + `<p class="note">${escapeHtml(t(p.lang, "evaluasi.aggregateNote"))}</p>`,
    ),
    groupTable(result.overall, x, p, true),
    `<h2>${escapeHtml(x.perProvinsi)}</h2>`,
    `<div class="grid">${perIndicator.join("")}</div>`,
    ...result.byProvinsi.map(
      (g) => `<h3 style="margin-top:16px">${escapeHtml(groupName(p.lang, g))}</h3>${groupTable(g, x, p, false)}`,
    ),
    excludedTable(batch, x, p),
  ];
  return page({
    lang: p.lang,
    title: x.evaluasiTitle,
    subtitle: x.evaluasiSubtitle(result.overall.sentra, result.overall.kabKota),
    body: body.join("\n"),
  });
}

function chart(
  title: string,
  rows: { label: string; values: (number | null)[] }[],
  x: ReportTexts,
  f: NumberFormats,
): string {
  return barChart({
    title,
    series: [
      { name: x.aggregate, color: AGG },
      { name: x.mean, color: MEAN },
    ],
    rows,
    format: (v) => f.percent(v),
    axisLabel: x.growthAxis,
  });
}

function groupTable(g: GroupSummary, x: ReportTexts, p: Presenter, national: boolean): string {
  const f = numberFormats(p.lang);
  const pct = (v: number | null) => (v === null ? "–" : f.percent(v));
  const rows = g.indicators.map((i) => [
    escapeHtml(indicatorName(p.lang, i.id)),
    f.number(i.totalBefore, 2),
    f.number(i.totalAfter, 2),
    pct(i.aggregate),
    pct(i.mean),
    `${f.count(i.used)} / ${f.count(i.meanUsed)}`,
  ]);
  const caption = national ? `<p class="note">${escapeHtml(groupName(p.lang, g, true))}</p>` : "";
  return `<div class="card" style="margin-top:10px">${caption}${table([x.indicator, x.before, x.after, x.aggregate, x.mean, x.sentraUsed], rows, [1, 2, 3, 4, 5])}</div>`;
}

function excludedTable(batch: EvaluasiBatch, x: ReportTexts, p: Presenter): string {
  const list = batch.result.excluded;
  if (list.length === 0) return "";
  const rows = list.map((e) => [
    escapeHtml(e.file),
    escapeHtml(`${e.sheet}!${e.cell}`),
    escapeHtml(e.kabKota),
    escapeHtml(e.sentra),
    escapeHtml(indicatorName(p.lang, e.indicator)),
    escapeHtml(`${t(p.lang, `exclusion.${e.reason}`)}${e.detail ? ` (${e.detail})` : ""}`),
  ]);
  return `<h2>${escapeHtml(x.excludedTitle(list.length))}</h2>${table([x.file, x.cell, x.kabKota, x.sentra, x.indicator, x.reason], rows)}`;
}
