/**
 * How the Validasi tab presents findings: filter by code and sheet, group by severity with
 * counts, and the rows of the "Hasil Validasi" sheet. Pure functions over findings, so the
 * component only renders.
 */
import type { SheetKind } from "../../core/package/kinds";
import { sortFindings, type Finding, type Severity } from "../../core/rules/findings";
import type { FindingRow } from "../../excel/adapter";
import { quoteSheetName, sheetReference } from "../../excel/address";
import type { Engine, Locale, RuleView, RulesetView } from "../../runtime/engine";
import type { Strings } from "../i18n/strings.id";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingFilter {
  /** "" = every code / every sheet. */
  readonly code: string;
  readonly sheet: string;
}

export const NO_FILTER: FindingFilter = { code: "", sheet: "" };

export interface FindingGroup {
  readonly severity: Severity;
  /** Findings of this severity that pass the filter, in presentation order. */
  readonly findings: readonly Finding[];
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => (!filter.code || f.code === filter.code) && (!filter.sheet || f.sheet === filter.sheet),
  );
}

export function groupBySeverity(findings: readonly Finding[]): FindingGroup[] {
  const sorted = sortFindings(findings);
  return SEVERITIES.map((severity) => ({ severity, findings: sorted.filter((f) => f.severity === severity) })).filter(
    (g) => g.findings.length > 0,
  );
}

export interface SheetFindings {
  readonly sheet: string;
  readonly findings: readonly Finding[];
}

/** Consecutive findings of one sheet together (findings in presentation order are sorted by sheet). */
export function groupBySheet(findings: readonly Finding[]): SheetFindings[] {
  const out: { sheet: string; findings: Finding[] }[] = [];
  for (const f of findings) {
    const last = out[out.length - 1];
    if (last && last.sheet === f.sheet) last.findings.push(f);
    else out.push({ sheet: f.sheet, findings: [f] });
  }
  return out;
}

/** "RAB · RAB", "Lembar1 · Rencana Kegiatan": the sheet and what kind of sheet it is. */
export function sheetHeading(sheet: string, kinds: ReadonlyMap<string, SheetKind>, t: Strings): string {
  if (!sheet) return t.noSheet;
  const kind = kinds.get(sheet);
  return kind ? `${sheet} · ${t.sheetKinds[kind]}` : sheet;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Distinct codes and sheets for the filter lists, sorted. */
export function filterChoices(findings: readonly Finding[]): { codes: string[]; sheets: string[] } {
  const codes = new Set<string>();
  const sheets = new Set<string>();
  for (const f of findings) {
    codes.add(f.code);
    if (f.sheet) sheets.add(f.sheet);
  }
  return { codes: [...codes].sort(), sheets: [...sheets].sort((a, b) => a.localeCompare(b)) };
}

/** A rule's name in plain words: its title in the user's language, else its id. */
export function ruleName(rule: RuleView, locale: Locale): string {
  return rule.title?.[locale] ?? rule.id;
}

/**
 * Plain-words labels of the finding codes, from the rules of the ruleset that produced them (a
 * code reported by several rules lists their titles); codes without a titled rule are absent, and
 * the caller shows the code itself.
 */
export function ruleLabels(ruleset: RulesetView, locale: Locale): Map<string, string> {
  const titles = new Map<string, string[]>();
  for (const rule of ruleset.rules) {
    const title = rule.title?.[locale];
    if (!title) continue;
    const list = titles.get(rule.code) ?? [];
    if (!list.includes(title)) list.push(title);
    titles.set(rule.code, list);
  }
  return new Map([...titles].map(([code, list]) => [code, list.join(" / ")]));
}

/** "RK!H17" (quoted as Excel quotes it), or the sheet alone, or "(workbook)" when the finding points nowhere. */
export function whereLabel(f: Finding, t: Strings): string {
  if (!f.sheet) return t.noSheet;
  return f.cell ? sheetReference(f.sheet, f.cell) : quoteSheetName(f.sheet);
}

/** The details line under a finding: the rule in plain words (when known), then its code and rule id. */
export function detailsLine(f: Finding, labels: ReadonlyMap<string, string>, t: Strings): string {
  const rule = labels.get(f.code);
  return `${rule ? `${rule} · ` : ""}${t.codeLabel}: ${f.code} (${f.ruleId})`;
}

export function severityLabel(severity: Severity, t: Strings): string {
  return severity === "error" ? t.severityError : severity === "warning" ? t.severityWarning : t.severityInfo;
}

export function findingRows(findings: readonly Finding[], engine: Engine, locale: Locale, t: Strings): FindingRow[] {
  return sortFindings(findings).map((f) => ({
    severity: severityLabel(f.severity, t),
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    message: engine.formatFinding(f, locale),
    basis: f.basis ?? "",
  }));
}
