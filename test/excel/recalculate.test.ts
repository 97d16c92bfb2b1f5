/** recalculate: one full calculation, in one sync, so the DAK functions answer under the active ruleset. */
import { createOfficeAdapter } from "../../src/excel/officeAdapter";
import { workbookFromGrids } from "../../src/fakehost";
import { linesSheet, withFakeExcel } from "./withFake";

describe("recalculate", () => {
  it("asks Excel for one full calculation in one sync, and leaves every cell as it was", async () => {
    const fake = withFakeExcel(workbookFromGrids([linesSheet("Rencana Kegiatan", 5)]));
    const before = JSON.stringify(fake.model.sheets[0].rows);
    await createOfficeAdapter().recalculate();
    expect([fake.stats.calculations, fake.stats.syncs]).toEqual([1, 1]);
    expect(JSON.stringify(fake.model.sheets[0].rows)).toBe(before);
  });
});
