import { terbilangFn } from "./money.functions";

describe("DAK.TERBILANG", () => {
  it("spells an integer", () => {
    expect(terbilangFn(2950000)).toBe("dua juta sembilan ratus lima puluh ribu");
  });
  it("gives #VALUE! with a message for a fraction", () => {
    expect(() => terbilangFn(1.5)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});
