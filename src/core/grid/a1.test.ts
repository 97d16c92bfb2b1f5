import { columnLetters, parseA1, parseRangeA1, rangeA1, toA1 } from "./a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseA1(`${letters}1`)).toEqual({ row: 0, col });
  });

  it("formats and parses cells and ranges", () => {
    expect(toA1(14, 7)).toBe("H15");
    expect(parseA1("$H$15")).toEqual({ row: 14, col: 7 });
    expect(rangeA1(14, 1, 14, 7)).toBe("B15:H15");
    expect(rangeA1(2, 2, 2, 2)).toBe("C3");
    expect(parseRangeA1("B15:H15")).toEqual({ start: { row: 14, col: 1 }, end: { row: 14, col: 7 } });
  });

  it("rejects what is not an address", () => {
    expect(parseA1("15H")).toBeUndefined();
    expect(parseA1("A0")).toBeUndefined();
    expect(parseA1("Sheet1!A1")).toBeUndefined();
    expect(parseRangeA1("A1:B2:C3")).toBeUndefined();
    expect(() => toA1(-1, 0)).toThrow(RangeError);
  });
});
