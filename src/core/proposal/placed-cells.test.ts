import { cellError } from "../grid/types";
import { numberCell, readNumber, readText, textCell } from "./cells";
import { AT_PLACE, isPlacedCell, placeOf, plainCell } from "./placed-cells";

describe("placed cells", () => {
  it("give the A1 address of their place when asked, at any row and column", () => {
    expect(readNumber(5, AT_PLACE, placeOf(14, 7)).cell).toBe("H15");
    expect(readText("x", AT_PLACE, placeOf(0, 0)).cell).toBe("A1");
    expect(readText("x", AT_PLACE, placeOf(199_999, 27)).cell).toBe("AB200000");
    expect(readText("x", AT_PLACE, placeOf(1_048_575, 16_383)).cell).toBe("XFD1048576");
  });

  it("read every value as the plain cells do, the address apart", () => {
    const values = [null, "  ", "-", "Rumah Kemasan\u00a0", 320, 12.39, "Rp14.750.000,00", "dua unit", true, 1e200];
    for (const v of [...values, cellError("#N/A")]) {
      expect(plainCell(readText(v, AT_PLACE, placeOf(4, 2)))).toEqual(textCell(v, "C5"));
      expect(plainCell(readNumber(v, AT_PLACE, placeOf(4, 2), 1_000_000))).toEqual(numberCell(v, "C5", 1_000_000));
    }
  });

  it("write their address in JSON and keep it through plainCell, which is a plain object", () => {
    const c = readNumber("Rp1.000", AT_PLACE, placeOf(9, 6));
    expect(isPlacedCell(c)).toBe(true);
    expect(JSON.parse(JSON.stringify(c))).toEqual({ kind: "number", value: 1000, fromText: "Rp1.000", cell: "G10" });
    const plain = plainCell(c);
    expect(isPlacedCell(plain)).toBe(false);
    expect({ ...plain }).toEqual({ kind: "number", value: 1000, fromText: "Rp1.000", cell: "G10" });
  });
});
