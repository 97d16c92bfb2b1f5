/**
 * The shell of a `--report` page: one self-contained HTML file. No script, no external resource
 * (a Content-Security-Policy forbids any), styles inline, readable from a phone to a 1366 px
 * screen, and A4 print styles (margins, no split cards, tables that repeat their header).
 */
import type { Locale } from "../../core/i18n/locale";
import { escapeHtml } from "./escape";

export interface PageParts {
  readonly lang: Locale;
  readonly title: string;
  readonly subtitle: string;
  readonly body: string;
}

const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1f2328;background:#f6f7f9}
main{max-width:1240px;margin:0 auto;padding:20px 16px 40px}
h1{font-size:1.5rem;margin:0 0 4px}
h2{font-size:1.15rem;margin:28px 0 10px;border-bottom:2px solid #d0d7de;padding-bottom:4px}
h3{font-size:1rem;margin:0 0 8px}
.sub{color:#57606a;margin:0 0 16px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:12px 0}
.kpi{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 12px}
.kpi b{display:block;font-size:1.35rem;font-variant-numeric:tabular-nums}
.kpi span{color:#57606a;font-size:.85rem}
.kpi.bad b{color:#b42318}.kpi.good b{color:#1a7f37}.kpi.warn b{color:#9a6700}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,480px),1fr));gap:14px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 14px;break-inside:avoid}
.chart{width:100%;height:auto;display:block;max-width:760px}
.chart text{font-family:inherit;fill:#1f2328}
.chart .label{font-size:12.5px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.chart .value,.chart .tick,.chart .legend{font-size:11.5px}
.chart .inbar{font-size:11px;fill:#fff;font-weight:600}
.chart .axis{font-size:11.5px;fill:#57606a}
.chart .grid{stroke:#d8dee4;stroke-width:1}
.chart .zero{stroke:#57606a;stroke-width:1.2}
.note{color:#57606a;font-size:.9rem;margin:6px 0 0}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
th,td{border:1px solid #d0d7de;padding:5px 7px;text-align:left;vertical-align:top}
th{background:#eef1f4}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.ok{color:#1a7f37;font-weight:600}.invalid{color:#b42318;font-weight:600}.unreadable{color:#9a6700;font-weight:600}
footer{color:#57606a;font-size:.8rem;margin-top:28px}
@media (max-width:600px){body{font-size:14px}main{padding:12px 10px 28px}h1{font-size:1.25rem}.card{padding:10px}th,td{padding:4px 5px}}
@page{size:A4;margin:14mm 12mm}
@media print{
body{background:#fff;font-size:10pt}
main{max-width:none;padding:0}
.card,.kpi{border-color:#999;break-inside:avoid}
.grid{grid-template-columns:1fr 1fr;gap:8px}
h2{break-after:avoid}
thead{display:table-header-group}
tr{break-inside:avoid}
.scroll{overflow:visible}
}
`;

export function page(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(parts.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(parts.title)}</h1>
<p class="sub">${escapeHtml(parts.subtitle)}</p>
${parts.body}
</main>
</body>
</html>
`;
}

/** A table; cells are already HTML (escape text with escapeHtml); `numeric` marks right-aligned columns. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="n"' : "");
  const head = headers.map((h, i) => `<th${cls(i)} scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join("")}</tr>`).join("\n");
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export function kpi(value: string, label: string, tone = ""): string {
  return `<div class="kpi ${tone}"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
}

export function card(title: string, content: string): string {
  return `<section class="card"><h3>${escapeHtml(title)}</h3>${content}</section>`;
}
