import { getRuleset } from "../bundled";
import { handMadePair } from "../../../../test/rules/ruleset-pair";
import type { Ruleset } from "../ruleset";
import { diffRulesets } from "./diff-rulesets";
import type { RulesetChange } from "./types";

const ta = (year: number): Ruleset => getRuleset(year)!;

/** A change in one short line: kind, what, and old → new for values short enough to read. */
function brief(c: RulesetChange): string {
  const fromTo = (o: unknown, n: unknown) => `${JSON.stringify(o)}→${JSON.stringify(n)}`;
  switch (c.kind) {
    case "ruleSeverity":
    case "ruleStatus":
      return `${c.kind} ${c.rule} ${c.old}→${c.new}`;
    case "ruleBasis":
    case "ruleAdded":
    case "ruleRemoved":
    case "ruleEnabled":
    case "ruleDisabled":
      return `${c.kind} ${c.rule}`;
    case "disbursementChanged":
      return `${c.kind} ${c.field}${c.field === "lumpSumAmount" ? ` ${fromTo(c.old, c.new)}` : ""}`;
    default:
      return JSON.stringify(c);
  }
}

/** Blocking rules whose severity, status and basis all change between TA 2022 and the later years. */
const DEMOTED = [
  "reading.table",
  "reading.column",
  "line.required",
  "line.metode",
  "line.honorarium",
  "penunjang.use",
  "penunjang.method",
  "pagu.exceeded",
  "penunjang.cap",
  "package.empty",
  "allocation.pagu",
];

const rank = (rule: string) => ["reading.table", "reading.column", "line.required", "line.metode"].indexOf(rule);

describe("diffRulesets on the bundled years", () => {
  it("TA 2022 → TA 2024: the one-go payment is the contract value, the Perpres 7/2022 rules stop blocking, NONFISIK_ITEM is checked", () => {
    const changes = diffRulesets(ta(2022), ta(2024)).changes.map(brief);
    const expected = [
      'disbursementChanged lumpSumAmount "pagu"→"contract"',
      "disbursementChanged basis",
      ...DEMOTED.filter((r) => rank(r) >= 0).flatMap((r) => [
        `ruleSeverity ${r} error→warning`,
        `ruleStatus ${r} verified→reported`,
        `ruleBasis ${r}`,
      ]),
    ];
    expect(changes.slice(0, expected.length)).toEqual(expected);
    for (const rule of DEMOTED) {
      expect(changes).toContain(`ruleSeverity ${rule} error→warning`);
      expect(changes).toContain(`ruleStatus ${rule} verified→reported`);
    }
    expect(changes).toContain("ruleEnabled line.nonfisik");
    expect(changes).toContain("ruleStatus revision.approved verified→reported");
    // Menus, lists and thresholds are the same data in both years: nothing said about them.
    expect(changes.filter((c) => !/^(rule|disbursement)/.test(c))).toEqual([]);
    // two disbursement fields, three per demoted rule, NONFISIK_ITEM on with its basis, the
    // revision rule reported with its basis, the new citations of ITEM_INELIGIBLE and HONOR_OUTSIDE_LIST
    expect(changes).toHaveLength(2 + DEMOTED.length * 3 + 2 + 2 + 1 + 1);
  });

  it("TA 2022 → TA 2024 keeps the old and the new citation", () => {
    const basis = diffRulesets(ta(2022), ta(2024)).changes.find(
      (c) => c.kind === "ruleBasis" && c.rule === "penunjang.cap",
    );
    expect(basis).toEqual({
      kind: "ruleBasis",
      rule: "penunjang.cap",
      code: "PENUNJANG_OVER_CAP",
      old: "Perpres 7/2022 Pasal 8 ayat (6)",
      new: "Perpres 57/2024 (teks tidak ditemukan; rumusan Perpres 7/2022 Pasal 8 ayat (6))",
    });
  });

  it("TA 2020 → TA 2022: the penunjang rules read in Perpres 7/2022 now block, and every basis cites the 2022 texts", () => {
    const diff = diffRulesets(ta(2020), ta(2022));
    expect(diff.from).toEqual({
      id: "ta2020",
      ta: 2020,
      taTo: 2020,
      title: "DAK Fisik Bidang IKM TA 2020 (Perpres 88/2019; PMK 130/PMK.07/2019)",
    });
    expect(diff.to.id).toBe("ta2022");
    const changes = diff.changes.map(brief);
    expect(changes.filter((c) => c.startsWith("ruleSeverity"))).toEqual([
      "ruleSeverity line.honorarium warning→error",
      "ruleSeverity penunjang.use warning→error",
      "ruleSeverity penunjang.method warning→error",
      "ruleSeverity penunjang.cap warning→error",
    ]);
    expect(changes.filter((c) => c.startsWith("ruleStatus"))).toEqual([
      "ruleStatus line.honorarium reported→verified",
      "ruleStatus penunjang.use reported→verified",
      "ruleStatus penunjang.method reported→verified",
      "ruleStatus penunjang.cap reported→verified",
      "ruleStatus revision.approved assumed→verified",
    ]);
    expect(changes[0]).toBe("disbursementChanged basis");
    const disbursement = diff.changes[0];
    expect(disbursement).toMatchObject({
      old: expect.stringMatching(/^PMK 130/),
      new: expect.stringMatching(/^PMK 198/),
    });
    for (const c of diff.changes) {
      if (c.kind === "ruleBasis") expect(c.new).not.toMatch(/Perpres 88\/2019/);
    }
    expect(changes.filter((c) => c.startsWith("ruleBasis"))).toHaveLength(14);
    expect(changes).toHaveLength(1 + 4 + 5 + 14);
  });

  it("finds nothing between a ruleset and itself, its copy, or a copy with its lists reordered", () => {
    const r = ta(2024);
    expect(diffRulesets(r, r).changes).toEqual([]);
    const copy = JSON.parse(JSON.stringify(r)) as Ruleset;
    expect(diffRulesets(r, copy).changes).toEqual([]);
    const reordered: Ruleset = {
      ...copy,
      menus: [...copy.menus].reverse().map((m) => ({
        ...m,
        aliases: [...m.aliases].reverse(),
        rincian: [...m.rincian].reverse().map((x) => ({ ...x, satuan: [...x.satuan].reverse() })),
      })),
      nonfisikPatterns: [...copy.nonfisikPatterns].reverse(),
      thresholds: { ...copy.thresholds, latitude: { max: 6, min: -11 } },
    };
    expect(diffRulesets(r, reordered).changes).toEqual([]);
  });
});

