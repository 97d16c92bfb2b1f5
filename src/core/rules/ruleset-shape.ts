/**
 * The shape of a ruleset document: the same constraints as src/data/rulesets/ruleset.schema.json,
 * stated as data for the hand-written checker in shape.ts (why not ajv: see shape.ts). Rule ids
 * come from the registry, never from a list here.
 */
import { META_KEYS } from "../proposal/types";
import { RULE_IDS } from "./registry";
import { RINCIAN_KINDS, RULE_STATUSES } from "./ruleset";
import { arr, bool, num, obj, opt, record, req, str, type Shape } from "./shape";

const TA = num({ integer: true, min: 2000, max: 2100 });
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
  physicalMetode: opt(arr(NAME, { minItems: 1 })),
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

/** The shape of a (merged) ruleset document. */
export const RULESET_SHAPE = obj(
  {
    id: req(NAME),
    extends: opt(NAME),
    ta: req(TA),
    taTo: opt(TA),
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
        lumpSumAmount: req(str({ oneOf: ["pagu", "contract"] })),
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
