/**
 * The `dak validate --report` page: per provinsi the files lolos / bermasalah / tidak terbaca,
 * allocation (or pagu) against the proposed totals, the distribution of the penunjang share, the
 * most frequent findings, the kab/kota without an RK, and every file.
 */
import type { AllocationSummary } from "../../core/allocation";
import { numberFormats, type NumberFormats } from "../../core/i18n/numbers";
import { reportTexts, t, type ReportTexts } from "../messages";
import { reasonText, type Presenter } from "../presenter";
import type { FileReport } from "../report";
import { escapeHtml } from "./escape";
import { card, kpi, page, table } from "./page";
import { barChart, columnChart, type BarRow } from "./svg";

const COLORS = { ok: "#2da44e", invalid: "#cf222e", unreadable: "#bf8700", a: "#0969da", b: "#8250df" };
const TOP_FINDINGS = 10;
/** The distribution's scale when no file has a verdict (the cap of every bundled year). */
const DEFAULT_CAP = 0.05;
const SHARE_BINS = 5;

export function buildValidateReport(
  reports: readonly FileReport[],
  p: Presenter,
  allocation?: AllocationSummary,
): string {
  const x = reportTexts(p.lang);
  const f = numberFormats(p.lang);
  const count = (s: FileReport["status"]) => reports.filter((r) => r.status === s).length;
  const errors = reports.reduce((a, r) => a + r.errors, 0);
  const warnings = reports.reduce((a, r) => a + r.warnings, 0);
  const kpis = [
    kpi(f.count(reports.length), x.files),
    kpi(f.count(count("ok")), x.ok, "good"),
    kpi(f.count(count("invalid")), x.invalid, "bad"),
    kpi(f.count(count("unreadable")), x.unreadable, "warn"),
    kpi(f.count(errors), x.errors),
    kpi(f.count(warnings), x.warnings),
  ];
  if (allocation) {
    kpis.push(
      kpi(f.rupiahShort(allocation.allocated), x.allocated),
      kpi(f.rupiahShort(allocation.proposed), x.proposed),
      kpi(f.count(allocation.missing.length), x.missingRk, allocation.missing.length > 0 ? "warn" : "good"),
    );
  }
  const body = [
    `<div class="kpis">${kpis.join("")}</div>`,
    `<h2>${escapeHtml(x.perProvinsi)}</h2>`,
    `<div class="grid">${[statusChart(reports, x, f), moneyChart(reports, x, f, allocation), penunjangChart(reports, x, f), findingsChart(reports, x, f)].join("")}</div>`,
    provinsiTable(reports, x, f, allocation),
    allocation && allocation.missing.length > 0 ? missingTable(allocation, x, p) : "",
    `<h2>${escapeHtml(x.filesTitle)}</h2>`,
    filesTable(reports, x, p),
  ];
  return page({
    lang: p.lang,
    title: x.validateTitle,
    subtitle: x.validateSubtitle(reports.length),
    body: body.join("\n"),
  });
}

function provinsiOf(r: FileReport, x: ReportTexts): string {
  return r.facts.provinsi?.trim() || x.unknown;
}

function groups(reports: readonly FileReport[], x: ReportTexts): [string, FileReport[]][] {
  const map = new Map<string, FileReport[]>();
  for (const r of reports) map.set(provinsiOf(r, x), [...(map.get(provinsiOf(r, x)) ?? []), r]);
  return [...map].sort(([a], [b]) => (a === x.unknown ? 1 : b === x.unknown ? -1 : a.localeCompare(b, "id")));
}

function statusChart(reports: readonly FileReport[], x: ReportTexts, f: NumberFormats): string {
  const rows: BarRow[] = groups(reports, x).map(([provinsi, list]) => ({
    label: provinsi,
    values: (["ok", "invalid", "unreadable"] as const).map((s) => list.filter((r) => r.status === s).length),
  }));
  return card(
    x.statusChart,
    barChart({
      title: x.statusChart,
      series: [
        { name: x.ok, color: COLORS.ok },
        { name: x.invalid, color: COLORS.invalid },
        { name: x.unreadable, color: COLORS.unreadable },
      ],
      rows,
      stacked: true,
      format: f.count,
      axisLabel: x.countAxis,
    }),
  );
}

function moneyChart(
  reports: readonly FileReport[],
  x: ReportTexts,
  f: NumberFormats,
  allocation?: AllocationSummary,
): string {
  // The axis says "rupiah": the values go without "Rp" ("2,5 miliar", "-5 juta").
  const rp = (n: number) => (n === 0 ? "0" : f.rupiahShort(n).replace(/^(-?)Rp/, "$1"));
  if (allocation) {
    const rows = allocation.byProvinsi.map((g) => ({
      label: g.provinsi || x.unknown,
      values: [g.allocated, g.proposed],
    }));
    const series = [
      { name: x.allocationSeries, color: COLORS.a },
      { name: x.proposedSeries, color: COLORS.b },
    ];
    return card(x.moneyChart, barChart({ title: x.moneyChart, series, rows, format: rp, axisLabel: x.moneyAxis }));
  }
  const rows = groups(reports, x).map(([label, list]) => ({
    label,
    values: [sum(list.map((r) => r.facts.pagu)), sum(list.map((r) => r.facts.total))],
  }));
  const series = [
    { name: x.paguSeries, color: COLORS.a },
    { name: x.proposedSeries, color: COLORS.b },
  ];
  return card(x.paguChart, barChart({ title: x.paguChart, series, rows, format: rp, axisLabel: x.moneyAxis }));
}

