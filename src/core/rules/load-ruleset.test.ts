import Ajv2020 from "ajv/dist/2020";
import ta2020 from "../../data/rulesets/ta2020.json";
import schema from "../../data/rulesets/ruleset.schema.json";
import { loadRuleset } from "./load-ruleset";
import { RULE_IDS } from "./registry";
import { BUNDLED_RULESETS, getRuleset, nearestRuleset } from "./bundled";
import { BUNDLED_SOURCES } from "./bundled-sources";

type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(JSON.stringify(ta2020)) as Json;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaValidate = ajv.compile(schema);

/** An own key, as JSON.parse makes it even for names that live on Object.prototype. */
const own = (r: Json, key: string, value: unknown) =>
  Object.defineProperty(r, key, { value, enumerable: true, writable: true, configurable: true });

/** Broken rulesets an official could write; each must be rejected by the schema AND the loader. */
const BROKEN: Array<[string, (r: Json) => void, string]> = [
  ["menu without a name", (r) => delete (r.menus as Json[])[0].name, "/menus/0/name"],
  ["empty rincian name", (r) => (((r.menus as Json[])[0].rincian as Json[])[2].name = "  "), "/menus/0/rincian/2/name"],
  ["unknown kind", (r) => (((r.menus as Json[])[0].rincian as Json[])[0].kind = "tanah"), "/menus/0/rincian/0/kind"],
  ["share over 100%", (r) => ((r.thresholds as Json).penunjangMaxShare = 5), "/thresholds/penunjangMaxShare"],
  ["ta as text", (r) => (r.ta = "2020"), "/ta"],
  ["typo in a field name", (r) => ((r.thresholds as Json).sentraMinUnit = 5), "/thresholds/sentraMinUnit"],
  [
    "unknown severity",
    (r) => (((r.rules as Json)["line.menu"] as Json).severity = "fatal"),
    "/rules/line.menu/severity",
  ],
  [
    "assumed rule that blocks",
    (r) => (((r.rules as Json)["line.menu"] as Json).severity = "error"),
    "/rules/line.menu/severity",
  ],
  ["no menus", (r) => (r.menus = []), "/menus"],
  ["unknown meta key", (r) => (r.requiredMeta = ["pagu", "alamat"]), "/requiredMeta/1"],
  [
    "satuan not a list",
    (r) => (((r.menus as Json[])[0].rincian as Json[])[0].satuan = "m2"),
    "/menus/0/rincian/0/satuan",
  ],
  // Hostile inputs (issue 17.5): keys that live on Object.prototype, regexes and punctuation as patterns.
  ["a constructor key", (r) => own(r, "constructor", {}), "/constructor"],
  ["a toString key", (r) => own(r.thresholds as Json, "toString", 1), "/thresholds/toString"],
  ["a __proto__ key", (r) => own(r, "__proto__", 1), "/__proto__"],
  ["a constructor rule", (r) => own(r.rules as Json, "constructor", { severity: "warning" }), "/rules/constructor"],
  ["a regex as a pattern", (r) => (r.honorariumPatterns = ["(a+)+$"]), "/honorariumPatterns/0"],
  ["a punctuation-only pattern", (r) => (r.ineligiblePatterns = ["..."]), "/ineligiblePatterns/0"],
];

/** Rejected by the loader, which knows the rules the product declares; the schema leaves rule ids open. */
const BROKEN_FOR_LOADER: Array<[string, (r: Json) => void, string]> = [
  ["missing rule", (r) => delete (r.rules as Json)["penunjang.cap"], "/rules/penunjang.cap"],
  [
    "unknown rule",
    (r) => ((r.rules as Json)["line.honour"] = { severity: "warning", status: "assumed" }),
    "/rules/line.honour",
  ],
  [
    "a code that is not the rule's",
    (r) => (((r.rules as Json)["line.menu"] as Json).code = "X"),
    "/rules/line.menu/code",
  ],
];

