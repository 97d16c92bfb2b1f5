/** The playground's second RK version: copied after the first sheet with two approval changes. */
import { workbookFromJson } from "../fakehost";
import { SAMPLE_WORKBOOKS } from "../fakehost/samples";
import { addRevisionSheet } from "./revisionSheet";

describe("addRevisionSheet", () => {
  it("adds RK Perubahan after the sample RK with the second volume (and jumlah) and the first lokasi changed", () => {
    const sample = SAMPLE_WORKBOOKS.find((s) => s.id === "rk-dengan-masalah")!;
    const model = addRevisionSheet(workbookFromJson(sample.workbook), sample.workbook);
    expect(model.sheets.map((s) => s.name)).toEqual(["RK", "RK Perubahan"]);
    const [old, now] = model.sheets;
    const v = (s: typeof old, r: number, c: number) => {
      const slot = s.rows[r]?.[c];
      return typeof slot === "object" && slot !== null && "v" in slot ? slot.v : slot;
    };
    // E15 volume, H15 jumlah, J14 lokasi (0-based rows 14 and 13).
    expect([v(old, 14, 4), v(now, 14, 4)]).toEqual([2, 3]);
    expect([v(old, 14, 7), v(now, 14, 7)]).toEqual([157_000_000, 235_500_000]);
    expect(v(now, 13, 9)).toBe("Sentra IKM Rumah Kayu Woloan Blok B");
    expect(v(old, 13, 9)).toBe("Sentra IKM Rumah Kayu Woloan");
  });
});
