import { cellError } from "../grid/types";
import { isBlank, numberCell, textCell } from "./cells";

describe("typed cells", () => {
  it("keep numbers, scaled by a unit factor exactly to the sen", () => {
    expect(numberCell(320, "E14")).toEqual({ kind: "number", value: 320, cell: "E14" });
    expect(numberCell(12.39, "H5", 1_000_000)).toEqual({ kind: "number", value: 12_390_000, cell: "H5" });
    expect(numberCell(0.1 + 0.2, "H5", 1000)).toEqual({ kind: "number", value: 300, cell: "H5" });
  });

  it("read numbers typed as text and remember the text", () => {
    expect(numberCell(" 1500000 ", "G24")).toEqual({
      kind: "number",
      value: 1_500_000,
      cell: "G24",
      fromText: " 1500000 ",
    });
  });

  it("read Indonesian amount text, applying a unit only when the text has no scale word of its own", () => {
    expect(numberCell("Rp14.750.000,00", "G24")).toMatchObject({ kind: "number", value: 14_750_000 });
    expect(numberCell("114,75", "H5", 1_000_000)).toMatchObject({ kind: "number", value: 114_750_000 });
    expect(numberCell("Rp1,5 M", "H5", 1_000_000)).toMatchObject({ kind: "number", value: 1_500_000_000 });
  });

  it("keep text that is not a number with parseRupiah's reason", () => {
    const c = numberCell("dua unit", "E15");
    expect(c).toMatchObject({ kind: "invalid", text: "dua unit", cell: "E15" });
    expect(c.kind === "invalid" && c.reason.length > 0).toBe(true);
    expect(numberCell(true, "E15")).toMatchObject({ kind: "invalid", text: "TRUE" });
  });

  it("keep Excel error values", () => {
    expect(numberCell(cellError("#N/A"), "G3")).toEqual({ kind: "error", code: "#N/A", cell: "G3" });
    expect(textCell(cellError("#REF!"), "D3")).toEqual({ kind: "error", code: "#REF!", cell: "D3" });
  });

  it("treat blanks and a lone dash as empty", () => {
    for (const v of [null, "", "   ", "-", " – ", "\u00a0"]) {
      expect(isBlank(v)).toBe(true);
      expect(numberCell(v, "A1").kind).toBe("empty");
      expect(textCell(v, "A1").kind).toBe("empty");
    }
    expect(isBlank("-5")).toBe(false);
  });

  it("turn numbers and booleans in text columns into their text, trimmed", () => {
    expect(textCell("  Rumah Kemasan\u00a0", "C5")).toEqual({ kind: "text", value: "Rumah Kemasan", cell: "C5" });
    expect(textCell(2, "A5")).toEqual({ kind: "text", value: "2", cell: "A5" });
    expect(textCell(false, "A5")).toEqual({ kind: "text", value: "FALSE", cell: "A5" });
  });
});