/**
 * The penunjang share in bins up to the highest cap of the files' years, and one bin of the files
 * core judged over their own year's cap (a file whose rule is off is never counted there).
 */
function penunjangChart(reports: readonly FileReport[], x: ReportTexts, f: NumberFormats): string {
  const judged = reports.filter((r) => r.facts.penunjangShare !== null);
  const caps = [
    ...new Set(judged.flatMap((r) => (r.facts.penunjangVerdict ? [r.facts.penunjangVerdict.maxShare] : []))),
  ];
  caps.sort((a, b) => a - b);
  const top = caps.length > 0 ? caps[caps.length - 1] : DEFAULT_CAP;
  const step = top / SHARE_BINS;
  const isOver = (r: FileReport) => r.facts.penunjangVerdict?.state === "over";
  const shares = judged.filter((r) => !isOver(r)).map((r) => r.facts.penunjangShare ?? 0);
  // Above the top cap only files whose rule is off: the last bin then says "from".
  const unbounded = shares.some((s) => s > top);
  const bins = Array.from({ length: SHARE_BINS }, (_, i) => {
    const lo = i * step;
    const last = i === SHARE_BINS - 1;
    return {
      label: last && unbounded ? `≥ ${f.percent(lo)}` : `${f.number(lo * 100)}–${f.percent(lo + step)}`,
      count: shares.filter((s) => s >= lo && (last || s < lo + step)).length,
      warn: false,
    };
  });
  bins.push({ label: x.penunjangOverBin, count: judged.filter(isOver).length, warn: true });
  return card(
    x.penunjangChart,
    columnChart({
      title: x.penunjangChart,
      bins,
      color: COLORS.a,
      warnColor: COLORS.invalid,
      format: f.count,
      axisLabel: x.penunjangAxis(caps.length > 0 ? caps.map((c) => f.percent(c)).join(" / ") : f.percent(top)),
    }),
  );
}

function findingsChart(reports: readonly FileReport[], x: ReportTexts, f: NumberFormats): string {
  const counts = new Map<string, number>();
  for (const r of reports) for (const f of r.findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_FINDINGS);
  const rows = top.map(([code, n]) => ({ label: code, values: [n] }));
  if (rows.length === 0) return card(x.findingsChart, `<p class="note">–</p>`);
  return card(
    x.findingsChart,
    barChart({
      title: x.findingsChart,
      series: [{ name: x.findingsChart, color: COLORS.b }],
      rows,
      format: f.count,
      axisLabel: x.findingsAxis,
    }),
  );
}

function provinsiTable(
  reports: readonly FileReport[],
  x: ReportTexts,
  f: NumberFormats,
  allocation?: AllocationSummary,
): string {
  const money = (n: number) => escapeHtml(f.rupiahShort(n));
  const alloc = new Map(allocation?.byProvinsi.map((g) => [g.provinsi, g.allocated]) ?? []);
  const rows = groups(reports, x).map(([provinsi, list]) => [
    escapeHtml(provinsi),
    f.count(list.length),
    f.count(list.filter((r) => r.status === "ok").length),
    f.count(list.filter((r) => r.status === "invalid").length),
    f.count(list.filter((r) => r.status === "unreadable").length),
    money(sum(list.map((r) => r.facts.pagu))),
    money(sum(list.map((r) => r.facts.total))),
    ...(allocation ? [alloc.has(provinsi) ? money(alloc.get(provinsi)!) : "–"] : []),
  ]);
  const headers = [
    x.provinsi,
    x.files,
    x.ok,
    x.invalid,
    x.unreadable,
    x.pagu,
    x.total,
    ...(allocation ? [x.allocation] : []),
  ];
  return `<div class="card" style="margin-top:14px">${table(headers, rows, [1, 2, 3, 4, 5, 6, 7])}</div>`;
}

function missingTable(allocation: AllocationSummary, x: ReportTexts, p: Presenter): string {
  const rows = allocation.missing.map((e) => [
    escapeHtml(e.provinsi),
    escapeHtml(e.kabKota),
    escapeHtml(p.rupiah(e.pagu)),
  ]);
  return `<h2>${escapeHtml(x.missingTitle(rows.length))}</h2>${table([x.provinsi, x.kabKota, x.allocation], rows, [2])}`;
}

function filesTable(reports: readonly FileReport[], x: ReportTexts, p: Presenter): string {
  const f = numberFormats(p.lang);
  const rows = reports.map((r) => [
    escapeHtml(provinsiOf(r, x)),
    escapeHtml(r.facts.kabKota ?? ""),
    escapeHtml(r.file),
    `<span class="${r.status}">${escapeHtml(t(p.lang, `status.${r.status}`))}</span>${r.reason ? ` ${escapeHtml(reasonText(p, r))}` : ""}`,
    f.count(r.errors),
    f.count(r.warnings),
    r.facts.pagu === null ? "–" : escapeHtml(p.rupiah(r.facts.pagu)),
    r.facts.total === null ? "–" : escapeHtml(p.rupiah(r.facts.total)),
    r.facts.penunjangShare === null ? "–" : f.percent(r.facts.penunjangShare),
  ]);
  return table(
    [x.provinsi, x.kabKota, x.file, x.status, x.errors, x.warnings, x.pagu, x.total, x.penunjang],
    rows,
    [4, 5, 6, 7, 8],
  );
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((a, v) => a + (v ?? 0), 0);
}
