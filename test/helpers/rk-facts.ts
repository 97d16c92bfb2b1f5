/** Test helper: the facts an allocation check takes from one RK (TA 2020, total = pagu, cells on sheet RK). */
import type { RkFacts } from "../../src/core/allocation";

export const rkFacts = (kabKota: string | undefined, pagu: number | null, provinsi?: string): RkFacts => ({
  kabKota,
  provinsi,
  ta: 2020,
  pagu,
  total: pagu,
  paguCell: { sheet: "RK", cell: "C9" },
  kabKotaCell: { sheet: "RK", cell: "C6" },
});
