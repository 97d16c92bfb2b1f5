import { excelError } from "./args";
import { batasPenunjang, cekPagu, cekPenunjang, sisaPagu, tahapSalur } from "./budget.functions";

const err = (code: string, message?: RegExp) =>
  expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) });
const NA = excelError("#N/A", "dari sel lain");
/** The error value given as an argument comes back unchanged. */
const PASSED_ON = err("#N/A", /^dari sel lain$/);

describe("DAK.SISA_PAGU", () => {
  it("happy path: exact over many lines", () => {
    expect(sisaPagu(3_715_830_000, [[1_656_000_000], [145_000_000], [0.1], [0.2]])).toBe(1_914_829_999.7);
    expect(sisaPagu(100, [[150]])).toBe(-50);
  });
  it("wrong type", () => expect(() => sisaPagu(true, [[1]])).toThrow(err("#VALUE!", /pagu/)));
  it("coercion of Indonesian text", () => expect(sisaPagu("Rp1.000.000", [["Rp250.000"], [250_000]])).toBe(500_000));
  it("empty cells skipped; empty pagu refused", () => {
    expect(sisaPagu(1_000, [[null], [""], [400]])).toBe(600);
    expect(() => sisaPagu(null, [[1]])).toThrow(err("#VALUE!", /wajib/));
  });
  it("error propagation", () => expect(() => sisaPagu(1_000, [[1], [NA]])).toThrow(PASSED_ON));
});

describe("DAK.CEK_PAGU", () => {
  it("happy path", () => {
    expect(cekPagu(1_000_000, [[600_000], [400_000]])).toBe("SESUAI");
    expect(cekPagu(100_000_000, [[112_500_000]])).toBe("MELEBIHI PAGU Rp12.500.000");
  });
  it("wrong type", () => expect(() => cekPagu(1_000, [["banyak"]])).toThrow(err("#VALUE!", /jumlah_range/)));
  it("coercion", () => expect(cekPagu("1000", [["1.001"]])).toBe("MELEBIHI PAGU Rp1"));
  it("empty range is within the pagu", () => expect(cekPagu(1_000, [[null]])).toBe("SESUAI"));
  it("error propagation", () => expect(() => cekPagu(NA, [[1]])).toThrow(PASSED_ON));
});

describe("DAK.BATAS_PENUNJANG", () => {
  it("happy path: 5% by default, or the given share", () => {
    expect(batasPenunjang(3_715_830_000)).toBe(185_791_500);
    expect(batasPenunjang(1_000_000, 0.04)).toBe(40_000);
  });
  it("wrong type / a percentage written as 5", () => {
    expect(() => batasPenunjang("lima")).toThrow(err("#VALUE!"));
    expect(() => batasPenunjang(1_000_000, 5)).toThrow(err("#NUM!", /5%/));
  });
  it("coercion", () => expect(batasPenunjang("Rp2.000.000", "0.1")).toBe(200_000));
  it("omitted or empty persen uses the ruleset", () => expect(batasPenunjang(1_000, "")).toBe(50));
  it("error propagation", () => expect(() => batasPenunjang(1_000, NA)).toThrow(PASSED_ON));
});

describe("DAK.CEK_PENUNJANG", () => {
  it("happy path", () => {
    expect(cekPenunjang([[148_250_000]], 3_715_830_000)).toBe("SESUAI (3,99%)");
    expect(cekPenunjang([[3_000_000], [3_200_000]], 100_000_000)).toBe("MELEBIHI BATAS 5% Rp1.200.000 (6,2%)");
    expect(cekPenunjang([[5_000_000]], 100_000_000)).toBe("SESUAI (5%)");
  });
  it("wrong type", () => expect(() => cekPenunjang([[true]], 1_000)).toThrow(err("#VALUE!")));
  it("coercion", () => expect(cekPenunjang([["Rp50.000"]], "1000000", "2022")).toBe("SESUAI (5%)"));
  it("empty penunjang; zero pagu; a TA that is no year", () => {
    expect(cekPenunjang([[null]], 1_000)).toBe("SESUAI (0%)");
    expect(() => cekPenunjang([[1]], 0)).toThrow(err("#DIV/0!"));
    expect(() => cekPenunjang([[1]], 1_000, 24)).toThrow(err("#VALUE!", /ta/));
  });
  it("error propagation", () => expect(() => cekPenunjang([[NA]], 1_000)).toThrow(PASSED_ON));
});

describe("DAK.TAHAP_SALUR", () => {
  it("happy path through the stages (absorption of the funds received)", () => {
    expect(tahapSalur(900_000_000, 0, 0, null, null, 2022)).toBe("Sekaligus Rp900.000.000");
    expect(tahapSalur(2_500_000_000, 0, 0)).toBe("Tahap I Rp625.000.000");
    expect(tahapSalur(2_500_000_000, 625_000_000, 468_750_000)).toBe("Tahap II Rp1.125.000.000");
    expect(tahapSalur(2_500_000_000, 625_000_000, 375_000_000)).toBe(
      "Tahap II Rp1.125.000.000 belum dapat diajukan: serapan 60% dari dana diterima (minimal 75%)",
    );
    expect(tahapSalur(2_500_000_000, 1_750_000_000, 1_575_000_000, 0.7)).toBe("Tahap III Rp750.000.000");
    expect(tahapSalur(2_500_000_000, 2_500_000_000, 2_400_000_000, 1)).toMatch(/^SELESAI/);
  });
  it("from TA 2024 a lump sum is the contract value (PMK 25/2024 Ps 46), asked for when not given", () => {
    expect(tahapSalur(900_000_000, 0, 0, null, 720_000_000, 2024)).toBe("Sekaligus Rp720.000.000");
    expect(tahapSalur(900_000_000, 0, 0, null, null, 2027)).toBe(
      "Sekaligus sebesar nilai kontrak: isi argumen nilai_kontrak",
    );
    // Until TA 2023 the pagu itself; a contract value given does not change that.
    expect(tahapSalur(900_000_000, 0, 0, null, 720_000_000, 2023)).toBe("Sekaligus Rp900.000.000");
  });
  it("wrong type and impossible figures", () => {
    expect(() => tahapSalur(false, 0, 0)).toThrow(err("#VALUE!"));
    expect(() => tahapSalur(2_000_000_000, 100, 200)).toThrow(err("#NUM!", /serapan/));
    expect(() => tahapSalur(2_000_000_000, 500_000_000, 400_000_000, 70)).toThrow(err("#NUM!", /70%|0,7|5%/));
    expect(() => tahapSalur(900_000_000, 0, 0, null, 900_000_001, 2024)).toThrow(err("#NUM!", /nilai_kontrak/));
    expect(() => tahapSalur(900_000_000, 0, 0, null, -1, 2024)).toThrow(err("#NUM!", /negatif/));
  });
  it("coercion", () => expect(tahapSalur("Rp2,5 miliar", "0", "0", "", "", "2024")).toBe("Tahap I Rp625.000.000"));
  it("empty diterima/serapan mean nothing yet; omitted output is not met", () => {
    expect(tahapSalur(2_000_000_000, null, "")).toBe("Tahap I Rp500.000.000");
    expect(tahapSalur(2_000_000_000, 1_400_000_000, 1_300_000_000)).toBe(
      "Tahap III Rp600.000.000 belum dapat diajukan: output belum diisi (minimal 70%)",
    );
  });
  it("error propagation", () => {
    expect(() => tahapSalur(2_000_000_000, NA, 0)).toThrow(PASSED_ON);
    expect(() => tahapSalur(900_000_000, 0, 0, null, null, NA)).toThrow(PASSED_ON);
  });
});
