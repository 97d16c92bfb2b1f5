/**
 * Two rulesets that differ in one of every kind of way diffRulesets knows (menus, rincian, lists,
 * the sentra code, thresholds, disbursement, rules added, removed, switched, re-judged), built
 * from the bundled TA 2020: for the tests of the comparison and of its words.
 */
import { getRuleset } from "../../src/core/rules/bundled";
import type { MenuSpec, Ruleset } from "../../src/core/rules/ruleset";

const OLD_MENU: MenuSpec = {
  id: "lama",
  name: "Menu Lama",
  aliases: [],
  penunjang: false,
  status: "assumed",
  rincian: [
    { id: "lama-1", name: "Rincian Lama", aliases: [], kind: "machinery", satuan: ["unit"], status: "assumed" },
  ],
};

/** A pair that differs in one of every kind of way. */
export function handMadePair(): { from: Ruleset; to: Ruleset } {
  const base = getRuleset(2020)!;
  const { "sentra.sk": _dropped, ...rulesWithoutSk } = base.rules;
  const from: Ruleset = { ...base, menus: [...base.menus, OLD_MENU], rules: rulesWithoutSk as Ruleset["rules"] };
  const [sentra, penunjang] = base.menus;
  const { "rab.ppn": _gone, ...rules } = base.rules;
  const to: Ruleset = {
    ...base,
    menus: [
      {
        ...sentra,
        aliases: [...sentra.aliases, "Sentra IKM"],
        share: { max: 0.9 },
        rincian: [
          ...sentra.rincian
            .filter((r) => r.id !== "upt")
            .map((r) =>
              r.id === "gudang"
                ? {
                    ...r,
                    name: "Gudang Bahan Baku",
                    satuan: ["m2", "m3"],
                    unitCost: { min: 1_000_000, max: 5_500_000.5, satuan: "m2" },
                  }
                : r,
            ),
          { id: "showroom", name: "Showroom", aliases: [], kind: "construction", satuan: ["m2"], status: "assumed" },
        ],
      },
      { ...penunjang, status: "verified" },
      { ...OLD_MENU, id: "digital", name: "Digitalisasi Sentra" },
    ],
    satuan: { canonical: [...base.satuan.canonical, "kg"], aliases: { ...base.satuan.aliases, kilogram: "kg" } },
    honorExcludedRoles: base.honorExcludedRoles.filter((r) => r !== "pokja"),
    nonfisikPatterns: [...base.nonfisikPatterns, "sosialisasi"],
    requiredMeta: [...base.requiredMeta, "nomorSkSentra"],
    sentraUnregisteredCode: "0000",
    thresholds: { ...base.thresholds, penunjangMaxShare: 0.075, sentraMinUnits: 10, ppnRate: undefined },
    disbursement: {
      ...base.disbursement,
      lumpSumMaxPagu: 2_000_000_000,
      stages: [
        { name: "Tahap I", share: 0.4 },
        { name: "Tahap II", minSerapan: 0.8 },
      ],
    },
    rules: {
      ...(rules as Ruleset["rules"]),
      "line.nonfisik": { ...base.rules["line.nonfisik"], enabled: true, basis: "Permenperin 7/2023" },
      "line.menu": { ...base.rules["line.menu"], enabled: false },
      "total.mismatch": { ...base.rules["total.mismatch"], severity: "warning", status: "reported" },
    },
  };
  return { from, to };
}
