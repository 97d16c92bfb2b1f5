/**
 * loadRuleset: checks a ruleset read from JSON (a bundled file or one an official loads) and
 * returns it typed, or EVERY problem found, each with its JSON Pointer path. Two passes: the
 * shape (the same constraints as src/data/rulesets/ruleset.schema.json) and then the meaning
 * (references between parts, unique names, only verified rules may block).
 */
import { META_KEYS } from "../proposal/types";
import { RULE_CODES, RULE_IDS } from "./registry";
import { RINCIAN_KINDS, RULE_STATUSES, type Ruleset } from "./ruleset";
import { nameKey, satuanKey } from "./names";
import { arr, bool, num, obj, opt, record, req, str, escapePointer, type Shape, type ShapeProblem } from "./shape";

export type RulesetProblem = ShapeProblem;

export type LoadRulesetResult =
  | { readonly ok: true; readonly ruleset: Ruleset }
  | { readonly ok: false; readonly problems: readonly RulesetProblem[] };

const STATUS = str({ oneOf: RULE_STATUSES });
const NAME = str({ nonEmpty: true });
const NAMES = arr(NAME);
const SHARE = num({ min: 0, max: 1 });
// Plain words, matched at a word start after case, spaces and punctuation are ignored: not a regex.
const PATTERN = str({ nonEmpty: true, plainWords: true });
const PATTERNS = arr(PATTERN);
const bounds = (withSatuan: boolean): Shape =>
  obj({ min: opt(num()), max: opt(num()), ...(withSatuan ? { satuan: opt(NAME) } : {}) });

const RINCIAN = obj({
  id: req(NAME),
  name: req(NAME),
  aliases: req(NAMES),
  kind: req(str({ oneOf: RINCIAN_KINDS })),
  satuan: req(arr(NAME, { minItems: 1 })),
  penunjangUse: opt(NAME),
  metode: opt(arr(NAME, { minItems: 1 })),
  honorariumAllowed: opt(bool),
  unitCost: opt(bounds(true)),
  volume: opt(bounds(true)),
  status: req(STATUS),
});

const MENU = obj({
  id: req(NAME),
  name: req(NAME),
  aliases: req(NAMES),
  penunjang: req(bool),
  share: opt(obj({ min: opt(SHARE), max: opt(SHARE) })),
  rincian: req(arr(RINCIAN, { minItems: 1 })),
  status: req(STATUS),
});

const RULE = obj({
  // The code is the declaration's (registry.ts); a file may still state it, and then it must agree.
  code: opt(NAME),
  severity: req(str({ oneOf: ["error", "warning", "info"] })),
  status: req(STATUS),
  basis: opt(NAME),
  enabled: opt(bool),
});

const RULES = obj(Object.fromEntries(RULE_IDS.map((id) => [id, req(RULE)])));

const RULESET_SHAPE = obj(
  {
    id: req(NAME),
    ta: req(num({ integer: true, min: 2000, max: 2100 })),
    title: req(NAME),
    version: req(NAME),
    menus: req(arr(MENU, { minItems: 1 })),
    metode: req(arr(obj({ id: req(NAME), name: req(NAME), aliases: req(NAMES) }), { minItems: 1 })),
    satuan: req(obj({ canonical: req(arr(NAME, { minItems: 1 })), aliases: req(record(NAME)) })),
    honorariumPatterns: req(PATTERNS),
    honorExcludedRoles: req(PATTERNS),
    ineligiblePatterns: req(PATTERNS),
    nonfisikPatterns: req(PATTERNS),
    sentraUnregisteredCode: req(PATTERN),
    requiredMeta: req(arr(str({ oneOf: META_KEYS }))),
    thresholds: req(
      obj({
        penunjangMaxShare: req(SHARE),
        paguUnderusedBelow: req(SHARE),
        sentraMinUnits: req(num({ integer: true, min: 0 })),
        amountTolerance: req(num({ min: 0 })),
        ppnRate: opt(SHARE),
        latitude: req(obj({ min: req(num()), max: req(num()) })),
        longitude: req(obj({ min: req(num()), max: req(num()) })),
      }),
    ),
    disbursement: req(
      obj({
        lumpSumMaxPagu: req(num({ min: 0 })),
        basis: req(NAME),
        status: req(STATUS),
        stages: req(
          arr(obj({ name: req(NAME), share: opt(SHARE), minSerapan: opt(SHARE), minOutput: opt(SHARE) }), {
            minItems: 1,
          }),
        ),
      }),
    ),
    rules: req(RULES),
  },
  { allowExtra: ["$schema"] },
);

export function loadRuleset(json: unknown): LoadRulesetResult {
  const problems: RulesetProblem[] = [];
  if (!RULESET_SHAPE(json, "", problems)) return { ok: false, problems };
  const ruleset = json as Ruleset;
  checkMeaning(ruleset, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ruleset };
}

