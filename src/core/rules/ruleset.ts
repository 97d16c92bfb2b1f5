/**
 * The Ruleset: the juknis rules of one fiscal year as data (src/data/rulesets/ta2020.json, …),
 * so an official can correct a menu name, a satuan or a threshold without a new release
 * (DESIGN.md §5). Every number the engine compares against lives here; the engine holds none.
 */
import type { Severity } from "./findings";
import type { MetaKey } from "../proposal/types";
import type { RuleId } from "./registry";

/**
 * As DOMAIN.md marks facts: verified = read in the regulation text or an official page ([V]);
 * reported = news, a secondary copy, or the same wording read in an adjacent year ([R]);
 * assumed = ours ([A]). Only verified rules may be errors (the loader refuses otherwise).
 */
export type RuleStatus = "verified" | "reported" | "assumed";

export const RULE_STATUSES: readonly RuleStatus[] = ["verified", "reported", "assumed"];

/** What a rincian buys; used for the per-kind shares of the budget summary. */
export type RincianKind = "construction" | "machinery" | "infrastructure" | "penunjang";

export const RINCIAN_KINDS: readonly RincianKind[] = ["construction", "machinery", "infrastructure", "penunjang"];

/** Inclusive bounds; either side may be absent. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** Unit-cost or volume bounds of a rincian; `satuan` limits them to lines in that satuan. */
export interface LineBounds extends Bounds {
  readonly satuan?: string;
}

export interface RincianSpec {
  /** Stable id, used by rules and by officials' edits (e.g. "mesin-peralatan"). */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: RincianKind;
  /** Allowed satuan, canonical forms (see SatuanSpec). */
  readonly satuan: readonly string[];
  /** Letter of the penunjang use (a–f, Perpres 7/2022 Ps 8(7)) when the rincian is one. */
  readonly penunjangUse?: string;
  /**
   * For a penunjang use: the metode ids of the physical work it may serve (desain perencanaan and
   * konsultan pengawas: ["kontraktual"]; pendamping/fasilitator: ["swakelola"]). The RK needs a
   * physical line of one of them (PENUNJANG_METHOD); the penunjang line's own metode is no basis.
   */
  readonly physicalMetode?: readonly string[];
  /** True only where an honorarium is fundable (the non-ASN facilitator). */
  readonly honorariumAllowed?: boolean;
  readonly unitCost?: LineBounds;
  readonly volume?: LineBounds;
  readonly status: RuleStatus;
}

export interface MenuSpec {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The Kegiatan Penunjang menu: its rincian are the closed list of penunjang uses. */
  readonly penunjang: boolean;
  /** Share of the total this menu may take (no default values: officials set them). */
  readonly share?: Bounds;
  readonly rincian: readonly RincianSpec[];
  readonly status: RuleStatus;
}

export interface NamedOption {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface SatuanSpec {
  /** Canonical forms as shown in dropdowns ("m2", "unit", "OB", …). */
  readonly canonical: readonly string[];
  /** Written form -> canonical form ("M2", "m²", "meter persegi" -> "m2"; "Pkt" -> "paket"). */
  readonly aliases: Readonly<Record<string, string>>;
}

/** One rule's judgement for a fiscal year: how bad its finding is and why (the rule itself: registry.ts). */
export interface RuleSpec {
  readonly severity: Severity;
  readonly status: RuleStatus;
  /** Regulation reference cited in messages, e.g. "Perpres 7/2022 Pasal 8 ayat (6)". */
  readonly basis?: string;
  /** false switches the check off; absent = on. */
  readonly enabled?: boolean;
}

export interface DisbursementStage {
  readonly name: string;
  /** Share of the pagu released at this stage; absent = the rest (last stage). */
  readonly share?: number;
  /** Absorption (serapan / received so far) needed before requesting this stage. */
  readonly minSerapan?: number;
  /** Physical output share needed before requesting this stage. */
  readonly minOutput?: number;
}

export interface DisbursementSpec {
  /** Pagu at or under this is disbursed in one go (DJPK FAQ TA 2019; PMK 25/2024 Ps 46). */
  readonly lumpSumMaxPagu: number;
  /**
   * What the one-go disbursement releases: the pagu (TA 2019–2023) or the value in the list of
   * contracts (from TA 2024, PMK 25/2024 Ps 46(2)).
   */
  readonly lumpSumAmount: "pagu" | "contract";

  readonly stages: readonly DisbursementStage[];
  readonly basis: string;
  readonly status: RuleStatus;
}

export interface Thresholds {
  /** Kegiatan penunjang at most this share of the pagu (0.05). */
  readonly penunjangMaxShare: number;
  /** Total under this share of the pagu is reported as PAGU_UNDERUSED (0.95). */
  readonly paguUnderusedBelow: number;
  /** A sentra has at least this many IKM units (5). */
  readonly sentraMinUnits: number;
  /** Jumlah may differ from volume × harga satuan, and totals from their sums, by at most this (Rp1). */
  readonly amountTolerance: number;
  /** PPN (VAT) rate of the year's cost estimates (RAB), e.g. 0.11; absent = the RAB's PPN is not checked. */
  readonly ppnRate?: number;
  readonly latitude: Required<Bounds>;
  readonly longitude: Required<Bounds>;
}

export interface Ruleset {
  readonly id: string;
  /** First fiscal year (tahun anggaran) the ruleset covers. */
  readonly ta: number;
  /** Last fiscal year it covers (= ta for a one-year file; a file may leave it out). */
  readonly taTo: number;
  /** The bundled ruleset this one was written as a difference to (`"extends": "ta2022"`). */
  readonly extends?: string;
  readonly title: string;
  readonly version: string;
  readonly menus: readonly MenuSpec[];
  readonly metode: readonly NamedOption[];
  readonly satuan: SatuanSpec;
  /** Word-start patterns in uraian/rincian that mean an honorarium ("honor", "insentif", …). */
  readonly honorariumPatterns: readonly string[];
  /** Roles whose honorarium is never fundable (pejabat pengadaan, ULP, pokja, pengelola keuangan). */
  readonly honorExcludedRoles: readonly string[];
  /** Patterns in uraian/rincian of items that may not be funded (land purchase, …). */
  readonly ineligiblePatterns: readonly string[];
  /** Patterns of DAK Nonfisik items (training, bimtek, kelembagaan). */
  readonly nonfisikPatterns: readonly string[];
  /** KRISNA's code for a sentra not yet in its reference list ("XXXX"). */
  readonly sentraUnregisteredCode: string;
  /** Meta fields every proposal must state (META_MISSING otherwise). */
  readonly requiredMeta: readonly MetaKey[];
  readonly thresholds: Thresholds;
  readonly disbursement: DisbursementSpec;
  /** Keyed by rule id: every rule of the registry (registry.ts). */
  readonly rules: Readonly<Record<RuleId, RuleSpec>>;
}

export { RULE_CODES, RULE_IDS, type RuleId } from "./registry";
