import { compactKey, labelKeys } from "./text-key";
import { matchColumn, matchMetaLabel, rowMarker, VOCABULARY_CONFLICTS } from "./vocabulary";

describe("label keys", () => {
  it("ignore case, spaces and punctuation", () => {
    expect(compactKey("KABUPATEN / KOTA :")).toBe("kabupatenkota");
    expect(compactKey("T.A.")).toBe("ta");
    expect(compactKey("Koordinat Lintang\u00a0")).toBe("koordinatlintang");
  });

  it("split off bracketed parts and, for meta labels, a leading enumeration", () => {
    expect(labelKeys("Pagu Alokasi DAK (Rp juta)")).toEqual({
      name: "pagualokasidak",
      brackets: ["rpjuta"],
      full: "pagualokasidakrpjuta",
    });
    expect(labelKeys("1. Provinsi", true).name).toBe("provinsi");
    expect(labelKeys("1. Provinsi").name).toBe("1provinsi");
  });
});

describe("reading vocabulary (src/data/reading)", () => {
  it("gives every synonym to one column or field only", () => {
    expect(VOCABULARY_CONFLICTS).toEqual([]);
  });

  it.each([
    ["Harga Satuan (Rp)", "hargaSatuan", 1],
    ["Hrg Sat.", "hargaSatuan", 1],
    ["Unit Cost (Rp)", "hargaSatuan", 1],
    ["VOL.", "volume", 1],
    ["Jumlah (Rp juta)", "jumlah", 1_000_000],
    ["Jumlah Rp", "jumlah", 1],
    ["Nilai (dalam Rp ribu)", "jumlah", 1000],
    ["Metode (Swakelola/Kontraktual)", "metode", 1],
    ["Desa/Kelurahan", "desa", 1],
    ["Lintang", "latitude", 1],
  ])("header %j is column %s with unit factor %d", (text, key, factor) => {
    expect(matchColumn(text)).toEqual({ key, factor });
  });

  it("does not take group titles or values for columns", () => {
    expect(matchColumn("Rincian Biaya")).toBeUndefined();
    expect(matchColumn("Koordinat")).toBeUndefined();
    expect(matchColumn("Mesin dan Peralatan")).toBeUndefined();
    expect(matchColumn("Jumlah Penerima Manfaat")?.key).toBe("penerimaManfaat");
  });

  it.each([
    ["Pagu Alokasi DAK (Rp)", "pagu", 1],
    ["Alokasi", "pagu", 1],
    ["Pagu (Rp juta)", "pagu", 1_000_000],
    ["Pagu (Rp ribu)", "pagu", 1000],
    ["T.A.", "ta", 1],
    ["Tahun Anggaran :", "ta", 1],
    ["KAB. / KOTA", "kabKota", 1],
    ["a. Instansi Pelaksana", "instansiPelaksana", 1],
    ["Jumlah Unit IKM (Sentra)", "jumlahUnitIkm", 1],
  ])("meta label %j is field %s with unit factor %d", (text, key, factor) => {
    expect(matchMetaLabel(text)).toEqual({ key, factor });
  });

  it("tells total and subtotal rows apart from lines", () => {
    expect(rowMarker("JUMLAH")).toBe("total");
    expect(rowMarker("Total (Rp)")).toBe("total");
    expect(rowMarker("Sub Total")).toBe("subtotal");
    expect(rowMarker("SUBTOTAL Mesin dan Peralatan")).toBe("subtotal");
    expect(rowMarker("Total Station dan GPS")).toBeUndefined();
    expect(rowMarker("Jumlah Unit IKM")).toBeUndefined();
  });
});
