/** The allocation table and the check of a batch of RKs against it (DESIGN.md §4, §6 --alokasi). */
export type { AllocationEntry, AllocationProblem, AllocationProblemCode, AllocationTable } from "./types";
export { readAllocationTable } from "./read-table";
export { indexAllocation, type AllocationIndex, type AllocationMatch } from "./match";
export { regionKey, provinsiKey, type RegionKey, type RegionKind } from "./names";
export {
  allocationBasis,
  checkAllocation,
  type AllocationResult,
  type AllocationSummary,
  type CellRef,
  type ProvinsiAllocation,
  type RkFacts,
} from "./check";
