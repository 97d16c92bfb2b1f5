/**
 * The registry holds each rule once; everything else is derived. These tests hold the
 * declarations to their own word: unique ids and codes, messages whose placeholders are the
 * declared params shown as their kind says, in every language, and every declared param filled
 * by some rule case (a param no case fills is a message part nobody has ever seen).
 */
import { getRuleset } from "./bundled";
import { validate } from "./validate";
import { CASES } from "../../../test/rules/cases";
import { RULES } from "./registry";
import type { ParamKind } from "./declare";

const PLACEHOLDER = /\{(\w+)(?:\|(\w+))?\}/g;
/** The filter a message uses for a param of each kind (undefined: shown as written). */
const FILTER: Record<string, readonly (string | undefined)[]> = {
  text: [undefined],
  cell: [undefined],
  label: ["label"],
  reason: ["reason"],
  list: ["list", undefined],
  rp: ["rp"],
  num: ["num"],
  pct: ["pct"],
  // A compared cell: text or a number, shown as a number when it is one.
  value: [undefined, "num"],
};
const filtersOf = (kind: ParamKind) => FILTER[kind.replace("?", "")];

describe("rule declarations", () => {
  it("have unique ids and codes", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.code, r] as const))(
    "%s: every message uses declared params, as their kind says",
    (_code, rule) => {
      const params = rule.params as Readonly<Record<string, ParamKind>>;
      for (const locale of ["id", "en"] as const) {
        const used = Array.from(rule.message[locale].matchAll(PLACEHOLDER), (m) => [m[1], m[2]] as const);
        for (const [name, filter] of used) {
          expect(params[name]).toBeDefined();
          expect([name, filtersOf(params[name]).includes(filter)]).toEqual([name, true]);
        }
        expect(rule.title[locale].trim()).not.toBe("");
        expect(rule.description[locale].trim()).not.toBe("");
      }
      const names = (l: "id" | "en") => Array.from(rule.message[l].matchAll(PLACEHOLDER), (m) => m[1]).sort();
      expect(names("en")).toEqual(names("id"));
    },
  );

  it("every declared param of a validated rule is filled by some rule case", () => {
    const base = getRuleset(2020)!;
    const filled = new Map<string, Set<string>>();
    for (const c of CASES) {
      for (const f of validate(c.proposal, c.ruleset ? c.ruleset(base) : base)) {
        const set = filled.get(f.code) ?? new Set<string>();
        for (const [k, v] of Object.entries(f.params)) {
          if (v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)) set.add(k);
        }
        filled.set(f.code, set);
      }
    }
    const never = RULES.filter((r) => filled.has(r.code)).flatMap((r) =>
      Object.keys(r.params)
        .filter((p) => !filled.get(r.code)!.has(p))
        .map((p) => `${r.code}.${p}`),
    );
    expect(never).toEqual([]);
  });
});