/** Checks that JSON Schema cannot express: references, uniqueness, ordering. */
function checkMeaning(rs: Ruleset, problems: RulesetProblem[]): void {
  const report = (path: string, message: string) => problems.push({ path, message });
  const canonical = new Set(rs.satuan.canonical.map(satuanKey));
  const metodeIds = new Set(rs.metode.map((m) => m.id));

  for (const [written, target] of Object.entries(rs.satuan.aliases)) {
    if (!canonical.has(satuanKey(target))) {
      report(`/satuan/aliases/${escapePointer(written)}`, `"${target}" bukan satuan baku (satuan/canonical)`);
    }
  }
  uniqueNames(
    rs.metode.map((m, i) => ({ names: [m.name, ...m.aliases], path: `/metode/${i}` })),
    report,
  );
  unique(
    rs.metode.map((m, i) => ({ key: m.id, path: `/metode/${i}/id` })),
    "id metode",
    report,
  );
  uniqueNames(
    rs.menus.map((m, i) => ({ names: [m.name, ...m.aliases], path: `/menus/${i}` })),
    report,
  );
  unique(
    rs.menus.map((m, i) => ({ key: m.id, path: `/menus/${i}/id` })),
    "id menu",
    report,
  );
  unique(
    rs.menus.flatMap((m, i) => m.rincian.map((r, j) => ({ key: r.id, path: `/menus/${i}/rincian/${j}/id` }))),
    "id rincian",
    report,
  );

  rs.menus.forEach((menu, i) => {
    const menuPath = `/menus/${i}`;
    checkBounds(menu.share, `${menuPath}/share`, report);
    uniqueNames(
      menu.rincian.map((r, j) => ({ names: [r.name, ...r.aliases], path: `${menuPath}/rincian/${j}` })),
      report,
    );
    menu.rincian.forEach((r, j) => {
      const path = `${menuPath}/rincian/${j}`;
      r.satuan.forEach((s, k) => {
        if (!canonical.has(satuanKey(s))) report(`${path}/satuan/${k}`, `"${s}" bukan satuan baku (satuan/canonical)`);
      });
      r.metode?.forEach((m, k) => {
        if (!metodeIds.has(m)) report(`${path}/metode/${k}`, `"${m}" bukan id metode (metode/*/id)`);
      });
      if (menu.penunjang && r.penunjangUse === undefined) {
        report(`${path}/penunjangUse`, "rincian kegiatan penunjang wajib menyebut huruf penggunaannya (a–f)");
      }
      if (menu.penunjang !== (r.kind === "penunjang")) {
        report(`${path}/kind`, 'jenis "penunjang" hanya untuk rincian menu kegiatan penunjang, dan sebaliknya');
      }
      checkBounds(r.unitCost, `${path}/unitCost`, report);
      checkBounds(r.volume, `${path}/volume`, report);
    });
  });
  if (rs.menus.filter((m) => m.penunjang).length > 1)
    report("/menus", "hanya satu menu boleh menjadi kegiatan penunjang");

  for (const id of RULE_IDS) {
    const rule = rs.rules[id] as (typeof rs.rules)[typeof id] & { code?: string };
    if (rule.code !== undefined && rule.code !== RULE_CODES[id]) {
      report(`/rules/${id}/code`, `aturan ${id} menghasilkan kode ${RULE_CODES[id]}`);
    }
    if (rule.severity === "error" && rule.status !== "verified") {
      // DOMAIN.md: only rules read in a regulation may block a proposal.
      report(
        `/rules/${id}/severity`,
        `aturan ${id} (${RULE_CODES[id]}) berstatus "${rule.status}": hanya aturan berstatus "verified" boleh bertingkat "error"`,
      );
    }
  }

  checkBounds(rs.thresholds.latitude, "/thresholds/latitude", report);
  checkBounds(rs.thresholds.longitude, "/thresholds/longitude", report);
  const stages = rs.disbursement.stages;
  stages.forEach((s, i) => {
    if (s.share === undefined && i !== stages.length - 1) {
      report(`/disbursement/stages/${i}/share`, "hanya tahap terakhir boleh tanpa porsi (sisa pagu)");
    }
  });
  const shares = stages.reduce((sum, s) => sum + (s.share ?? 0), 0);
  if (shares > 1 + 1e-9) report("/disbursement/stages", "jumlah porsi tahap melebihi 100%");
}

type Report = (path: string, message: string) => void;

function checkBounds(b: { min?: number; max?: number } | undefined, path: string, report: Report): void {
  if (b?.min !== undefined && b.max !== undefined && b.min > b.max) report(path, "min lebih besar dari max");
}

function unique(items: { key: string; path: string }[], what: string, report: Report): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) report(item.path, `${what} "${item.key}" dipakai lebih dari sekali`);
    seen.add(item.key);
  }
}

/** Two entries whose names fold to the same key would make matching ambiguous. */
function uniqueNames(items: { names: readonly string[]; path: string }[], report: Report): void {
  const owner = new Map<string, string>();
  for (const item of items) {
    for (const name of item.names) {
      const key = nameKey(name);
      const prev = owner.get(key);
      if (prev !== undefined && prev !== item.path) {
        report(
          item.path,
          `nama "${name}" sama dengan nama di ${prev} (setelah huruf besar/kecil dan tanda baca diabaikan)`,
        );
      }
      owner.set(key, prev ?? item.path);
    }
  }
}
