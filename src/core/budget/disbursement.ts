/**
 * Disbursement of the pagu under the year's scheme (ruleset `disbursement`: PMK 130/2019,
 * 198/2021, 25/2024 Ps 46): in one go when the pagu is at or under the lump-sum limit (the pagu
 * until TA 2023, the contract value from TA 2024), otherwise in stages (25% / 45% / the rest),
 * each stage after the first needing enough absorption (serapan) of the funds received so far,
 * the last also enough output.
 */
import { RupiahAccumulator, multiplyRupiah, subtractRupiah } from "../money/arithmetic";
import type { DisbursementSpec } from "../rules/ruleset";

export interface PlannedStage {
  readonly name: string;
  readonly amount: number;
  /** Share of the pagu (the last stage: what is left). */
  readonly share: number;
  readonly minSerapan?: number;
  readonly minOutput?: number;
}

export interface DisbursementPlan {
  readonly scheme: "lumpSum" | "stages";
  /**
   * For a lump sum, what it releases: the pagu (TA 2019–2023), or the value in the list of
   * contracts (from TA 2024, PMK 25/2024 Ps 46(2)); then the one stage's amount is the contract
   * value when known, else the pagu as the most it can be.
   */
  readonly lumpSumOf?: "pagu" | "contract";
  readonly stages: readonly PlannedStage[];
  readonly basis: string;
}

/** The plan for a pagu; `contract` is the value in the list of contracts, when known. */
export function planDisbursement(pagu: number, spec: DisbursementSpec, contract?: number): DisbursementPlan {
  if (pagu <= spec.lumpSumMaxPagu) {
    const of = spec.lumpSumAmount;
    const amount = of === "contract" && contract !== undefined ? contract : pagu;
    const share = pagu > 0 ? amount / pagu : 1;
    return { scheme: "lumpSum", lumpSumOf: of, stages: [{ name: "Sekaligus", amount, share }], basis: spec.basis };
  }
  const given = new RupiahAccumulator();
  const stages = spec.stages.map((s, i): PlannedStage => {
    const last = i === spec.stages.length - 1;
    const amount = last || s.share === undefined ? subtractRupiah(pagu, given.value) : multiplyRupiah(s.share, pagu);
    given.add(amount);
    return {
      name: s.name,
      amount,
      share: pagu > 0 ? amount / pagu : 0,
      minSerapan: s.minSerapan,
      minOutput: s.minOutput,
    };
  });
  return { scheme: "stages", stages, basis: spec.basis };
}

export interface Progress {
  /** Rupiah received so far. */
  readonly diterima: number;
  /** Rupiah absorbed (spent) so far. */
  readonly serapan: number;
  /** Physical output achieved, as a share (0.7 = 70%); undefined when not stated. */
  readonly output?: number;
  /** The value in the list of contracts (daftar kontrak): what a lump sum releases from TA 2024. */
  readonly contract?: number;
}

export type UnmetCondition =
  | { readonly what: "serapan"; readonly actual: number; readonly required: number }
  | { readonly what: "output"; readonly actual: number | undefined; readonly required: number };

export type NextStage =
  /** Everything has been received. */
  | { readonly kind: "done"; readonly plan: DisbursementPlan }
  /** A lump sum of the contract value (from TA 2024), and the contract value is not known. */
  | { readonly kind: "needsContract"; readonly plan: DisbursementPlan }
  /** The stage may be requested now, for this amount. */
  | { readonly kind: "request"; readonly stage: PlannedStage; readonly amount: number; readonly plan: DisbursementPlan }
  /** The stage is next but conditions are not met yet. */
  | {
      readonly kind: "notYet";
      readonly stage: PlannedStage;
      readonly amount: number;
      readonly unmet: readonly UnmetCondition[];
      readonly plan: DisbursementPlan;
    };

/**
 * Which stage may be requested next, and how much, given what was received and absorbed; each
 * stage's absorption is measured against the funds received so far, not against the pagu.
 */
export function nextStage(pagu: number, progress: Progress, spec: DisbursementSpec): NextStage {
  const plan = planDisbursement(pagu, spec, progress.contract);
  if (plan.lumpSumOf === "contract" && progress.contract === undefined) return { kind: "needsContract", plan };
  const received = new RupiahAccumulator();
  for (const stage of plan.stages) {
    received.add(stage.amount);
    const amount = subtractRupiah(received.value, progress.diterima);
    if (amount <= 0) continue;
    const unmet: UnmetCondition[] = [];
    if (stage.minSerapan !== undefined) {
      const actual = progress.diterima > 0 ? progress.serapan / progress.diterima : 0;
      if (actual < stage.minSerapan) unmet.push({ what: "serapan", actual, required: stage.minSerapan });
    }
    if (stage.minOutput !== undefined && (progress.output === undefined || progress.output < stage.minOutput)) {
      unmet.push({ what: "output", actual: progress.output, required: stage.minOutput });
    }
    return unmet.length > 0 ? { kind: "notYet", stage, amount, unmet, plan } : { kind: "request", stage, amount, plan };
  }
  return { kind: "done", plan };
}
