/** Marks: reversible to the byte, user's conditional formats untouched, few syncs. */
import type { Finding } from "../../src/core/rules/findings";
import type { MarkProgress } from "../../src/excel/adapter";
import { MARK_BATCH, addMarks, isMarkFormula, removeMarks } from "../../src/excel/marks";
import { PAYLOAD_LIMIT_BYTES, workbookFromGrids, workbookFromJson, workbookToJson } from "../../src/fakehost";
import { linesSheet, withFakeExcel } from "./withFake";

function finding(sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding {
  return { code: "AMOUNT_MISMATCH", severity, ruleId: "line.amount", sheet, cell, params: {} } as unknown as Finding;
}

function workbookWithUserFormat() {
  const model = workbookFromGrids([linesSheet("Rencana Kegiatan", 20), linesSheet("RK'2", 5)]);
  // the user's own conditional formats: one custom, one cell-value rule
  model.sheets[0].conditionalFormats.push(
    { type: "Custom", ranges: ["H2:H21"], rule: { formula: "=H2>10000000" }, format: { "fill.color": "#00FF00" } },
    {
      type: "CellValue",
      ranges: ["E2:E21"],
      rule: { formula1: "0", operator: "LessThan" },
      format: { "font.color": "#FF0000" },
    },
  );
  model.sheets[0].rows[14][7] = { v: 5, nf: "#,##0", style: { "fill.color": "#FFFF00" } };
  return model;
}

describe("marks", () => {
  it("mark then unmark leaves the workbook byte-identical, the user's formats in place", async () => {
    const fake = withFakeExcel(workbookWithUserFormat());
    const before = fake.snapshot();
    const marked = await addMarks([
      finding("Rencana Kegiatan", "H15"),
      finding("Rencana Kegiatan", "H15", "warning"), // same cell: counted once, worst severity
      finding("Rencana Kegiatan", "B16:H16", "warning"),
      finding("RK'2", "F3", "info"),
      finding("Tidak Ada", "A1"), // no such sheet: skipped
      finding("", ""),
    ]);
    expect(marked).toBe(1 + 7 + 1);
    const during = workbookToJson(fake.model);
    expect(fake.snapshot()).not.toBe(before);
    const ours = during.sheets[0].conditionalFormats?.filter((cf) => isMarkFormula(cf.rule.formula ?? "")) ?? [];
    expect(ours.map((cf) => [cf.ranges, cf.rule.formula, cf.format["fill.color"]])).toEqual([
      [["H15"], '=ISTEXT("DAK-IKM:error")', "#FFC7CE"],
      [["B16:H16"], '=ISTEXT("DAK-IKM:warning")', "#FFEB9C"],
    ]);
    // marks change no cell: every cell's value and format is as before
    expect(during.sheets.map((s) => s.cells)).toEqual(
      workbookToJson(workbookWithUserFormat()).sheets.map((s) => s.cells),
    );

    // marks survive save and reopen (the workbook through its file form)
    fake.model.sheets = workbookFromJson(JSON.parse(JSON.stringify(during))).sheets;
    fake.resetStats();
    expect(await removeMarks()).toBe(3);
    expect(fake.stats.syncs).toBe(4);
    expect(fake.snapshot()).toBe(before);
    expect(fake.model.sheets[0].conditionalFormats).toHaveLength(2);
  });

  it("marking again replaces the previous marks; unmarking with none is harmless", async () => {
    const fake = withFakeExcel(workbookWithUserFormat());
    const before = fake.snapshot();
    await addMarks([finding("Rencana Kegiatan", "H15")]);
    fake.resetStats();
    await addMarks([finding("Rencana Kegiatan", "D3"), finding("Rencana Kegiatan", "D4")]);
    expect(fake.stats.syncs).toBe(4);
    const formulas = fake.model.sheets[0].conditionalFormats.map((cf) => cf.ranges[0]);
    expect(formulas).toEqual(["H2:H21", "E2:E21", "D3", "D4"]);
    expect(await removeMarks()).toBe(2);
    expect(await removeMarks()).toBe(0);
    expect(fake.snapshot()).toBe(before);
  });

  it("surfaces an Office error as AdapterError and leaves the workbook as it was", async () => {
    const fake = withFakeExcel(workbookWithUserFormat());
    const before = fake.snapshot();
    fake.setCellEditMode(true);
    await expect(addMarks([finding("Rencana Kegiatan", "H15")])).rejects.toMatchObject({ code: "CELL_EDIT_MODE" });
    expect(fake.snapshot()).toBe(before);
  });

  it("marks 26,000 findings in batches under the payload limit, with progress, and stops when cancelled", async () => {
    const fake = withFakeExcel(workbookFromGrids([linesSheet("Rencana Kegiatan", 2600)]));
    const before = fake.snapshot();
    // ten findings on each of 2,600 lines: 26,000 distinct cells
    const many = Array.from({ length: 26_000 }, (_, i) =>
      finding("Rencana Kegiatan", `${"ABCDEFGHIJ"[i % 10]}${2 + Math.floor(i / 10)}`, i % 3 ? "warning" : "error"),
    );
    const progress: MarkProgress[] = [];
    fake.resetStats();
    expect(await addMarks(many, { onProgress: (p) => progress.push(p) })).toBe(26_000);
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.records.every((r) => r.error === undefined)).toBe(true);
    const batches = Math.ceil(26_000 / MARK_BATCH);
    expect(progress).toHaveLength(batches + 1);
    expect(progress[0]).toEqual({ done: 0, total: 26_000 });
    expect(progress.at(-1)).toEqual({ done: 26_000, total: 26_000 });
    expect(fake.model.sheets[0].conditionalFormats).toHaveLength(26_000);

    // cancelled after the second batch: what was written stays, and is removable
    const controller = new AbortController();
    const marked = await addMarks(many, {
      signal: controller.signal,
      onProgress: (p) => p.done >= 2 * MARK_BATCH && controller.abort(),
    });
    expect(marked).toBe(2 * MARK_BATCH);
    expect(fake.model.sheets[0].conditionalFormats).toHaveLength(2 * MARK_BATCH);
    expect(await removeMarks()).toBe(2 * MARK_BATCH);
    expect(fake.snapshot()).toBe(before);
  }, 60_000);
});
