/**
 * diffRulesets: what differs between two resolved rulesets, in a stable order (menus, lists of
 * names and patterns, the sentra code, thresholds, disbursement, then rules in registry order).
 * Pure: `dak rules --diff` and the Aturan tab's "what changed since TA …" both call it.
 */
import { RULE_CODES, RULE_IDS } from "../registry";
import type { DisbursementSpec, Ruleset, RuleSpec, Thresholds } from "../ruleset";
import { sameValue, setChange } from "./compare-values";
import { menuChanges } from "./menu-changes";
import type { DisbursementField, ListName, RulesetChange, RulesetDiff, RulesetRef, ThresholdKey } from "./types";

/** Every threshold, in the order the words list them (a key missing here is a compile error). */
const THRESHOLD_ORDER: Record<ThresholdKey, number> = {
  penunjangMaxShare: 0,
  paguUnderusedBelow: 1,
  sentraMinUnits: 2,
  amountTolerance: 3,
  ppnRate: 4,
  latitude: 5,
  longitude: 6,
};
const THRESHOLD_KEYS = (Object.keys(THRESHOLD_ORDER) as ThresholdKey[]).sort(
  (a, b) => THRESHOLD_ORDER[a] - THRESHOLD_ORDER[b],
);

const DISBURSEMENT_FIELDS: readonly DisbursementField[] = [
  "lumpSumMaxPagu",
  "lumpSumAmount",
  "stages",
  "basis",
  "status",
];

/** Each list a ruleset holds, as the strings compared ("m² → m2" for an alias of a satuan). */
const LISTS: Readonly<Record<ListName, (r: Ruleset) => readonly string[]>> = {
  satuan: (r) => r.satuan.canonical,
  satuanAliases: (r) => Object.entries(r.satuan.aliases).map(([written, canonical]) => `${written} → ${canonical}`),
  metode: (r) => r.metode.map((m) => m.name),
  metodeAliases: (r) => r.metode.flatMap((m) => m.aliases.map((alias) => `${alias} → ${m.name}`)),
  honorariumPatterns: (r) => r.honorariumPatterns,
  honorExcludedRoles: (r) => r.honorExcludedRoles,
  ineligiblePatterns: (r) => r.ineligiblePatterns,
  nonfisikPatterns: (r) => r.nonfisikPatterns,
  requiredMeta: (r) => r.requiredMeta,
};

export function rulesetRef(r: Ruleset): RulesetRef {
  return { id: r.id, ta: r.ta, taTo: r.taTo, title: r.title };
}

/** What changed from `from` (the older, "since TA …") to `to`; no changes when they agree. */
export function diffRulesets(from: Ruleset, to: Ruleset): RulesetDiff {
  const changes: RulesetChange[] = [
    ...menuChanges(from.menus, to.menus),
    ...listChanges(from, to),
    ...(from.sentraUnregisteredCode === to.sentraUnregisteredCode
      ? []
      : [{ kind: "sentraCodeChanged", old: from.sentraUnregisteredCode, new: to.sentraUnregisteredCode } as const]),
    ...thresholdChanges(from.thresholds, to.thresholds),
    ...disbursementChanges(from.disbursement, to.disbursement),
    ...ruleChanges(from.rules, to.rules),
  ];
  return { from: rulesetRef(from), to: rulesetRef(to), changes };
}

function listChanges(from: Ruleset, to: Ruleset): RulesetChange[] {
  const out: RulesetChange[] = [];
  for (const [list, read] of Object.entries(LISTS) as [ListName, (r: Ruleset) => readonly string[]][]) {
    const { added, removed } = setChange(read(from), read(to));
    if (added.length > 0 || removed.length > 0) out.push({ kind: "listChanged", list, added, removed });
  }
  return out;
}

function thresholdChanges(from: Thresholds, to: Thresholds): RulesetChange[] {
  return THRESHOLD_KEYS.filter((key) => !sameValue(from[key] ?? null, to[key] ?? null)).map((threshold) => ({
    kind: "thresholdChanged",
    threshold,
    old: from[threshold] ?? null,
    new: to[threshold] ?? null,
  }));
}

function disbursementChanges(from: DisbursementSpec, to: DisbursementSpec): RulesetChange[] {
  return DISBURSEMENT_FIELDS.filter((field) => !sameValue(from[field], to[field])).map((field) => ({
    kind: "disbursementChanged",
    field,
    old: from[field],
    new: to[field],
  }));
}

type Rules = Readonly<Partial<Record<(typeof RULE_IDS)[number], RuleSpec>>>;

function ruleChanges(from: Rules, to: Rules): RulesetChange[] {
  const out: RulesetChange[] = [];
  for (const rule of RULE_IDS) {
    const before = from[rule];
    const after = to[rule];
    const ref = { rule, code: RULE_CODES[rule] };
    if (before === undefined || after === undefined) {
      if (before !== after) out.push({ ...ref, kind: before === undefined ? "ruleAdded" : "ruleRemoved" });
      continue;
    }
    const on = (spec: RuleSpec) => spec.enabled !== false;
    if (on(before) !== on(after)) out.push({ ...ref, kind: on(after) ? "ruleEnabled" : "ruleDisabled" });
    if (before.severity !== after.severity) {
      out.push({ ...ref, kind: "ruleSeverity", old: before.severity, new: after.severity });
    }
    if (before.status !== after.status) out.push({ ...ref, kind: "ruleStatus", old: before.status, new: after.status });
    if ((before.basis ?? null) !== (after.basis ?? null)) {
      out.push({ ...ref, kind: "ruleBasis", old: before.basis ?? null, new: after.basis ?? null });
    }
  }
  return out;
}
