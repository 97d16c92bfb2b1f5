/**
 * Small static SVG charts for the HTML reports: no library, no script, no external resource.
 * Each bar's label sits above it (so a chart stays readable when a phone shrinks it), values are
 * printed at the bar's end, and the axis carries labelled gridlines. Every number shown is
 * formatted by the caller, in the report's locale. The viewBox scales to the page width.
 */
import { escapeHtml } from "./escape";

export interface Series {
  readonly name: string;
  /** A CSS colour; also given in the legend. */
  readonly color: string;
}

export interface BarRow {
  readonly label: string;
  /** One value per series; null = no figure (shown as "–"). */
  readonly values: readonly (number | null)[];
}

export interface BarChartOptions {
  readonly title: string;
  readonly series: readonly Series[];
  readonly rows: readonly BarRow[];
  /** Formats a value at a bar's end and on the axis. */
  readonly format: (value: number) => string;
  /** Stack the series in one bar (counts per status) instead of one bar per series. */
  readonly stacked?: boolean;
  /** Name of the axis (unit), under it. */
  readonly axisLabel: string;
}

const WIDTH = 520;
const PAD_LEFT = 8;
const PAD_RIGHT = 96;
const LABEL_H = 18;
const BAR_H = 14;
const BAR_GAP = 3;
const ROW_GAP = 10;
const AXIS_H = 40;
const LEGEND_H = 24;

/** Horizontal bars, grouped or stacked, with a zero line when values go negative. */
export function barChart(o: BarChartOptions): string {
  const perRow = o.stacked ? 1 : o.series.length;
  const rowH = LABEL_H + perRow * BAR_H + (perRow - 1) * BAR_GAP + ROW_GAP;
  const top = LEGEND_H;
  const height = top + o.rows.length * rowH + AXIS_H;
  const totals = o.rows.map((r) => (o.stacked ? [r.values.reduce<number>((a, v) => a + (v ?? 0), 0)] : r.values));
  const all = totals.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  const [min, max, step] = niceRange(Math.min(0, ...all), Math.max(0, ...all));
  const plotW = WIDTH - PAD_LEFT - PAD_RIGHT;
  const x = (v: number) => PAD_LEFT + ((v - min) / (max - min)) * plotW;
  const parts: string[] = [];
  const bottom = top + o.rows.length * rowH;
  for (let v = min; v <= max + step / 2; v += step) {
    const gx = x(v).toFixed(1);
    parts.push(
      `<line x1="${gx}" x2="${gx}" y1="${top}" y2="${bottom}" class="${Math.abs(v) < step / 2 ? "zero" : "grid"}"/>`,
      `<text x="${gx}" y="${bottom + 14}" class="tick" text-anchor="middle">${escapeHtml(o.format(roundTick(v)))}</text>`,
    );
  }
  parts.push(
    `<text x="${PAD_LEFT + plotW / 2}" y="${bottom + 32}" class="axis" text-anchor="middle">${escapeHtml(o.axisLabel)}</text>`,
  );
  o.rows.forEach((row, i) => {
    const y0 = top + i * rowH;
    parts.push(`<text x="${PAD_LEFT}" y="${y0 + 13}" class="label">${escapeHtml(row.label)}</text>`);
    if (o.stacked) parts.push(stackedBar(row, o, x, y0 + LABEL_H));
    else
      row.values.forEach((v, s) => parts.push(bar(v, o.series[s], o.format, x, y0 + LABEL_H + s * (BAR_H + BAR_GAP))));
  });
  return svg(o.title, height, legend(o.series) + parts.join(""));
}

function bar(v: number | null, s: Series, format: (n: number) => string, x: (v: number) => number, y: number): string {
  if (v === null || !Number.isFinite(v)) {
    return `<text x="${x(0) + 4}" y="${y + 11}" class="value">–</text>`;
  }
  const x0 = Math.min(x(0), x(v));
  const w = Math.max(Math.abs(x(v) - x(0)), v === 0 ? 0 : 1);
  const end = Math.max(x(0), x(v));
  return (
    `<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${s.color}"><title>${escapeHtml(`${s.name}: ${format(v)}`)}</title></rect>` +
    `<text x="${(end + 4).toFixed(1)}" y="${y + 11}" class="value">${escapeHtml(format(v))}</text>`
  );
}

