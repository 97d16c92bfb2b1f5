/**
 * formatFinding: the message of a finding, made late in the reader's language from its code and
 * params: where (sheet and cell), what is wrong with the numbers involved, and the basis.
 */
import type { Finding, FindingParamValue } from "../rules/findings";
import { EN } from "./catalogue-en";
import { ID } from "./catalogue-id";
import type { Catalogue } from "./catalogue";
import type { Locale } from "./locale";
import { formatNumber, formatPercent, formatRupiah } from "./numbers";

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { id: ID, en: EN };

export interface FormatOptions {
  /** Leave out "Lembar … sel …: " (e.g. a custom function that checks one line in place). */
  readonly withoutWhere?: boolean;
  /** Leave out the basis. */
  readonly withoutBasis?: boolean;
}

export function formatFinding(finding: Finding, locale: Locale = "id", options: FormatOptions = {}): string {
  const cat = CATALOGUES[locale] ?? ID;
  const what = fill(cat.findings[finding.code], finding.params, cat, locale);
  const where = options.withoutWhere ? "" : location(finding, cat, locale);
  const basis =
    options.withoutBasis || !finding.basis ? "" : fill(cat.where.basis, { basis: finding.basis }, cat, locale);
  return `${where}${what}${basis}`;
}

function location(f: Finding, cat: Catalogue, locale: Locale): string {
  if (f.sheet === "") return "";
  return fill(f.cell === "" ? cat.where.sheet : cat.where.sheetCell, { sheet: f.sheet, cell: f.cell }, cat, locale);
}

type Params = Readonly<Record<string, FindingParamValue>>;

const PLACEHOLDER = /\{(\w+)(?:\|(\w+))?\}/g;

/** Fills a template; an optional segment "[…]" is dropped when a placeholder in it is empty. */
export function fill(template: string, params: Params, cat: Catalogue, locale: Locale = "id"): string {
  const withOptionals = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const names = Array.from(inner.matchAll(PLACEHOLDER), (m) => m[1]);
    return names.every((n) => !isBlank(params[n])) ? inner : "";
  });
  return withOptionals.replace(PLACEHOLDER, (_, name: string, filter?: string) =>
    render(params[name], filter, cat, locale),
  );
}

function isBlank(v: FindingParamValue | undefined): boolean {
  return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
}

function render(
  value: FindingParamValue | undefined,
  filter: string | undefined,
  cat: Catalogue,
  locale: Locale,
): string {
  if (value === undefined || value === null) return "";
  switch (filter) {
    case "rp":
      return typeof value === "number" ? formatRupiah(value, locale) : String(value);
    case "num":
      return typeof value === "number" ? formatNumber(value, locale) : String(value);
    case "pct":
      return typeof value === "number" ? formatPercent(value, locale) : String(value);
    case "reason":
      return cat.reasons?.[String(value)] ?? String(value);
    case "label":
      return cat.labels[String(value)] ?? String(value);
    case "raw":
      // An identifier that happens to be a number (a fiscal year, a row number): never grouped.
      return String(value);
    case "list":
      return joinList(Array.isArray(value) ? value : [String(value)], cat);
    default:
      // A number without a filter is still written the locale's way ("3.753"), never raw.
      if (typeof value === "number") return formatNumber(value, locale);
      return Array.isArray(value) ? joinList(value, cat) : String(value);
  }
}

function joinList(items: readonly string[], cat: Catalogue): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(cat.listJoin.separator)}${cat.listJoin.last}${items[items.length - 1]}`;
}
