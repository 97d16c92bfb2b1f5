/**
 * Issue 17, wrong answers (items 1–4): amounts that a hostile test found misjudged, read from
 * grids as an official's sheet holds them and validated with the default ruleset.
 */
import { cellError, type CellValue } from "../../src/core/grid/types";
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { sheet } from "../helpers/grid-builder";

const rs = getRuleset(2020)!;
const M = "Pembangunan dan Revitalisasi Sentra IKM";
const HEADER = ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"];

/** One Gudang line (row 9) and a JUMLAH row (row 10), meta block above. */
function rk(volume: CellValue, harga: CellValue, jumlah: CellValue, total: CellValue) {
  const grid = sheet("RK")
    .at("A2", [
      ["Tahun Anggaran", ":", 2020],
      ["Provinsi", ":", "Jawa Barat"],
      ["Kabupaten/Kota", ":", "Kabupaten Cirebon"],
      ["Pagu (Rp)", ":", typeof jumlah === "number" ? jumlah : 1_000_000],
    ])
    .at("A8", [
      HEADER,
      [1, M, "Gudang", "Gudang bahan baku", volume, "m2", harga, jumlah],
      [null, "JUMLAH", null, null, null, null, null, total],
    ])
    .build();
  return validate(readProposal([grid]), rs);
}
const codesAt = (findings: ReturnType<typeof rk>, cell: string) =>
  findings.filter((f) => f.cell === cell).map((f) => f.code);

describe("issue 17: wrong answers on amounts", () => {
  it("17.1: a volume of =1/3 times Rp4.968.000.000 with jumlah as Excel caches it is no mismatch", () => {
    const jumlah = (1 / 3) * 4_968_000_000; // what =E9*G9 caches
    const findings = rk(1 / 3, 4_968_000_000, jumlah, jumlah);
    expect(findings.map((f) => f.code)).not.toContain("AMOUNT_MISMATCH");
    expect(findings.map((f) => f.code)).not.toContain("TOTAL_MISMATCH");
  });

  it("17.1: a real difference of Rp2 is still reported", () => {
    expect(codesAt(rk(1 / 3, 4_968_000_000, 1_656_000_002, 1_656_000_002), "H9")).toContain("AMOUNT_MISMATCH");
  });

  it.each<[string, CellValue, string]>([
    ["#VALUE!", cellError("#VALUE!"), "CELL_ERROR"],
    ["#REF!", cellError("#REF!"), "CELL_ERROR"],
    ["text", "lihat lampiran", "NOT_A_NUMBER"],
  ])("17.2: a Total row showing %s does not pass", (_name, total, code) => {
    const findings = rk(2, 500_000, 1_000_000, total);
    expect(codesAt(findings, "H10")).toEqual([code]);
    expect(findings.find((f) => f.cell === "H10")?.severity).toBe("error");
  });

  it("17.3: volume 1e200 × harga 1e200 gives findings, not an exception", () => {
    let findings: ReturnType<typeof rk> = [];
    expect(() => (findings = rk(1e200, 1e200, 1e300, 1e300))).not.toThrow();
    expect(codesAt(findings, "E9")).toContain("NOT_A_NUMBER");
    expect(codesAt(findings, "G9")).toContain("NOT_A_NUMBER");
  });

  it("17.4: an amount typed with Alt+Enter and tabs is read (a warning, not NOT_A_NUMBER)", () => {
    const findings = rk(2, "\tRp 500.000\n", "Rp 1.000.000\n", 1_000_000);
    expect(findings.map((f) => f.code)).not.toContain("NOT_A_NUMBER");
    expect(codesAt(findings, "G9")).toEqual(["NUMBER_AS_TEXT"]);
  });
});
