/**
 * The line table's cells compute their address on demand (src/core/proposal/placed-cells.ts), so
 * jest's toEqual would miss their `cell`. Call comparePlacedCellsAsPlain() in a test file to
 * compare them as the plain { kind, value, cell } objects they stand for.
 */
import { isPlacedCell, plainCell } from "../../src/core/proposal/placed-cells";

/** jest's custom equality testers (expect.addEqualityTesters, which @types/jest does not declare). */
type Tester = (
  this: { equals(a: unknown, b: unknown, testers?: Tester[]): boolean },
  a: unknown,
  b: unknown,
  testers: Tester[],
) => boolean | undefined;

export function comparePlacedCellsAsPlain(): void {
  const placedAsPlain: Tester = function (a, b, testers) {
    if (!isPlacedCell(a) && !isPlacedCell(b)) return undefined;
    const plain = (x: unknown) => (isPlacedCell(x) ? plainCell(x) : x);
    return this.equals(plain(a), plain(b), testers);
  };
  (expect as unknown as { addEqualityTesters(testers: Tester[]): void }).addEqualityTesters([placedAsPlain]);
}
