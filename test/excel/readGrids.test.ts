/** readGrids against the in-memory host: chunking, sync counts, payload sizes, values and formats. */
import { cellError } from "../../src/core/grid/types";
import type { ReadProgress } from "../../src/excel/adapter";
import { TARGET_RESPONSE_BYTES } from "../../src/excel/chunks";
import { readGrids } from "../../src/excel/readGrids";
import { workbookFromGrids } from "../../src/fakehost";
import { buildTemplate } from "../../src/core/templates";
import { insertTemplate } from "../../src/excel/templates";
import { ta2020Context } from "../templates/context";
import { linesSheet, withFakeExcel } from "./withFake";

/** Sheets, used ranges, hidden-row probes. */
const FIXED_SYNCS = 3;

async function readWithProgress() {
  const progress: ReadProgress[] = [];
  const grids = await readGrids({ onProgress: (p) => progress.push(p) });
  return { grids, last: progress[progress.length - 1], progress };
}

describe("readGrids: a constant number of syncs plus one per chunk", () => {
  it.each([10, 10_000, 200_000])(
    "%i rows",
    async (lines) => {
      const fake = withFakeExcel(workbookFromGrids([linesSheet("RK", lines)]));
      const { grids, last } = await readWithProgress();
      expect(grids[0].values).toHaveLength(lines + 1);
      expect(grids[0].values[lines][3]).toBe(`Mesin nomor ${lines}`);
      const chunks = last.chunksRead ?? -1;
      expect(fake.stats.syncs).toBe(FIXED_SYNCS + chunks);
      // chunks are not needlessly small: each carries at least half the target response
      const totalResponse = fake.stats.records.reduce((sum, r) => sum + r.responseBytes, 0);
      expect(chunks).toBeLessThanOrEqual(Math.max(1, Math.ceil(totalResponse / (TARGET_RESPONSE_BYTES / 2))));
      if (lines === 10) expect(chunks).toBe(1);
      expect(fake.stats.maxResponseBytes).toBeLessThan(4_000_000);
      expect(fake.stats.maxRequestBytes).toBeLessThan(4_000_000);
      expect(last).toMatchObject({ sheetsDone: 1, sheetsTotal: 1, rowsRead: lines + 1, rowsTotal: lines + 1 });
    },
    60_000,
  );

  it("keeps the budget with the four other sheets of a proposal package beside a 20,000-line RK", async () => {
    const lines = 20_000;
    const fake = withFakeExcel(workbookFromGrids([linesSheet("RK", lines)]));
    for (const id of ["rab", "kak", "sentra", "realisasi"] as const)
      await insertTemplate(buildTemplate(id, ta2020Context()));
    const syncsBefore = fake.stats.syncs;
    const { grids, last } = await readWithProgress();
    expect(grids.map((g) => g.sheet)).toEqual(["RK", "RAB", "KAK-TOR", "Data Sentra", "Realisasi"]);
    expect(grids[0].values).toHaveLength(lines + 1);
    const chunks = last.chunksRead ?? -1;
    // one chunk at least per sheet; the fixed part does not grow with the number of sheets
    expect(chunks).toBeGreaterThanOrEqual(grids.length);
    expect(fake.stats.syncs - syncsBefore).toBe(FIXED_SYNCS + chunks);
    expect(last).toMatchObject({ sheetsDone: 5, sheetsTotal: 5 });
  }, 60_000);

  it("shrinks chunks when long texts would overflow the 5 MB response", async () => {
    const long = "x".repeat(2_000);
    const values = Array.from({ length: 3_000 }, (_, i) => [i, long]);
    const fake = withFakeExcel(workbookFromGrids([{ sheet: "Panjang", values }]));
    const { grids, last } = await readWithProgress();
    const grid = grids[0];
    expect(grid.values).toHaveLength(3_000);
    expect(grid.values[2_999]).toEqual([2_999, long]);
    // one attempt may be refused (Excel rejects it, nothing is lost); every accepted one is small
    const refused = fake.stats.records.filter((r) => r.error);
    expect(refused.map((r) => r.error)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    const accepted = fake.stats.records.filter((r) => !r.error);
    expect(Math.max(...accepted.map((r) => r.responseBytes))).toBeLessThan(4_000_000);
    expect(accepted.length).toBe(FIXED_SYNCS + (last.chunksRead ?? -1));
  });
});

describe("readGrids: what is read", () => {
  const model = () =>
    workbookFromGrids([
      {
        sheet: "Rencana Kegiatan",
        origin: { row: 2, col: 1 },
        values: [
          ["Uraian", "Jumlah", "Tanggal"],
          ["Mesin", 1_500_000, 43_831],
          ["Rusak", cellError("#N/A"), null],
          ["Bantu", true, "#N/A"],
          ["Akhir", cellError("#REF!"), 0],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["@", "#,##0", "dd/mm/yyyy"],
        ],
        hiddenRows: [4],
        hiddenColumns: [3],
      },
      { sheet: "Kosong", values: [] },
    ]);

  it("reads values with error values as CellError, number formats, origin and hidden rows", async () => {
    withFakeExcel(model());
    const [rk, empty] = await readGrids();
    expect(rk.sheet).toBe("Rencana Kegiatan");
    expect(rk.origin).toEqual({ row: 2, col: 1 });
    expect(rk.values).toEqual([
      ["Uraian", "Jumlah", "Tanggal"],
      ["Mesin", 1_500_000, 43_831],
      ["Rusak", cellError("#N/A"), null],
      // a text that merely looks like an error stays text
      ["Bantu", true, "#N/A"],
      ["Akhir", cellError("#REF!"), 0],
    ]);
    expect(rk.numberFormats?.[1]).toEqual(["@", "#,##0", "dd/mm/yyyy"]);
    expect(rk.numberFormats?.[2]).toEqual(["General", "General", "General"]);
    expect(rk.hiddenRows).toEqual([4]);
    expect(rk.hiddenColumns).toEqual([3]);
    expect(empty).toMatchObject({ sheet: "Kosong", values: [] });
  });

  it("finds hidden rows in every block of a long sheet, and only those", async () => {
    const source = linesSheet("RK", 12_000);
    const hidden = [5, 999, 1_000, 7_777, 11_999];
    const allHidden = Array.from({ length: 1_000 }, (_, i) => 3_000 + i); // a whole block
    withFakeExcel(workbookFromGrids([{ ...source, hiddenRows: [...hidden, ...allHidden] }]));
    const [grid] = await readGrids();
    expect(grid.hiddenRows).toEqual([...hidden, ...allHidden].sort((a, b) => a - b));
  });

  it("skips hidden sheets unless asked for by name", async () => {
    const m = model();
    m.sheets[1].visibility = "Hidden";
    withFakeExcel(m);
    expect((await readGrids()).map((g) => g.sheet)).toEqual(["Rencana Kegiatan"]);
    expect((await readGrids({ sheets: ["kosong"] })).map((g) => g.sheet)).toEqual(["Kosong"]);
  });

  it("stops with ABORTED when the signal fires between chunks", async () => {
    withFakeExcel(workbookFromGrids([linesSheet("RK", 50_000)]));
    const controller = new AbortController();
    const read = readGrids({ signal: controller.signal, onProgress: (p) => p.chunksRead === 1 && controller.abort() });
    await expect(read).rejects.toMatchObject({ name: "AdapterError", code: "ABORTED" });
  });

  it("turns Office errors into AdapterError (cell edit mode)", async () => {
    const fake = withFakeExcel(model());
    fake.setCellEditMode(true);
    await expect(readGrids()).rejects.toMatchObject({
      name: "AdapterError",
      code: "CELL_EDIT_MODE",
      officeCode: "InvalidOperationInCellEditMode",
    });
  });
});
