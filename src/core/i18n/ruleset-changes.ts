/**
 * What differs between two rulesets in plain words, for `dak rules --diff` and the Aturan tab:
 * the changes of diffRulesets (src/core/rules/changes) grouped (menus, lists, thresholds,
 * disbursement, rules), one item per thing that changed with a line per difference. Numbers are
 * written by the locale's formatters, rules named by their declared title.
 */
import type { FieldValue, RulesetChange } from "../rules/changes/types";
import { RULE_CODES, isRuleId, ruleDeclaration } from "../rules/registry";
import type { Bounds, DisbursementStage, LineBounds } from "../rules/ruleset";
import { CATALOGUES } from "./format-finding";
import type { Locale } from "./locale";
import { numberFormats, type NumberFormats } from "./numbers";
import { CHANGE_WORDS_EN } from "./ruleset-changes-en";
import { CHANGE_WORDS_ID } from "./ruleset-changes-id";
import { CHANGE_GROUPS, type ChangeGroup, type ChangeWords } from "./ruleset-changes-words";

export { CHANGE_GROUPS, type ChangeGroup } from "./ruleset-changes-words";

/** The words of each language (exported for the catalogues' parity test). */
export const CHANGE_WORDS: Readonly<Record<Locale, ChangeWords>> = { id: CHANGE_WORDS_ID, en: CHANGE_WORDS_EN };

/** One thing that changed (a menu, a rincian, a threshold, a rule…) and each of its differences. */
export interface ChangeItem {
  /** Stable within one description ("rule:penunjang.cap"): a React key, a test hook. */
  readonly key: string;
  readonly subject: string;
  /** The finding code of a rule, for a details line. */
  readonly code?: string;
  readonly details: readonly string[];
}

export interface ChangeSection {
  readonly group: ChangeGroup;
  readonly heading: string;
  readonly items: readonly ChangeItem[];
}

interface Line {
  readonly group: ChangeGroup;
  readonly key: string;
  readonly subject: string;
  readonly code?: string;
  readonly detail: string;
}

/** The changes in words, grouped in CHANGE_GROUPS order; empty when there are none. */
export function describeRulesetChanges(changes: readonly RulesetChange[], locale: Locale): ChangeSection[] {
  const ctx: Ctx = { w: CHANGE_WORDS[locale], f: numberFormats(locale), locale };
  const items = new Map<ChangeGroup, (ChangeItem & { details: string[] })[]>();
  for (const change of changes) {
    const line = describe(change, ctx);
    const list = items.get(line.group) ?? [];
    items.set(line.group, list);
    const same = list.find((item) => item.key === line.key);
    if (same) same.details.push(line.detail);
    else list.push({ key: line.key, subject: line.subject, code: line.code, details: [line.detail] });
  }
  return CHANGE_GROUPS.filter((g) => items.has(g)).map((group) => ({
    group,
    heading: ctx.w.groups[group],
    items: items.get(group)!,
  }));
}

interface Ctx {
  readonly w: ChangeWords;
  readonly f: NumberFormats;
  readonly locale: Locale;
}

const arrow = (old: string, now: string): string => `${old} → ${now}`;

function describe(c: RulesetChange, ctx: Ctx): Line {
  const { w } = ctx;
  switch (c.kind) {
    case "menuAdded":
    case "menuRemoved":
      return menuLine(c.menu, c.kind === "menuAdded" ? w.menuAdded : w.menuRemoved, w);
    case "menuChanged":
      return menuLine(c.menu, fieldDetail(w.menuFields[c.field], c.field, c.old, c.new, ctx), w);
    case "rincianAdded":
    case "rincianRemoved":
      return rincianLine(c.menu, c.rincian, c.kind === "rincianAdded" ? w.rincianAdded : w.rincianRemoved, w);
    case "rincianChanged":
      return rincianLine(c.menu, c.rincian, fieldDetail(w.rincianFields[c.field], c.field, c.old, c.new, ctx), w);
    case "listChanged": {
      const items = c.list === "requiredMeta" ? metaLabels(c, ctx.locale) : c;
      return { group: "lists", key: `list:${c.list}`, subject: w.lists[c.list], detail: setDetail(items, w) };
    }
    case "sentraCodeChanged":
      return { group: "lists", key: "sentraCode", subject: w.sentraCode, detail: arrow(`"${c.old}"`, `"${c.new}"`) };
    case "thresholdChanged":
      return {
        group: "thresholds",
        key: `threshold:${c.threshold}`,
        subject: w.thresholds[c.threshold],
        detail: arrow(show(c.threshold, c.old, ctx), show(c.threshold, c.new, ctx)),
      };
    case "disbursementChanged":
      return {
        group: "disbursement",
        key: "disbursement",
        subject: w.disbursement,
        detail: fieldDetail(w.disbursementFields[c.field], c.field, c.old, c.new, ctx),
      };
    default:
      return ruleLine(c, ctx);
  }
}

function menuLine(menu: { id: string; name: string }, detail: string, w: ChangeWords): Line {
  return { group: "menus", key: `menu:${menu.id}`, subject: w.menu(menu.name), detail };
}

