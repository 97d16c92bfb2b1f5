/**
 * `dak bandingkan` as a readable table: the pagu and other meta changes, one block per changed
 * line (added +, removed −, changed ~ with each field old → new and its cells), the totals per
 * menu old / new / difference, the findings, and a verdict line.
 */
import type { CompareValue, LineChange, LineField, RevisionReview } from "../core/compare";
import { CATALOGUES } from "../core/i18n";
import { formatNumber } from "../core/i18n/numbers";
import { subtractRupiah } from "../core/money/arithmetic";
import { t, type Lang } from "./messages";
import { oneLine, type Presenter } from "./presenter";

const MONEY_FIELDS: ReadonlySet<string> = new Set(["hargaSatuan", "jumlah", "pagu"]);
const MARK = { added: "+", removed: "-", changed: "~" } as const;

export function bandingkanTable(
  review: RevisionReview,
  files: { readonly old: string; readonly new: string },
  p: Presenter,
  color: boolean,
): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const { comparison: c } = review;
  const out: string[] = [bold(oneLine(t(p.lang, "bandingkan.heading", files)))];
  for (const m of c.meta) {
    if (m.field === "pagu" && typeof m.old === "number" && typeof m.new === "number") {
      const diff = subtractRupiah(m.new, m.old);
      out.push(t(p.lang, "bandingkan.pagu", { old: p.rupiah(m.old), new: p.rupiah(m.new), diff: signed(p, diff) }));
    } else {
      const field = label(p.lang, m.field);
      out.push(
        oneLine(t(p.lang, "bandingkan.meta", { field, old: value(p, m.field, m.old), new: value(p, m.field, m.new) })),
      );
    }
  }
  out.push("", bold(t(p.lang, "bandingkan.changes", { count: c.changes.length })));
  if (c.changes.length === 0) out.push(`  ${t(p.lang, "bandingkan.noChanges")}`);
  for (const change of c.changes) out.push(...changeBlock(change, p));
  out.push("", ...totalsBlock(review, p, bold));
  if (review.findings.length > 0) {
    out.push("", bold(t(p.lang, "bandingkan.findings", { count: review.findings.length })));
    for (const f of review.findings) {
      const where = f.sheet ? `${f.sheet}!${f.cell}` : f.cell;
      out.push(`  ${oneLine(where)}  ${t(p.lang, `severity.${f.severity}`)}  ${f.code}  ${oneLine(p.message(f))}`);
    }
  }
  out.push("", bold(verdict(review, p)));
  return `${out.join("\n")}\n`;
}

function changeBlock(change: LineChange, p: Presenter): string[] {
  const line = change.new ?? change.old!;
  const where = `${line.sheet}!${line.cell}`;
  const kind = t(p.lang, `bandingkan.${change.change}`);
  const what = `${change.uraian ?? "–"}${change.rincian ? ` (${change.rincian})` : ""}`;
  const head = `  ${MARK[change.change]} ${kind.padEnd(8)} ${where}  ${what}`;
  if (change.change !== "changed") {
    const amount = `${value(p, "volume", line.volume)} ${line.satuan ?? ""} × ${value(p, "hargaSatuan", line.hargaSatuan)} = ${value(p, "jumlah", line.jumlah)}`;
    return [oneLine(head), oneLine(`      ${amount}`)];
  }
  return [
    oneLine(head),
    ...change.fields.map((f) =>
      oneLine(
        `      ${label(p.lang, f.field)}: ${value(p, f.field, f.old)} → ${value(p, f.field, f.new)}  (${f.oldCell} → ${f.newCell})`,
      ),
    ),
  ];
}

function totalsBlock(review: RevisionReview, p: Presenter, bold: (s: string) => string): string[] {
  const { totals } = review.comparison;
  const rows = [
    [
      t(p.lang, "bandingkan.col.menu"),
      t(p.lang, "bandingkan.col.old"),
      t(p.lang, "bandingkan.col.new"),
      t(p.lang, "bandingkan.col.diff"),
    ],
    ...totals.byMenu.map((m) => [m.menu, p.rupiah(m.old), p.rupiah(m.new), signed(p, subtractRupiah(m.new, m.old))]),
    [
      t(p.lang, "bandingkan.total"),
      p.rupiah(totals.old),
      p.rupiah(totals.new),
      signed(p, subtractRupiah(totals.new, totals.old)),
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map(
    (r) =>
      `  ${oneLine(r[0]).padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3].padStart(widths[3])}`,
  );
  return [bold(t(p.lang, "bandingkan.totals")), ...lines];
}

function verdict(review: RevisionReview, p: Presenter): string {
  const { changes, meta } = review.comparison;
  if (changes.length === 0 && meta.length === 0) return t(p.lang, "bandingkan.same");
  const count = (k: LineChange["change"]) => changes.filter((x) => x.change === k).length;
  const metaText = meta.length
    ? t(p.lang, "bandingkan.metaChanged", { fields: meta.map((m) => label(p.lang, m.field)).join(", ") })
    : "";
  return t(p.lang, "bandingkan.different", {
    added: count("added"),
    removed: count("removed"),
    changed: count("changed"),
    meta: metaText,
    approval: review.findings.filter((f) => f.code === "REVISION_APPROVED_CHANGED").length,
  });
}

function label(lang: Lang, field: string): string {
  return CATALOGUES[lang].labels[field] ?? field;
}

function value(p: Presenter, field: LineField | string, v: CompareValue): string {
  if (v === null || v === "") return "–";
  if (typeof v === "string") return v;
  return MONEY_FIELDS.has(field) ? p.rupiah(v) : formatNumber(v);
}

function signed(p: Presenter, amount: number): string {
  return amount > 0 ? `+${p.rupiah(amount)}` : amount === 0 ? p.rupiah(0) : p.rupiah(amount);
}
