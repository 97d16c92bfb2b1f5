/** The findings sheet: new, never overwriting, hyperlinks to the cells, text stays text. */
import type { FindingRow } from "../../src/excel/adapter";
import { FINDING_ROWS_PER_SYNC, freeSheetName, safeSheetName, writeFindingsSheet } from "../../src/excel/findingsSheet";
import { findSheet, getCell, workbookFromGrids } from "../../src/fakehost";
import { linesSheet, withFakeExcel } from "./withFake";
import { id } from "../../src/taskpane/i18n/strings.id";

const HEADERS = id.findingsHeaders;

const row = (sheet: string, cell: string, message: string): FindingRow => ({
  severity: "Galat",
  code: "AMOUNT_MISMATCH",
  sheet,
  cell,
  message,
  basis: "Permenperin 4/2020",
});

describe("findings sheet", () => {
  it("writes a header and one row per finding with a hyperlink to its cell", async () => {
    const fake = withFakeExcel(workbookFromGrids([linesSheet("Rencana Kegiatan", 3)]));
    const name = await writeFindingsSheet(
      [
        row("Rencana Kegiatan", "H15", "Jumlah tidak sama"),
        row("Pak Budi's", "B2:C2", "=SUM(A1:A9) ditulis"),
        row("", "", "Tabel tidak ditemukan"),
      ],
      "Hasil Validasi",
      HEADERS,
    );
    expect(name).toBe("Hasil Validasi");
    const sheet = findSheet(fake.model, name);
    if (!sheet) throw new Error("no findings sheet");
    expect(fake.model.activeSheet).toBe(name);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    expect(getCell(sheet, 0, 0)?.v).toBe("Tingkat");
    expect(getCell(sheet, 0, 0)?.style).toMatchObject({ "font.bold": true, "fill.color": "#1F4E78" });
    expect(getCell(sheet, 1, 3)).toMatchObject({
      v: "H15",
      link: { documentReference: "'Rencana Kegiatan'!H15", textToDisplay: "H15" },
    });
    expect(getCell(sheet, 2, 3)?.link?.documentReference).toBe("'Pak Budi''s'!B2:C2");
    // a message that starts with "=" is text, not a formula
    expect(getCell(sheet, 2, 4)).toMatchObject({ v: "=SUM(A1:A9) ditulis", nf: "@" });
    expect(getCell(sheet, 2, 4)?.f).toBeUndefined();
    expect(getCell(sheet, 3, 3)?.link).toBeUndefined();
    expect(fake.stats.calculationSuspensions).toBe(1);
  });

  it("never overwrites: a taken name gets (2), (3), and the other sheets are untouched", async () => {
    const fake = withFakeExcel(
      workbookFromGrids([linesSheet("Hasil Validasi", 2), linesSheet("hasil validasi (2)", 2)]),
    );
    const before = JSON.stringify(fake.model.sheets.map((s) => s.rows));
    expect(await writeFindingsSheet([row("Hasil Validasi", "A1", "x")], "Hasil Validasi", HEADERS)).toBe(
      "Hasil Validasi (3)",
    );
    expect(await writeFindingsSheet([], "Hasil Validasi", HEADERS)).toBe("Hasil Validasi (4)");
    expect(JSON.stringify(fake.model.sheets.slice(0, 2).map((s) => s.rows))).toBe(before);
  });

  it("writes many findings in blocks, each sync small", async () => {
    const fake = withFakeExcel(workbookFromGrids([linesSheet("RK", 2)]));
    const rows = Array.from({ length: 5_000 }, (_, i) => row("RK", `H${i + 2}`, `Pesan nomor ${i}`));
    await writeFindingsSheet(rows, "Hasil Validasi", HEADERS);
    expect(fake.stats.syncs).toBe(2 + Math.ceil(rows.length / FINDING_ROWS_PER_SYNC));
    expect(fake.stats.maxRequestBytes).toBeLessThan(4_000_000);
    const sheet = findSheet(fake.model, "Hasil Validasi");
    expect(sheet && getCell(sheet, 5_000, 4)?.v).toBe("Pesan nomor 4999");
  });

  it("makes a valid sheet name from any title", () => {
    expect(safeSheetName("Hasil: Validasi [TA 2020]/Kab?")).toBe("Hasil- Validasi -TA 2020--Kab-");
    expect(safeSheetName("  ")).toBe("Hasil Validasi");
    const long = "Validation Results for the province";
    expect(freeSheetName(long, [long.slice(0, 31)])).toBe("Validation Results for the (2)");
    expect(freeSheetName("Hasil Validasi", ["HASIL VALIDASI"])).toBe("Hasil Validasi (2)");
  });
});
