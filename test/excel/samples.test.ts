/** The sample workbooks bundled for the playground load into the fake host and read back. */
import { readGrids } from "../../src/excel/readGrids";
import { workbookFromJson } from "../../src/fakehost";
import { SAMPLE_WORKBOOKS } from "../../src/fakehost/samples";
import { withFakeExcel } from "./withFake";

describe("sample workbooks", () => {
  it.each(SAMPLE_WORKBOOKS.map((s) => [s.id, s] as const))("%s reads into a grid", async (_id, sample) => {
    withFakeExcel(workbookFromJson(sample.workbook));
    const grids = await readGrids();
    expect(grids).toHaveLength(1);
    expect(grids[0].values.length).toBeGreaterThan(25);
  });

  it("keeps the planted problems of rk-dengan-masalah (text amount in G24, jumlah in H17)", async () => {
    const sample = SAMPLE_WORKBOOKS.find((s) => s.id === "rk-dengan-masalah");
    withFakeExcel(workbookFromJson(sample?.workbook ?? { activeSheet: "", sheets: [] }));
    const [grid] = await readGrids();
    const at = (row: number, col: number) => grid.values[row - grid.origin.row]?.[col - grid.origin.col];
    expect(grid.sheet).toBe("RK");
    expect(at(23, 6)).toBe("Rp14.750.000,00");
    expect(at(16, 7)).toBe(114_750_000);
    expect(grid.numberFormats?.[16 - grid.origin.row][7 - grid.origin.col]).toBe("#,##0");
  });
});
