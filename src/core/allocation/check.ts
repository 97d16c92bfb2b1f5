/**
 * Checks a batch of RKs against the allocation table: per RK, PAGU_NOT_ALLOCATION when its pagu
 * is not the table's pagu for its kab/kota (beyond Rp1), ALLOCATION_UNKNOWN when its kab/kota is
 * not in the table or names more than one row; for the batch, the kab/kota with an allocation and
 * no RK, and the sums. Pure: the CLI gives the facts it read from each file.
 */
import basisData from "../../data/allocation-basis.json";
import { sumRupiah } from "../money/arithmetic";
import type { Finding, Severity } from "../rules/findings";
import { indexAllocation } from "./match";
import type { AllocationEntry, AllocationProblem, AllocationTable } from "./types";

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** What the allocation check needs to know of one RK (a readable file). */
export interface RkFacts {
  readonly kabKota?: string;
  readonly provinsi?: string;
  readonly ta?: number;
  readonly pagu: number | null;
  /** The RK's total (for the batch's "proposed" sum). */
  readonly total: number | null;
  readonly paguCell?: CellRef;
  readonly kabKotaCell?: CellRef;
}

export interface AllocationSummary {
  /** Kab/kota in the table. */
  readonly entries: number;
  /** Kab/kota with an allocation and no readable RK, in table order. */
  readonly missing: readonly AllocationEntry[];
  /** Σ pagu of the table. */
  readonly allocated: number;
  /** Σ total of the RKs checked (files that could be read). */
  readonly proposed: number;
  /** Σ allocation of the kab/kota that sent an RK. */
  readonly allocatedMatched: number;
  readonly problems: readonly AllocationProblem[];
  /** Per provinsi of the table, in table order: its allocation and what its matched RKs propose. */
  readonly byProvinsi: readonly ProvinsiAllocation[];
}

export interface ProvinsiAllocation {
  readonly provinsi: string;
  readonly entries: number;
  /** Kab/kota of this provinsi that an RK matched. */
  readonly sent: number;
  readonly allocated: number;
  /** Σ total of the RKs matched to this provinsi's kab/kota. */
  readonly proposed: number;
}

export interface AllocationResult {
  /** Findings per RK, in the order of the input (null entries = unreadable files get none). */
  readonly findings: readonly (readonly Finding[])[];
  readonly summary: AllocationSummary;
}

interface YearBasis {
  readonly basis: string;
  readonly status: string;
}

const BASES: Readonly<Record<string, YearBasis | string>> = basisData;

/** The basis and severity of PAGU_NOT_ALLOCATION for a fiscal year. */
export function allocationBasis(ta: number | undefined): { basis?: string; severity: Severity } {
  const entry = ta === undefined ? undefined : BASES[String(ta)];
  if (typeof entry === "object" && entry.status === "verified") return { basis: entry.basis, severity: "error" };
  return { severity: "warning" };
}

export function checkAllocation(table: AllocationTable, rks: readonly (RkFacts | null)[]): AllocationResult {
  const index = indexAllocation(table);
  const sent = new Set<AllocationEntry>();
  const proposedBy = new Map<AllocationEntry, number[]>();
  const findings = rks.map((rk): Finding[] => {
    if (!rk) return [];
    const where = rk.kabKotaCell ?? rk.paguCell ?? { sheet: "", cell: "" };
    const match = index.lookup(rk.kabKota ?? "", rk.provinsi);
    if (match.kind !== "found") {
      const candidates = match.kind === "ambiguous" ? match.candidates.map(describe) : null;
      return [
        {
          code: "ALLOCATION_UNKNOWN",
          severity: "warning",
          ruleId: "allocation.unknown",
          ...where,
          params: {
            kabKota: rk.kabKota ?? null,
            provinsi: rk.provinsi ?? null,
            match: !rk.kabKota ? "allocationNotStated" : candidates ? "allocationAmbiguous" : "allocationNotFound",
            candidates,
          },
        },
      ];
    }
    sent.add(match.entry);
    if (rk.total !== null) proposedBy.set(match.entry, [...(proposedBy.get(match.entry) ?? []), rk.total]);
    if (rk.pagu === null || Math.abs(rk.pagu - match.entry.pagu) < 1) return [];
    const { basis, severity } = allocationBasis(rk.ta ?? table.ta);
    return [
      {
        code: "PAGU_NOT_ALLOCATION",
        severity,
        ruleId: "allocation.pagu",
        ...(rk.paguCell ?? where),
        params: {
          pagu: rk.pagu,
          allocation: match.entry.pagu,
          difference: rk.pagu - match.entry.pagu,
          kabKota: match.entry.kabKota,
        },
        ...(basis ? { basis } : {}),
      },
    ];
  });
  const totals = rks.flatMap((rk) => (rk?.total == null ? [] : [rk.total]));
  return {
    findings,
    summary: {
      entries: table.entries.length,
      missing: table.entries.filter((e) => !sent.has(e)),
      allocated: sumRupiah(table.entries.map((e) => e.pagu)),
      proposed: sumRupiah(totals),
      allocatedMatched: sumRupiah([...sent].map((e) => e.pagu)),
      problems: table.problems,
      byProvinsi: byProvinsi(table.entries, sent, proposedBy),
    },
  };
}

function byProvinsi(
  entries: readonly AllocationEntry[],
  sent: ReadonlySet<AllocationEntry>,
  proposedBy: ReadonlyMap<AllocationEntry, readonly number[]>,
): ProvinsiAllocation[] {
  const groups = new Map<string, AllocationEntry[]>();
  for (const e of entries) groups.set(e.provinsi, [...(groups.get(e.provinsi) ?? []), e]);
  return [...groups].map(([provinsi, list]) => ({
    provinsi,
    entries: list.length,
    sent: list.filter((e) => sent.has(e)).length,
    allocated: sumRupiah(list.map((e) => e.pagu)),
    proposed: sumRupiah(list.flatMap((e) => proposedBy.get(e) ?? [])),
  }));
}

function describe(e: AllocationEntry): string {
  return e.provinsi ? `${e.kabKota} (${e.provinsi})` : e.kabKota;
}
