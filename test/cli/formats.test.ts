import { csvCell, formatCsv } from "../../src/cli/format-csv";
import { formatJson } from "../../src/cli/format-json";
import { formatTable } from "../../src/cli/format-table";
import type { Presenter } from "../../src/cli/presenter";
import { progressLine, ProgressBar } from "../../src/cli/progress";
import { exitCodeOf, reportFromFindings, sortFindingsBySheet, unreadableReport, NO_FACTS } from "../../src/cli/report";
import { t } from "../../src/cli/messages";
import { id } from "../../src/cli/messages/id";
import { en } from "../../src/cli/messages/en";
import type { Finding } from "../../src/core/rules/findings";
import { parseCsv } from "./csv-parse";

const f = (code: Finding["code"], severity: Finding["severity"], sheet: string, cell: string, params = {}): Finding =>
  // The presenters are tested with any code and params, not with what each rule declares.
  ({ code, severity, ruleId: "x", sheet, cell, params }) as Finding;
const presenter: Presenter = {
  lang: "id",
  message: (x) => `pesan ${x.code} ${JSON.stringify(x.params)}`,
  rupiah: (n) => `Rp${n}`,
};

describe("csvCell", () => {
  it.each([
    ["biasa", "biasa"],
    ["=1+1", "'=1+1"],
    ["+62 812", "'+62 812"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['a "b", c', '"a ""b"", c"'],
    ["baris\nbaru", '"baris\nbaru"'],
    ['=HYPERLINK("u","k")', '"\'=HYPERLINK(""u"",""k"")"'],
  ])("%j -> %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe("formats", () => {
  const invalid = reportFromFindings(
    "b.xlsx",
    [
      f("NUMBER_AS_TEXT", "warning", "RK", "G24"),
      f("AMOUNT_MISMATCH", "error", "RK", "H17"),
      f("SATUAN_INVALID", "warning", "RK", "F21"),
      f("TOTAL_MISMATCH", "error", "A", "H9"),
    ],
    { ...NO_FACTS, kabKota: "Kota Tomohon", provinsi: "Sulawesi Utara", ta: 2020, pagu: 100, total: 90 },
  );
  const ok = reportFromFindings("a.xlsx", [], NO_FACTS);
  const broken = unreadableReport("c.xlsx", "ENCRYPTED");

  it("sorts findings by sheet, then row, then column", () => {
    expect(invalid.findings.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["A!H9", "RK!H17", "RK!F21", "RK!G24"]);
    expect(
      sortFindingsBySheet([
        f("CELL_ERROR", "error", "S", "AA2"),
        f("CELL_ERROR", "error", "S", "B10"),
        f("CELL_ERROR", "error", "S", "Z2"),
      ]).map((x) => x.cell),
    ).toEqual(["Z2", "AA2", "B10"]);
  });

  it("derives status and exit codes", () => {
    expect([ok.status, invalid.status, broken.status]).toEqual(["ok", "invalid", "unreadable"]);
    expect([invalid.errors, invalid.warnings]).toEqual([2, 2]);
    expect(exitCodeOf([ok])).toBe(0);
    expect(exitCodeOf([ok, invalid])).toBe(1);
    expect(exitCodeOf([ok, invalid, broken])).toBe(2);
    expect(exitCodeOf([reportFromFindings("w.xlsx", [f("NUMBER_AS_TEXT", "warning", "RK", "G1")], NO_FACTS)])).toBe(0);
  });

  it("prints a table block per file and a batch line, coloured only when asked", () => {
    const plain = formatTable([ok, invalid, broken], presenter, { color: false, seconds: 1.25 });
    expect(plain).not.toContain("\x1b[");
    expect(plain).toContain("b.xlsx · Kota Tomohon, Sulawesi Utara · TA 2020");
    expect(plain).toContain("  RK!H17  kesalahan   AMOUNT_MISMATCH  pesan AMOUNT_MISMATCH {}");
    expect(plain).toContain("BERMASALAH: 2 kesalahan, 2 peringatan · pagu Rp100 · total Rp90");
    expect(plain).toContain("TIDAK TERBACA: buku kerja dilindungi kata sandi");
    expect(plain.trimEnd().split("\n").pop()).toBe(
      "3 berkas: 1 lolos, 1 bermasalah, 1 tidak terbaca · 2 kesalahan, 2 peringatan · 1,3 detik",
    );
    expect(formatTable([invalid], presenter, { color: true, seconds: 0 })).toContain("\x1b[31m");
  });

  it("keeps control characters out of the terminal", () => {
    const evil = reportFromFindings(
      "x\x1b[2J.xlsx",
      [f("HONOR_NOT_ALLOWED", "error", "RK", "D1", { uraian: "a\nb\rc" })],
      NO_FACTS,
    );
    const text = formatTable(
      [evil],
      { ...presenter, message: (x) => String(x.params.uraian) },
      { color: false, seconds: 0 },
    );
    expect(text).not.toContain("\x1b");
    expect(text).toContain("a b c");
  });

  it("prints JSON with the reason of an unreadable file", () => {
    const out = JSON.parse(formatJson([broken, invalid], presenter));
    expect(out.files[0]).toEqual({
      file: "c.xlsx",
      status: "unreadable",
      ta: null,
      ruleset: null,
      sheets: [],
      summary: { errors: 0, warnings: 0, pagu: null, total: null },
      findings: [],
      reason: { code: "ENCRYPTED", message: t("id", "reason.ENCRYPTED") },
    });
    expect(out.files[1].findings[0]).toEqual({
      code: "TOTAL_MISMATCH",
      severity: "error",
      sheet: "A",
      cell: "H9",
      message: "pesan TOTAL_MISMATCH {}",
      params: {},
    });
  });

  it("prints CSV rows for findings and unreadable files", () => {
    const rows = parseCsv(formatCsv([invalid, broken], presenter));
    expect(rows.length).toBe(1 + 4 + 1);
    expect(rows[5]).toEqual(["c.xlsx", "", "", "unreadable", "ENCRYPTED", t("id", "reason.ENCRYPTED")]);
  });
});

describe("messages", () => {
  it("has every key in both languages, each giving text", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(t("id", key, { path: "p" })).toMatch(/\S/);
      expect(t("en", key, { path: "p" })).toMatch(/\S/);
    }
  });
});

describe("progress", () => {
  it("draws a bar and redraws at most ten times a second, always at the end", () => {
    expect(progressLine(5, 10, "x")).toBe(`[${"#".repeat(14)}${"-".repeat(14)}] x`);
    const out: string[] = [];
    let now = 1000;
    const bar = new ProgressBar(
      { write: (s) => out.push(s) },
      (d, n) => `${d}/${n}`,
      () => now,
    );
    bar.update(1, 10);
    bar.update(2, 10);
    now += 150;
    bar.update(3, 10);
    bar.update(10, 10);
    bar.clear();
    expect(out.map((s) => s.replace(/^\r(\[[#-]+\] )?/, "").replace("\x1b[K", ""))).toEqual([
      "1/10",
      "3/10",
      "10/10",
      "",
    ]);
  });
});
