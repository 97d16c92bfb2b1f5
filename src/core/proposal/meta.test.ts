import { sheet } from "../../../test/helpers/grid-builder";
import { readProposal } from "./read-proposal";
import type { ProposalMeta } from "./types";

const HEADER = ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"];
const LINE = [1, "Menu A", "Rincian A", "Uraian A", 2, "unit", 1000, 2000];

/** Reads the meta block drawn above a minimal table at row `tableRow`. */
function metaOf(draw: (s: ReturnType<typeof sheet>) => void, tableRow = 20): ProposalMeta {
  const s = sheet("RK").at(`A${tableRow}`, [HEADER, LINE]);
  draw(s);
  const p = readProposal([s.build()]);
  expect(p.parts).toHaveLength(1);
  return p.parts[0].meta;
}

describe("meta block", () => {
  it("takes the next non-empty cell to the right, skipping blanks and a lone ':'", () => {
    const meta = metaOf((s) =>
      s.at("B3", [
        ["Tahun Anggaran", null, null, 2020],
        ["Provinsi", ":", "Jawa Barat"],
        ["Kabupaten/Kota", " : ", null, "Kabupaten Cirebon"],
      ]),
    );
    expect(meta.ta).toEqual({ kind: "number", value: 2020, cell: "E3" });
    expect(meta.provinsi).toEqual({ kind: "text", value: "Jawa Barat", cell: "D4" });
    expect(meta.kabKota).toEqual({ kind: "text", value: "Kabupaten Cirebon", cell: "E5" });
  });

  it("reads two label/value pairs on one row and blank spacer rows between labels", () => {
    const meta = metaOf((s) =>
      s
        .at("A2", [["Provinsi", "Sulawesi Utara", null, "Kabupaten/Kota", ":", "Kota Tomohon"]])
        .at("A5", [["Bidang", "IKM"]])
        .at("A9", [["Nama Sentra", "Sentra IKM Rumah Kayu Woloan", "Jumlah Unit IKM", 46]]),
    );
    expect(meta.provinsi).toMatchObject({ value: "Sulawesi Utara", cell: "B2" });
    expect(meta.kabKota).toMatchObject({ value: "Kota Tomohon", cell: "F2" });
    expect(meta.bidang).toMatchObject({ value: "IKM", cell: "B5" });
    expect(meta.namaSentra).toMatchObject({ value: "Sentra IKM Rumah Kayu Woloan", cell: "B9" });
    expect(meta.jumlahUnitIkm).toEqual({ kind: "number", value: 46, cell: "D9" });
  });

  it("matches labels with synonyms, case, spaces and punctuation ignored", () => {
    const meta = metaOf((s) =>
      s.at("C2", [
        ["T.A.", 2021],
        ["PAGU ALOKASI DAK :", 3_500_000_000],
        ["kab . / kota", "Kabupaten Sukoharjo"],
        ["2. OPD Pelaksana", "Dinas Perindustrian"],
        ["No. SK Sentra", "530/309 Tahun 2018"],
      ]),
    );
    expect(meta.ta).toMatchObject({ value: 2021 });
    expect(meta.pagu).toMatchObject({ value: 3_500_000_000, cell: "D3" });
    expect(meta.kabKota).toMatchObject({ value: "Kabupaten Sukoharjo" });
    expect(meta.instansiPelaksana).toMatchObject({ value: "Dinas Perindustrian" });
    expect(meta.nomorSkSentra).toMatchObject({ value: "530/309 Tahun 2018" });
  });

  it.each([
    ["Pagu (Rp)", 3_715_830_000, 3_715_830_000],
    ["Pagu (Rp juta)", 3715.83, 3_715_830_000],
    ["Alokasi (Rp ribu)", 3_715_830, 3_715_830_000],
    ["Pagu Rp juta", 12.39, 12_390_000],
  ])("applies the unit of %j to the pagu", (label, written, pagu) => {
    const meta = metaOf((s) => s.at("B3", [[label, written]]));
    expect(meta.pagu).toEqual({ kind: "number", value: pagu, cell: "C3" });
  });

  it("reads 'Label: value' written in one cell", () => {
    const meta = metaOf((s) => s.at("A1", [["Provinsi : Jawa Tengah"], ["Tahun Anggaran: 2020"]]));
    expect(meta.provinsi).toEqual({ kind: "text", value: "Jawa Tengah", cell: "A1" });
    expect(meta.ta).toEqual({ kind: "number", value: 2020, cell: "A2", fromText: "2020" });
  });

  it("gives an empty cell where a missing value belongs, and leaves unlabelled fields absent", () => {
    const meta = metaOf((s) =>
      s.at("B3", [
        ["Pagu (Rp)", ":", null],
        ["Nomor SK Sentra", "Provinsi", "Jawa Barat"],
      ]),
    );
    expect(meta.pagu).toEqual({ kind: "empty", cell: "D3" });
    expect(meta.nomorSkSentra).toEqual({ kind: "empty", cell: "C4" });
    expect(meta.provinsi).toMatchObject({ value: "Jawa Barat", cell: "D4" });
    expect(meta).not.toHaveProperty("ta");
    expect(meta).not.toHaveProperty("namaSentra");
  });

  it("keeps Excel errors and unreadable numbers as facts", () => {
    const meta = metaOf((s) =>
      s.at("B3", [
        ["Pagu", { kind: "error", code: "#REF!" }],
        ["Jumlah Unit IKM", "banyak"],
      ]),
    );
    expect(meta.pagu).toEqual({ kind: "error", code: "#REF!", cell: "C3" });
    expect(meta.jumlahUnitIkm).toMatchObject({ kind: "invalid", text: "banyak", cell: "C4" });
  });

  it("prefers what the official sees: visible over hidden, a value over an empty one", () => {
    const meta = metaOf((s) =>
      s
        .at("B2", [["Pagu", 1_000]])
        .hideRows(2)
        .at("B4", [["Pagu", null]])
        .at("B5", [["Pagu", 2_000]])
        .at("D7", [["Provinsi", "(helper)", "Jawa Barat"]])
        .hideColumns("E"),
    );
    expect(meta.pagu).toMatchObject({ value: 2_000, cell: "C5" });
    expect(meta.provinsi).toMatchObject({ value: "Jawa Barat", cell: "F7" });
  });

  it("reads labels only above the table", () => {
    const s = sheet("RK")
      .at("A3", [HEADER, LINE])
      .at("B10", [["Provinsi", "Jawa Barat"]]);
    expect(readProposal([s.build()]).parts[0].meta).toEqual({});
  });
});