describe("diffRulesets on a hand-made pair", () => {
  const sentra = { id: "sentra", name: "Pembangunan dan Revitalisasi Sentra IKM" };
  const gudang = { id: "gudang", name: "Gudang Bahan Baku" };

  it("lists every kind of difference, in order: menus, lists, sentra code, thresholds, disbursement, rules", () => {
    const { from, to } = handMadePair();
    expect(diffRulesets(from, to).changes).toEqual([
      { kind: "menuChanged", menu: sentra, field: "aliases", old: from.menus[0].aliases, new: to.menus[0].aliases },
      { kind: "menuChanged", menu: sentra, field: "share", old: null, new: { max: 0.9 } },
      { kind: "rincianChanged", menu: sentra, rincian: gudang, field: "name", old: "Gudang", new: "Gudang Bahan Baku" },
      {
        kind: "rincianChanged",
        menu: sentra,
        rincian: gudang,
        field: "satuan",
        old: ["m2", "unit"],
        new: ["m2", "m3"],
      },
      {
        kind: "rincianChanged",
        menu: sentra,
        rincian: gudang,
        field: "unitCost",
        old: null,
        new: { min: 1_000_000, max: 5_500_000.5, satuan: "m2" },
      },
      { kind: "rincianAdded", menu: sentra, rincian: { id: "showroom", name: "Showroom" } },
      { kind: "rincianRemoved", menu: sentra, rincian: { id: "upt", name: "Unit Pelayanan Teknis (UPT)" } },
      {
        kind: "menuChanged",
        menu: { id: "penunjang", name: "Kegiatan Penunjang" },
        field: "status",
        old: "reported",
        new: "verified",
      },
      { kind: "menuAdded", menu: { id: "digital", name: "Digitalisasi Sentra" } },
      { kind: "menuRemoved", menu: { id: "lama", name: "Menu Lama" } },
      { kind: "listChanged", list: "satuan", added: ["kg"], removed: [] },
      { kind: "listChanged", list: "satuanAliases", added: ["kilogram → kg"], removed: [] },
      { kind: "listChanged", list: "honorExcludedRoles", added: [], removed: ["pokja"] },
      { kind: "listChanged", list: "nonfisikPatterns", added: ["sosialisasi"], removed: [] },
      { kind: "listChanged", list: "requiredMeta", added: ["nomorSkSentra"], removed: [] },
      { kind: "sentraCodeChanged", old: "XXXX", new: "0000" },
      { kind: "thresholdChanged", threshold: "penunjangMaxShare", old: 0.05, new: 0.075 },
      { kind: "thresholdChanged", threshold: "sentraMinUnits", old: 5, new: 10 },
      { kind: "thresholdChanged", threshold: "ppnRate", old: 0.11, new: null },
      { kind: "disbursementChanged", field: "lumpSumMaxPagu", old: 1_000_000_000, new: 2_000_000_000 },
      {
        kind: "disbursementChanged",
        field: "stages",
        old: from.disbursement.stages,
        new: [
          { name: "Tahap I", share: 0.4 },
          { name: "Tahap II", minSerapan: 0.8 },
        ],
      },
      { kind: "ruleDisabled", rule: "line.menu", code: "MENU_UNKNOWN" },
      { kind: "ruleEnabled", rule: "line.nonfisik", code: "NONFISIK_ITEM" },
      { kind: "ruleBasis", rule: "line.nonfisik", code: "NONFISIK_ITEM", old: null, new: "Permenperin 7/2023" },
      { kind: "ruleSeverity", rule: "total.mismatch", code: "TOTAL_MISMATCH", old: "error", new: "warning" },
      { kind: "ruleStatus", rule: "total.mismatch", code: "TOTAL_MISMATCH", old: "verified", new: "reported" },
      { kind: "ruleAdded", rule: "sentra.sk", code: "SENTRA_SK_MISSING" },
      { kind: "ruleRemoved", rule: "rab.ppn", code: "PPN_MISMATCH" },
    ]);
  });

  it("read backwards, says the opposite", () => {
    const { from, to } = handMadePair();
    const back = diffRulesets(to, from).changes;
    expect(back).toContainEqual({ kind: "menuAdded", menu: { id: "lama", name: "Menu Lama" } });
    expect(back).toContainEqual({ kind: "listChanged", list: "honorExcludedRoles", added: ["pokja"], removed: [] });
    expect(back).toContainEqual({ kind: "ruleEnabled", rule: "line.menu", code: "MENU_UNKNOWN" });
    expect(back).toContainEqual({ kind: "ruleRemoved", rule: "sentra.sk", code: "SENTRA_SK_MISSING" });
    expect(back).toHaveLength(diffRulesets(from, to).changes.length);
  });
});
