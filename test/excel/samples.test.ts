/** The sample workbooks bundled for the playground load into the fake host and read back. */
import { parseA1 } from "../../src/core/grid/a1";
import { readProposal } from "../../src/core/proposal";
import { getRuleset, validate } from "../../src/core/rules";
import { readGrids } from "../../src/excel/readGrids";
import { workbookFromJson } from "../../src/fakehost";
import { SAMPLE_WORKBOOKS } from "../../src/fakehost/samples";
import { withFakeExcel } from "./withFake";

describe("sample workbooks", () => {
  it.each(SAMPLE_WORKBOOKS.map((s) => [s.id, s] as const))("%s reads into a grid", async (_id, sample) => {
    withFakeExcel(workbookFromJson(sample.workbook));
    const grids = await readGrids();
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    const [sheet] = sample.workbook.sheets;
    expect(grid.sheet).toBe(sheet.name);
    // Every value the sample's JSON holds comes back at its address (cells holding only a style are skipped).
    const written = Object.entries(sheet.cells).flatMap(([address, cell]) => {
      const v = typeof cell === "object" && !("e" in cell) ? cell.v : cell;
      return v === undefined || v === null ? [] : [[address, v] as const];
    });
    expect(written.length).toBeGreaterThan(25);
    const read = written.map(([address]) => {
      const { row, col } = parseA1(address)!;
      return [address, grid.values[row - grid.origin.row]?.[col - grid.origin.col]] as const;
    });
    expect(read).toEqual(written);
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

  // What the samples README promises, through the same path the task pane takes in Excel.
  it.each([
    ["rk-datar", []],
    ["rk-krisna-bertingkat", []],
    [
      "rk-dengan-masalah",
      [
        "AMOUNT_MISMATCH@H17",
        "HONOR_NOT_ALLOWED@D28",
        "NUMBER_AS_TEXT@G24",
        "PENUNJANG_METHOD@C27",
        "SATUAN_INVALID@F21",
      ],
    ],
  ])("%s validates to exactly its planted findings", async (id, expected) => {
    const sample = SAMPLE_WORKBOOKS.find((s) => s.id === id);
    expect(sample).toBeDefined();
    withFakeExcel(workbookFromJson(sample!.workbook));
    const findings = validate(readProposal(await readGrids()), getRuleset(2020)!);
    expect(findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual(expected);
  });
});
