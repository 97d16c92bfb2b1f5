import fc from "fast-check";
import { cellPosition, compareFindings, sortFindings, type Finding } from "./findings";

const finding = (severity: Finding["severity"], sheet: string, cell: string, code = "AMOUNT_MISMATCH"): Finding =>
  ({ code, severity, ruleId: "line.amount", sheet, cell, params: {} }) as unknown as Finding;

describe("the order findings are presented in", () => {
  it("goes by severity, then sheet, then row and column (AA after Z), then code", () => {
    const list = [
      finding("warning", "RK", "B2"),
      finding("error", "RK", "AA10"),
      finding("error", "RK", "Z10"),
      finding("error", "RAB", "C3"),
      finding("error", "RK", "B10:H10"),
      finding("error", "", ""),
      finding("error", "RK", "Z10", "NUMBER_AS_TEXT"),
    ];
    expect(sortFindings(list).map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.code}`)).toEqual([
      "error ! AMOUNT_MISMATCH",
      "error RAB!C3 AMOUNT_MISMATCH",
      "error RK!B10:H10 AMOUNT_MISMATCH",
      "error RK!Z10 AMOUNT_MISMATCH",
      "error RK!Z10 NUMBER_AS_TEXT",
      "error RK!AA10 AMOUNT_MISMATCH",
      "warning RK!B2 AMOUNT_MISMATCH",
    ]);
  });

  it("is the same whether sorted with compareFindings or by sortFindings' keys, and leaves the input alone", () => {
    const cell = fc.oneof(
      fc.constant(""),
      fc
        .tuple(fc.constantFrom("A", "B", "Z", "AA", "AB", "XFD"), fc.integer({ min: 1, max: 1_048_576 }))
        .map(([c, r]) => `${c}${r}`),
    );
    const arbFinding = fc
      .tuple(
        fc.constantFrom<Finding["severity"]>("error", "warning", "info"),
        fc.constantFrom("", "RK", "RAB", "Lembar 2"),
        cell,
        fc.constantFrom("AMOUNT_MISMATCH", "NUMBER_AS_TEXT", "PAGU_EXCEEDED"),
      )
      .map(([severity, sheet, c, code]) => finding(severity, sheet, c, code));
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 60 }), (list) => {
        const before = [...list];
        expect(sortFindings(list)).toEqual([...list].sort(compareFindings));
        expect(list).toEqual(before);
      }),
    );
  });

  it("places cells row by row", () => {
    expect(cellPosition("B15")).toBeLessThan(cellPosition("A16"));
    expect(cellPosition("XFD15")).toBeLessThan(cellPosition("A16"));
    expect(cellPosition("B15:H15")).toBe(cellPosition("B15"));
    expect(cellPosition("")).toBe(-1);
  });
});
