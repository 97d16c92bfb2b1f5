import { excelError } from "./args";
import { cekBaris, jumlahBaris } from "./lines.functions";

const err = (code: string, message?: RegExp) =>
  expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) });
const NA = excelError("#N/A", "dari sel lain");
/** The error value given as an argument comes back unchanged. */
const PASSED_ON = err("#N/A", /^dari sel lain$/);
const M1 = "Pembangunan dan Revitalisasi Sentra IKM";

describe("DAK.JUMLAH_BARIS", () => {
  it("happy path, exact with decimals", () => {
    expect(jumlahBaris(2, 38_250_000)).toBe(76_500_000);
    expect(jumlahBaris(12.5, 187_500.4)).toBe(2_343_755);
  });
  it("wrong type", () => expect(() => jumlahBaris(true, 1)).toThrow(err("#VALUE!", /volume/)));
  it("coercion", () => expect(jumlahBaris("12,5", "Rp187.500")).toBe(2_343_750));
  it("empty", () => expect(() => jumlahBaris(2, null)).toThrow(err("#VALUE!", /harga/)));
  it("error propagation", () => expect(() => jumlahBaris(NA, 1)).toThrow(PASSED_ON));
});

describe("DAK.CEK_BARIS", () => {
  it("happy path: OK, or the first finding's message", () => {
    expect(cekBaris(M1, "Mesin dan Peralatan", "Mesin poles", 6, "unit", 14_750_000, 88_500_000, "Kontraktual")).toBe(
      "OK",
    );
    expect(cekBaris(M1, "Mesin dan Peralatan", "Mesin purus", 2, "unit", 38_250_000, 114_750_000)).toBe(
      "Jumlah Rp114.750.000 tidak sama dengan volume × harga satuan = 2 × Rp38.250.000 = Rp76.500.000 (selisih Rp38.250.000). Dasar: Isian Rencana Kegiatan KRISNA-DAK.",
    );
    expect(
      cekBaris(
        "Kegiatan Penunjang",
        "Konsultan Pengawas",
        "Pengawasan",
        1,
        "paket",
        39_500_000,
        undefined,
        "Swakelola",
      ),
    ).toBe("OK"); // the penunjang line's own metode is no basis (DOMAIN.md §3); the RK's lines are what count
  });
  it("errors come before warnings", () => {
    expect(cekBaris(M1, "Jalan dan Paving Lingkungan", "Paving", 1, "ls", 98_000_000, 1)).toMatch(/^Jumlah Rp1 /);
    expect(cekBaris(M1, "Jalan dan Paving Lingkungan", "Paving", 1, "ls", 98_000_000)).toMatch(
      /^Satuan "ls" tidak diizinkan/,
    );
  });
  it("wrong type", () => expect(() => cekBaris(M1, "Gudang", "x", true, "m2", 1)).toThrow(err("#VALUE!", /volume/)));
  it("coercion of numbers as text", () =>
    expect(cekBaris(M1, "Gudang", "Gudang bahan", "150", "M2", "Rp3.450.000", "517.500.000")).toBe("OK"));
  it("empty required cells", () =>
    expect(cekBaris(M1, "Gudang", "", 1, "m2", 1)).toBe(
      "Uraian wajib diisi. Dasar: Perpres 57/2024 (teks tidak ditemukan; rumusan Perpres 7/2022 Pasal 7 ayat (1)).",
    ));
  it("error propagation", () => expect(() => cekBaris(M1, NA, "x", 1, "m2", 1)).toThrow(PASSED_ON));
});
