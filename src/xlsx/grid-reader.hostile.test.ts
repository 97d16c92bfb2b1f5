/**
 * Sheets built to make a reader spend far more than they weigh (issue 17, item 10), written by
 * hand here rather than committed: each is read under limits far tighter than the defaults, so
 * the test shows what it costs (slots held, time allowed) without timing anything itself.
 */
import { makeSheetZip, sheetXml } from "../../test/cli/hostile-files";
import { readWorkbookBuffer } from "./grid-reader";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits";

/** A few thousand slots and ten seconds: what a small sheet needs, not what it claims. */
const TIGHT: ReadLimits = { ...DEFAULT_LIMITS, maxCells: 5_000, maxMillis: 10_000 };

function rows(n: number, row: (r: number) => string): string {
  const out: string[] = [];
  for (let r = 1; r <= n; r++) out.push(row(r));
  return out.join("");
}

describe("what a hostile sheet costs", () => {
  it("reads one merge over the whole sheet for what its real cells cost", async () => {
    const xml = sheetXml(
      `<dimension ref="A1:XFD1048576"/><sheetData>${rows(50, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="C${r}" t="inlineStr"><is><t>x</t></is></c></row>`)}</sheetData>` +
        `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
    );
    const [grid] = await readWorkbookBuffer(makeSheetZip(xml), TIGHT);
    expect(grid.values[0]).toEqual([1, null, null]);
    expect(grid.values.slice(1).every((row) => row.every((v) => v === null))).toBe(true);
  });

  it("applies 100,000 small merges in one sweep", async () => {
    const n = 100_000;
    const xml = sheetXml(
      `<sheetData>${rows(n, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c><c r="D${r}"><v>2</v></c></row>`)}</sheetData>` +
        `<mergeCells count="${n}">${rows(n, (r) => `<mergeCell ref="A${r}:C${r}"/>`)}</mergeCells>`,
    );
    // The reader's own time limit stays under jest's 60 s but far above the ~4 s this takes on a
    // loaded 2-core machine: a quadratic sweep (10^10 steps) would still fail it.
    const [grid] = await readWorkbookBuffer(makeSheetZip(xml), {
      ...DEFAULT_LIMITS,
      maxCells: 1_000_000,
      maxMillis: 50_000,
    });
    expect(grid.values).toHaveLength(n);
    expect(grid.values[0]).toEqual([1, null, null, 2]);
    expect(grid.values[n - 1]).toEqual([n, null, null, 2]);
  }, 60_000);

  it("counts cells however their tags are spaced (`<c\\n`), against the same limit", async () => {
    const spaced = (r: number): string =>
      `<row r="${r}">${rows(10, (c) => `<c\nr="${String.fromCharCode(64 + c)}${r}"\t t="n"><v>${c}</v></c>`)}</row>`;
    const xml = sheetXml(`<sheetData>${rows(1_000, spaced)}</sheetData>`);
    const [grid] = await readWorkbookBuffer(makeSheetZip(xml), { ...TIGHT, maxCells: 20_000 });
    expect(grid.values[999]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await expect(readWorkbookBuffer(makeSheetZip(xml), TIGHT)).rejects.toMatchObject({ reason: "TOO_MANY_CELLS" });
  });

  it("charges a far-away cell for the rows and columns it spans", async () => {
    const xml = sheetXml(`<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`);
    await expect(readWorkbookBuffer(makeSheetZip(xml), TIGHT)).rejects.toMatchObject({ reason: "TOO_MANY_CELLS" });
    const [grid] = await readWorkbookBuffer(makeSheetZip(xml));
    expect(grid.values[1048575][16383]).toBe(1);
  });

  it("refuses overlapping merged areas as damaged (Excel repairs them away)", async () => {
    const xml = sheetXml(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>` +
        `<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B1:C1"/></mergeCells>`,
    );
    await expect(readWorkbookBuffer(makeSheetZip(xml), TIGHT)).rejects.toMatchObject({ reason: "CORRUPT" });
  });

  it("never reads a DTD: entity expansion (billion laughs) is refused as damaged", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    await expect(readWorkbookBuffer(makeSheetZip(laughs), TIGHT)).rejects.toMatchObject({ reason: "CORRUPT" });
    const undeclared = sheetXml(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData>`,
    );
    await expect(readWorkbookBuffer(makeSheetZip(undeclared), TIGHT)).rejects.toMatchObject({ reason: "CORRUPT" });
  });

  it("stops at the time limit, checked as the sheet streams", async () => {
    const xml = sheetXml(
      `<sheetData>${rows(20_000, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`)}</sheetData>`,
    );
    await expect(readWorkbookBuffer(makeSheetZip(xml), { ...DEFAULT_LIMITS, maxMillis: -1 })).rejects.toMatchObject({
      reason: "TIMEOUT",
    });
  });
});