function rincianLine(
  menu: { id: string; name: string },
  rincian: { id: string; name: string },
  detail: string,
  w: ChangeWords,
): Line {
  return {
    group: "menus",
    key: `rincian:${menu.id}/${rincian.id}`,
    subject: w.rincian(rincian.name, menu.name),
    detail,
  };
}

type RuleChange = Extract<RulesetChange, { rule: string }>;

function ruleLine(c: RuleChange, ctx: Ctx): Line {
  const { w, locale } = ctx;
  const subject = isRuleId(c.rule) ? ruleDeclaration(c.rule).title[locale] : c.rule;
  const base = { group: "rules" as const, key: `rule:${c.rule}`, subject, code: RULE_CODES[c.rule] ?? c.code };
  switch (c.kind) {
    case "ruleAdded":
      return { ...base, detail: w.ruleAdded };
    case "ruleRemoved":
      return { ...base, detail: w.ruleRemoved };
    case "ruleEnabled":
      return { ...base, detail: w.ruleEnabled };
    case "ruleDisabled":
      return { ...base, detail: w.ruleDisabled };
    case "ruleSeverity":
      return { ...base, detail: `${w.severity}: ${arrow(w.severities[c.old], w.severities[c.new])}` };
    case "ruleStatus":
      return { ...base, detail: `${w.status}: ${arrow(w.statuses[c.old], w.statuses[c.new])}` };
    case "ruleBasis":
      return { ...base, detail: `${w.basis}: ${arrow(c.old ?? w.none, c.new ?? w.none)}` };
  }
}

/** Fields holding a list of names: what was added and removed, not the two whole lists. */
const SET_FIELDS: ReadonlySet<string> = new Set(["aliases", "satuan", "physicalMetode"]);

function fieldDetail(label: string, field: string, old: FieldValue, now: FieldValue, ctx: Ctx): string {
  if (SET_FIELDS.has(field)) {
    const before = (old ?? []) as readonly string[];
    const after = (now ?? []) as readonly string[];
    const change = {
      added: after.filter((x) => !before.includes(x)),
      removed: before.filter((x) => !after.includes(x)),
    };
    return `${label}: ${setDetail(change, ctx.w)}`;
  }
  return `${label}: ${arrow(show(field, old, ctx), show(field, now, ctx))}`;
}

function setDetail(
  c: { readonly added: readonly string[]; readonly removed: readonly string[] },
  w: ChangeWords,
): string {
  const parts: string[] = [];
  if (c.added.length > 0) parts.push(w.listAdded(c.added.join(", ")));
  if (c.removed.length > 0) parts.push(w.listRemoved(c.removed.join(", ")));
  return parts.join("; ");
}

function metaLabels(c: { readonly added: readonly string[]; readonly removed: readonly string[] }, locale: Locale) {
  const label = (key: string) => CATALOGUES[locale].labels[key] ?? key;
  return { added: c.added.map(label), removed: c.removed.map(label) };
}

/** A field's value in words; how depends on the field (a share, rupiah, a count, a word). */
function show(field: string, value: FieldValue | Bounds, ctx: Ctx): string {
  const { w, f } = ctx;
  if (value === null || value === undefined) return w.none;
  switch (field) {
    case "penunjangMaxShare":
    case "paguUnderusedBelow":
    case "ppnRate":
      return f.percent(value as number);
    case "sentraMinUnits":
      return f.count(value as number);
    case "amountTolerance":
    case "lumpSumMaxPagu":
      return f.rupiah(value as number);
    case "share":
      return bounds(value as Bounds, f.percent, w);
    case "latitude":
    case "longitude":
    case "volume":
      return bounds(value as LineBounds, (v) => f.number(v), w);
    case "unitCost":
      return bounds(value as LineBounds, f.rupiah, w);
    case "stages":
      return (value as readonly DisbursementStage[]).map((s) => stage(s, ctx)).join("; ");
    case "status":
      return w.statuses[value as keyof ChangeWords["statuses"]];
    case "kind":
      return w.kinds[value as keyof ChangeWords["kinds"]];
    case "lumpSumAmount":
      return w.lumpSumAmount[value as keyof ChangeWords["lumpSumAmount"]];
    case "penunjang":
    case "honorariumAllowed":
      return value ? w.yesNo.yes : w.yesNo.no;
    case "name":
      return `"${String(value)}"`;
    default:
      return String(value);
  }
}

function bounds(b: LineBounds, format: (v: number) => string, w: ChangeWords): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(w.atLeast(format(b.min)));
  if (b.max !== undefined) parts.push(w.atMost(format(b.max)));
  const text = parts.length > 0 ? parts.join(", ") : w.none;
  return b.satuan !== undefined ? w.inSatuan(text, b.satuan) : text;
}

function stage(s: DisbursementStage, ctx: Ctx): string {
  const { w, f } = ctx;
  const needs: string[] = [];
  if (s.minSerapan !== undefined) needs.push(w.minSerapan(f.percent(s.minSerapan)));
  if (s.minOutput !== undefined) needs.push(w.minOutput(f.percent(s.minOutput)));
  return w.stage(s.name, s.share === undefined ? undefined : f.percent(s.share), needs);
}