function stackedBar(row: BarRow, o: BarChartOptions, x: (v: number) => number, y: number): string {
  let at = 0;
  const out: string[] = [];
  row.values.forEach((v, s) => {
    if (!v) return;
    const x0 = x(at);
    const w = x(at + v) - x0;
    out.push(
      `<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${o.series[s].color}"><title>${escapeHtml(`${o.series[s].name}: ${o.format(v)}`)}</title></rect>`,
    );
    if (w > 18)
      out.push(
        `<text x="${(x0 + w / 2).toFixed(1)}" y="${y + 11}" class="inbar" text-anchor="middle">${escapeHtml(o.format(v))}</text>`,
      );
    at += v;
  });
  out.push(`<text x="${(x(at) + 4).toFixed(1)}" y="${y + 11}" class="value">${escapeHtml(o.format(at))}</text>`);
  return out.join("");
}

export interface ColumnChartOptions {
  readonly title: string;
  readonly bins: readonly { readonly label: string; readonly count: number; readonly warn?: boolean }[];
  readonly color: string;
  readonly warnColor: string;
  readonly format: (n: number) => string;
  readonly axisLabel: string;
}

/** Vertical columns (a distribution): one column per bin, the count on top, the bin under it. */
export function columnChart(o: ColumnChartOptions): string {
  const height = 230;
  const top = 16;
  const bottom = height - 52;
  const [, max, step] = niceRange(0, Math.max(1, ...o.bins.map((b) => b.count)));
  const slot = (WIDTH - 40) / Math.max(1, o.bins.length);
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  const parts: string[] = [];
  for (let v = 0; v <= max + step / 2; v += step) {
    parts.push(
      `<line x1="36" x2="${WIDTH}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="${v === 0 ? "zero" : "grid"}"/>`,
      `<text x="32" y="${(y(v) + 4).toFixed(1)}" class="tick" text-anchor="end">${escapeHtml(o.format(roundTick(v)))}</text>`,
    );
  }
  o.bins.forEach((b, i) => {
    const cx = 40 + slot * i + slot / 2;
    const w = slot * 0.7;
    parts.push(
      `<rect x="${(cx - w / 2).toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${w.toFixed(1)}" height="${(bottom - y(b.count)).toFixed(1)}" fill="${b.warn ? o.warnColor : o.color}"><title>${escapeHtml(`${b.label}: ${o.format(b.count)}`)}</title></rect>`,
      `<text x="${cx.toFixed(1)}" y="${(y(b.count) - 4).toFixed(1)}" class="value" text-anchor="middle">${escapeHtml(o.format(b.count))}</text>`,
      `<text x="${cx.toFixed(1)}" y="${bottom + 16}" class="tick" text-anchor="middle">${escapeHtml(b.label)}</text>`,
    );
  });
  parts.push(
    `<text x="${WIDTH / 2}" y="${bottom + 40}" class="axis" text-anchor="middle">${escapeHtml(o.axisLabel)}</text>`,
  );
  return svg(o.title, height, parts.join(""));
}

function legend(series: readonly Series[]): string {
  if (series.length < 2) return "";
  let x = PAD_LEFT;
  return series
    .map((s) => {
      const item = `<rect x="${x}" y="4" width="12" height="12" fill="${s.color}"/><text x="${x + 16}" y="14" class="legend">${escapeHtml(s.name)}</text>`;
      x += 28 + s.name.length * 7;
      return item;
    })
    .join("");
}

function svg(title: string, height: number, body: string): string {
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${Math.ceil(height)}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

/** Axis bounds and step on 1, 2 or 5 × 10^k, about five gridlines. */
export function niceRange(min: number, max: number): [number, number, number] {
  if (min === max) return [min, min + 1, 1];
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step, step];
}

/** Gridline values built by adding steps carry float noise (0.30000000000000004). */
function roundTick(v: number): number {
  return Number(v.toPrecision(12));
}
