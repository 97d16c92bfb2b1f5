/**
 * Every placeholder of every finding message is filled by a finding the product really makes in
 * the tests' cases: the rule cases (validate), the ruleset choice's fallback, the allocation check
 * and the revision review. A placeholder no producer ever fills is a message that never says what
 * it promises (issue 16.9 found four never filled by any case). Then every message, given all its
 * parameters, renders each of them: no "{x}" is left and no optional part is dropped.
 */
import { checkAllocation, readAllocationTable } from "../../src/core/allocation";
import type { Comparison } from "../../src/core/compare/types";
import { revisionFindings } from "../../src/core/compare/revision";
import { CATALOGUES, fill } from "../../src/core/i18n/format-finding";
import { LOCALES } from "../../src/core/i18n/locale";
import { getRuleset } from "../../src/core/rules/bundled";
import { chooseRulesetForTa, choiceFindings } from "../../src/core/rules/choose";
import type { Finding } from "../../src/core/rules/findings";
import { validate } from "../../src/core/rules/validate";
import { CASES } from "../rules/cases";
import { rkFacts } from "../helpers/rk-facts";

const PLACEHOLDER = /\{(\w+)(?:\|(\w+))?\}/g;
const base = getRuleset(2020)!;

function allocationFindings(): Finding[] {
  const table = readAllocationTable([
    {
      sheet: "Alokasi",
      origin: { row: 0, col: 0 },
      values: [
        ["Tahun Anggaran", 2020],
        ["No", "PROVINSI", "Kab / Kota", "Pagu Alokasi (Rp juta)"],
        [1, "Jawa Barat", "Kab. Bandung", 3000],
        [2, "Jawa Barat", "Kota Bandung", 2500],
      ],
    },
  ]);
  const rk = rkFacts;
  // a pagu off the table's, a name two rows match, one not in the table, one not stated
  const rks = [
    rk("Kab. Bandung", 2_900_000_000, "Jawa Barat"),
    rk("Bandung", 10),
    rk("Kab. Garut", 1, "Jawa Barat"),
    rk(undefined, 1),
  ];
  return checkAllocation(table, rks).findings.flat();
}

function revisionFinding(): Finding[] {
  const comparison = {
    changes: [
      {
        change: "changed",
        menu: "Menu 1",
        rincian: "Gudang",
        uraian: "Pembangunan gudang",
        fields: [{ field: "volume", old: 150, new: 180, oldCell: "F16", newCell: "F16" }],
        old: { sheet: "RK", cell: "B16" },
        new: { sheet: "RK Perubahan", cell: "B16" },
      },
    ],
    meta: [],
    unchanged: 0,
  } as unknown as Comparison;
  return revisionFindings(comparison, base);
}

/** Every finding the cases make, by code: which parameters ever carry a value. */
function filledParams(): Map<string, Set<string>> {
  const findings = [
    ...CASES.flatMap((c) => validate(c.proposal, c.ruleset ? c.ruleset(base) : base)),
    ...choiceFindings(chooseRulesetForTa({ ta: 2031, sheet: "RK", cell: "C4" })),
    ...allocationFindings(),
    ...revisionFinding(),
  ];
  const filled = new Map<string, Set<string>>();
  for (const f of findings) {
    const names = filled.get(f.code) ?? new Set<string>();
    for (const [name, value] of Object.entries(f.params ?? {})) {
      if (value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0))
        names.add(name);
    }
    filled.set(f.code, names);
  }
  return filled;
}

describe("finding messages", () => {
  const filled = filledParams();

  it.each(Object.keys(CATALOGUES.id.findings))("%s: every placeholder is filled by a case", (code) => {
    const template = CATALOGUES.id.findings[code as keyof typeof CATALOGUES.id.findings];
    const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
    const never = names.filter((n) => !filled.get(code)?.has(n));
    expect({ code, made: filled.has(code), never }).toEqual({ code, made: true, never: [] });
  });

  it.each(LOCALES)("%s: every placeholder renders when given", (locale) => {
    const cat = CATALOGUES[locale];
    for (const [code, template] of Object.entries(cat.findings)) {
      const params: Record<string, string | number | string[]> = {};
      for (const [, name, filter] of template.matchAll(PLACEHOLDER)) {
        params[name] =
          filter === "list" ? ["a", "b"] : filter === "rp" || filter === "num" || filter === "pct" ? 7 : "x";
      }
      const text = fill(template, params, cat, locale);
      expect({ code, text: /[{}[\]]/.test(text) ? text : "rendered" }).toEqual({ code, text: "rendered" });
    }
  });
});
