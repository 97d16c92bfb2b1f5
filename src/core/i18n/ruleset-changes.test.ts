import { handMadePair } from "../../../test/rules/ruleset-pair";
import { getRuleset } from "../rules/bundled";
import { diffRulesets } from "../rules/changes";
import { describeRulesetChanges, type ChangeSection } from "./ruleset-changes";

const handMade = () => {
  const { from, to } = handMadePair();
  return diffRulesets(from, to).changes;
};

/** Each item as "subject: detail | detail", by group heading. */
function flat(sections: readonly ChangeSection[]): Record<string, string[]> {
  return Object.fromEntries(
    sections.map((s) => [s.heading, s.items.map((i) => `${i.subject}: ${i.details.join(" | ")}`)]),
  );
}

describe("describeRulesetChanges", () => {
  it("says every kind of difference in Bahasa Indonesia, numbers written the Indonesian way", () => {
    const words = flat(describeRulesetChanges(handMade(), "id"));
    expect(Object.keys(words)).toEqual([
      "Menu dan rincian",
      "Daftar nama dan pola",
      "Ambang batas",
      "Penyaluran",
      "Aturan",
    ]);
    expect(words["Menu dan rincian"]).toEqual([
      'Menu "Pembangunan dan Revitalisasi Sentra IKM": nama lain: ditambahkan Sentra IKM | bagian dari total: tidak ada → paling banyak 90%',
      'Rincian "Gudang Bahan Baku" (menu "Pembangunan dan Revitalisasi Sentra IKM"): nama: "Gudang" → "Gudang Bahan Baku" | satuan: ditambahkan m3; dihapus unit | batas harga satuan: tidak ada → paling sedikit Rp1.000.000, paling banyak Rp5.500.000,50 per m2',
      'Rincian "Showroom" (menu "Pembangunan dan Revitalisasi Sentra IKM"): rincian baru',
      'Rincian "Unit Pelayanan Teknis (UPT)" (menu "Pembangunan dan Revitalisasi Sentra IKM"): tidak ada lagi',
      'Menu "Kegiatan Penunjang": status: dilaporkan → terverifikasi',
      'Menu "Digitalisasi Sentra": menu baru',
      'Menu "Menu Lama": tidak ada lagi',
    ]);
    expect(words["Daftar nama dan pola"]).toEqual([
      "Satuan baku: ditambahkan kg",
      "Penulisan lain satuan: ditambahkan kilogram → kg",
      "Jabatan yang honornya tidak boleh dibiayai: dihapus pokja",
      "Kata yang menandai belanja DAK Nonfisik: ditambahkan sosialisasi",
      "Isian identitas usulan yang wajib: ditambahkan Nomor SK sentra",
      'Kode sentra yang belum terdaftar di KRISNA: "XXXX" → "0000"',
    ]);
    expect(words["Ambang batas"]).toEqual([
      "Batas kegiatan penunjang (bagian dari pagu): 5% → 7,5%",
      "Jumlah unit IKM paling sedikit dalam sentra: 5 → 10",
      "Tarif PPN pada RAB: 11% → tidak ada",
    ]);
    expect(words["Penyaluran"]).toEqual([
      "Skema penyaluran: disalurkan sekaligus bila pagu paling banyak: Rp1.000.000.000 → Rp2.000.000.000 | " +
        "tahap: Tahap I 25%; Tahap II 45% (setelah serapan ≥ 75%); Tahap III sisanya (setelah serapan ≥ 90% dan output ≥ 70%)" +
        " → Tahap I 40%; Tahap II sisanya (setelah serapan ≥ 80%)",
    ]);
    expect(words["Aturan"]).toEqual([
      "Menu dikenal: tidak diperiksa lagi",
      "Tanpa kegiatan nonfisik: kini diperiksa | dasar: tidak ada → Permenperin 7/2023",
      "Total dan sub total sesuai barisnya: tingkat: kesalahan → peringatan | status: terverifikasi → dilaporkan",
      "SK penetapan sentra: aturan baru",
      "PPN RAB sesuai tarif tahun anggaran: tidak ada lagi",
    ]);
  });

  it("says the same in English, numbers written the English way, rules with their codes", () => {
    const sections = describeRulesetChanges(handMade(), "en");
    const words = flat(sections);
    expect(words["Thresholds"]).toEqual([
      "Cap on supporting activities (share of the pagu): 5% → 7.5%",
      "Least number of IKM units in a sentra: 5 → 10",
      "VAT (PPN) rate in the RAB: 11% → none",
    ]);
    expect(words["Disbursement"][0]).toMatch(
      /^Disbursement scheme: paid in one go when the pagu is at most: Rp1,000,000,000 → Rp2,000,000,000 \| stages: Tahap I 25%; Tahap II 45% \(after absorption ≥ 75%\)/,
    );
    expect(words["Menus and rincian"][1]).toContain(
      "unit cost bounds: none → at least Rp1,000,000, at most Rp5,500,000.50 per m2",
    );
    expect(words["Lists of names and patterns"]).toContain("Roles whose honorarium may not be funded: removed pokja");
    const rules = sections.find((s) => s.group === "rules")!.items;
    expect(rules.map((r) => [r.key, r.code])).toEqual([
      ["rule:line.menu", "MENU_UNKNOWN"],
      ["rule:line.nonfisik", "NONFISIK_ITEM"],
      ["rule:total.mismatch", "TOTAL_MISMATCH"],
      ["rule:sentra.sk", "SENTRA_SK_MISSING"],
      ["rule:rab.ppn", "PPN_MISMATCH"],
    ]);
    expect(words["Rules"][2]).toBe("Totals match their lines: severity: error → warning | status: verified → reported");
  });

  it("says what TA 2024 changed since TA 2022: the one-go payment and the citations", () => {
    const words = flat(describeRulesetChanges(diffRulesets(getRuleset(2022)!, getRuleset(2024)!).changes, "id"));
    expect(Object.keys(words)).toEqual(["Penyaluran", "Aturan"]);
    expect(words["Penyaluran"][0]).toMatch(
      /^Skema penyaluran: penyaluran sekaligus sebesar: seluruh pagu → nilai dalam daftar kontrak \| dasar: PMK 198\/PMK.07\/2021 .* → PMK 25\/2024 Pasal 46/,
    );
    expect(words["Aturan"]).toContain(
      "Penunjang dalam batas porsi pagu: tingkat: kesalahan → peringatan | status: terverifikasi → dilaporkan | " +
        "dasar: Perpres 7/2022 Pasal 8 ayat (6) → Perpres 57/2024 (teks tidak ditemukan; rumusan Perpres 7/2022 Pasal 8 ayat (6))",
    );
  });

  it("says nothing when nothing differs", () => {
    const r = getRuleset(2024)!;
    expect(describeRulesetChanges(diffRulesets(r, r).changes, "id")).toEqual([]);
  });
});