describe("loadRuleset", () => {
  it("accepts the bundled TA 2020 ruleset, and the schema does too", () => {
    expect(loadRuleset(ta2020)).toMatchObject({ ok: true });
    expect(schemaValidate(ta2020)).toBe(true);
    expect(getRuleset(2020)).toBe(BUNDLED_RULESETS[2020]);
    expect(getRuleset(1999)).toBeUndefined();
  });

  it.each(Object.values(BUNDLED_RULESETS).map((r) => [r.id, r] as const))(
    "%s has every rule, and only verified rules are errors",
    (_id, rs) => {
      expect(Object.keys(rs.rules).sort()).toEqual([...RULE_IDS].sort());
      const blocking = Object.values(rs.rules).filter((rule) => rule.severity === "error");
      expect(blocking.map((rule) => rule.status)).toEqual(blocking.map(() => "verified"));
    },
  );

  it("blocks on the penunjang rules of TA 2022 (read in Perpres 7/2022) and only warns in TA 2020 (article not found)", () => {
    for (const id of ["penunjang.cap", "penunjang.use", "penunjang.method", "line.honorarium"] as const) {
      expect([id, getRuleset(2022)!.rules[id].severity]).toEqual([id, "error"]);
      expect([id, getRuleset(2020)!.rules[id].severity]).toEqual([id, "warning"]);
    }
  });

  it("covers TA 2020 to 2027, each year by the file of its own years", () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map((ta) => getRuleset(ta)?.id)).toEqual([
      "ta2020",
      "ta2021",
      "ta2022",
      "ta2023",
      "ta2024",
      "ta2024",
      "ta2024",
      "ta2024",
    ]);
    expect(getRuleset(2028)).toBeUndefined();
    expect(nearestRuleset(2028)).toEqual({ ruleset: getRuleset(2027), fallback: true });
    expect(nearestRuleset(2019)).toEqual({ ruleset: getRuleset(2020), fallback: true });
  });

  it.each(Object.entries(BUNDLED_SOURCES))("the schema accepts the bundled file %s as written", (_id, json) => {
    expect(schemaValidate(json)).toBe(true);
  });

  it("resolves extends: an official's file states only what differs from a bundled one", () => {
    const mine = {
      id: "dinas",
      extends: "ta2024",
      ta: 2025,
      title: "Aturan dinas",
      version: "1",
      rules: { "penunjang.cap": { severity: "error", status: "verified", basis: "SK Kepala Dinas" } },
    };
    const result = loadRuleset(mine);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.ruleset).toMatchObject({ id: "dinas", ta: 2025, taTo: 2027, extends: "ta2024" });
      expect(result.ruleset.rules["penunjang.cap"]).toEqual({
        severity: "error",
        status: "verified",
        basis: "SK Kepala Dinas",
      });
      expect(result.ruleset.menus).toEqual(getRuleset(2024)!.menus);
    }
    expect(loadRuleset({ ...mine, extends: "ta1999" })).toMatchObject({ ok: false, problems: [{ path: "/extends" }] });
    const { title: _, ...untitled } = mine;
    expect(loadRuleset(untitled)).toMatchObject({ ok: false, problems: [{ path: "/title" }] });
  });

  it.each(BROKEN)("rejects %s (schema and loader), naming the path", (_label, breakIt, path) => {
    const broken = clone();
    breakIt(broken);
    expect(schemaValidate(broken)).toBe(false);
    const result = loadRuleset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it.each([
    ["constructor", (r: Json) => r, "/constructor"],
    ["__proto__", (r: Json) => r, "/__proto__"],
    ["toString", (r: Json) => r.thresholds as Json, "/thresholds/toString"],
  ])("reports a %s key, a name every object has, as an unknown key", (key, where, path) => {
    const broken = clone();
    own(where(broken), key, 1);
    const result = loadRuleset(broken);
    expect(result).toMatchObject({ ok: false, problems: [{ path, message: expect.stringMatching(/tidak dikenal/) }] });
  });

  it.each(BROKEN_FOR_LOADER)("rejects %s, naming the path", (_label, breakIt, path) => {
    const broken = clone();
    breakIt(broken);
    const result = loadRuleset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it("names the rule that blocks without being verified", () => {
    const broken = clone();
    ((broken.rules as Json)["line.honorOutside"] as Json).severity = "error";
    const result = loadRuleset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join()).toMatch(/line\.honorOutside \(HONOR_OUTSIDE_LIST\)/);
  });

  it("reports every problem at once, not only the first", () => {
    const broken = clone();
    for (const [, breakIt] of BROKEN.slice(0, 6)) breakIt(broken);
    const result = loadRuleset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      for (const [, , path] of BROKEN.slice(0, 6)) expect(paths).toContain(path);
    }
  });

  it("checks references the schema cannot: satuan, metode ids, duplicate names", () => {
    const broken = clone();
    const menus = broken.menus as Json[];
    const rincian = menus[0].rincian as Json[];
    rincian[0].satuan = ["m2", "hektar"];
    rincian[1].aliases = ["gudang"];
    ((menus[1].rincian as Json[])[0] as Json).physicalMetode = ["lelang"];
    ((broken.satuan as Json).aliases as Json)["ha"] = "hektar";
    expect(schemaValidate(broken)).toBe(true);
    const result = loadRuleset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining([
          "/menus/0/rincian/0/satuan/1",
          "/menus/0/rincian/3",
          "/menus/1/rincian/0/physicalMetode/0",
          "/satuan/aliases/ha",
        ]),
      );
    }
  });

  it("is not a JSON object: one clear problem", () => {
    expect(loadRuleset("ta2020")).toEqual({ ok: false, problems: [{ path: "", message: expect.any(String) }] });
    expect(loadRuleset(null)).toMatchObject({ ok: false });
  });
});
