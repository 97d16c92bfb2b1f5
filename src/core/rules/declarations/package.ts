/**
 * Rules across a proposal package and beyond one RK: empty forms, RAB and KAK against the RK,
 * the ruleset's fallback, revisions against the approved RK, and the allocation table.
 * Declared here so that the checks (core/package, core/compare, national allocation) only emit them.
 */
import { declareRule } from "../declare";

export const PACKAGE_RULES = [
  declareRule({
    id: "package.empty",
    code: "PROPOSAL_EMPTY",
    family: "package",
    params: { sheet: "text" },
    message: {
      id: 'Lembar RK "{sheet}" belum berisi satu baris kegiatan pun: formulir kosong tidak dapat lolos.',
      en: 'The RK sheet "{sheet}" holds no activity line yet: an empty form cannot pass.',
    },
    title: { id: "RK berisi baris", en: "The RK has lines" },
    description: {
      id: "Lembar RK yang belum diisi satu baris pun tidak dianggap lolos.",
      en: "An RK sheet without a single line is never taken as passing.",
    },
  }),
  declareRule({
    id: "package.rab",
    code: "RAB_RK_MISMATCH",
    family: "package",
    params: { rincian: "text", rab: "rp", rk: "rp", difference: "rp", rkSheet: "text", rkCell: "cell" },
    message: {
      id: "RAB untuk {rincian} berjumlah {rab|rp} (termasuk PPN), tidak sama dengan jumlah di RK {rk|rp} (lembar {rkSheet} sel {rkCell}); selisih {difference|rp}.",
      en: "The RAB for {rincian} adds up to {rab|rp} (VAT included), not the RK's {rk|rp} (sheet {rkSheet} cell {rkCell}); difference {difference|rp}.",
    },
    title: { id: "RAB sesuai RK", en: "RAB agrees with the RK" },
    description: {
      id: "Total RAB setiap rincian, termasuk PPN, sama dengan jumlah rincian itu di RK (toleransi Rp1).",
      en: "The RAB's total per rincian, VAT included, equals that rincian's amount in the RK (within Rp1).",
    },
  }),
  declareRule({
    id: "package.kak",
    code: "KAK_RK_MISMATCH",
    family: "package",
    params: { rincian: "text", kak: "rp", rk: "rp", difference: "rp", unit: "text" },
    message: {
      id: "Kebutuhan dana KAK untuk {rincian} {kak|rp} tidak sama dengan jumlah di RK {rk|rp} (selisih {difference|rp}, melebihi pembulatan satuan {unit}).",
      en: "The KAK's funding need for {rincian} {kak|rp} is not the RK's {rk|rp} (difference {difference|rp}, beyond the rounding of its unit {unit}).",
    },
    title: { id: "KAK sesuai RK", en: "KAK agrees with the RK" },
    description: {
      id: "Kebutuhan dana setiap rincian di KAK/TOR sama dengan jumlahnya di RK, dalam pembulatan satuan KAK (mis. Rp juta).",
      en: "The KAK/TOR's funding need per rincian equals its RK amount, within the rounding of the KAK's unit (e.g. Rp juta).",
    },
  }),
  declareRule({
    id: "rules.fallback",
    code: "RULESET_FALLBACK",
    family: "rules",
    params: { ta: "num", used: "text", usedTa: "num" },
    message: {
      id: "Tidak ada aturan untuk TA {ta|num}; dipakai aturan {used} (TA {usedTa|num}), aturan tahun terdekat sebelumnya.",
      en: "No rules cover TA {ta|num}; the rules {used} (TA {usedTa|num}), of the nearest earlier year, were used.",
    },
    title: { id: "Aturan tahun anggaran yang tepat", en: "Rules of the right fiscal year" },
    description: {
      id: "Bila tidak ada aturan untuk tahun anggaran usulan, aturan tahun terdekat sebelumnya dipakai dan disebutkan.",
      en: "When no rules cover the proposal's fiscal year, the nearest earlier year's rules apply, and this is said.",
    },
  }),
  declareRule({
    id: "revision.approved",
    code: "REVISION_APPROVED_CHANGED",
    family: "revision",
    params: {
      change: "label",
      uraian: "value?",
      rincian: "value?",
      field: "label?",
      old: "value?",
      new: "value?",
      oldSheet: "text?",
      oldCell: "cell?",
      version: "text",
    },
    message: {
      id: '{change|label} "{uraian}"[ ({rincian})][: {field|label} {old|num} → {new|num}]; perubahan rincian, lokasi atau target keluaran dari RK yang disetujui memerlukan persetujuan ulang.',
      en: '{change|label} "{uraian}"[ ({rincian})][: {field|label} {old|num} → {new|num}]; a change of rincian, lokasi or target keluaran (output) of the approved RK needs renewed approval.',
    },
    title: { id: "Perubahan RK yang telah disetujui", en: "Changes to the approved RK" },
    description: {
      id: "DAK Fisik dilaksanakan sesuai rincian, lokasi dan target keluaran RK yang telah disetujui; menambah, menghapus atau mengubahnya perlu persetujuan ulang.",
      en: "DAK Fisik is carried out as the approved RK's rincian, locations and output targets say; adding, removing or changing them needs renewed approval.",
    },
  }),
  declareRule({
    id: "allocation.pagu",
    code: "PAGU_NOT_ALLOCATION",
    family: "allocation",
    params: { pagu: "rp", allocation: "rp", difference: "rp", kabKota: "text" },
    message: {
      id: "Pagu usulan {pagu|rp} tidak sama dengan alokasi {kabKota} dalam tabel alokasi {allocation|rp} (selisih {difference|rp}).",
      en: "The proposal's pagu {pagu|rp} is not the allocation of {kabKota} in the allocation table, {allocation|rp} (difference {difference|rp}).",
    },
    title: { id: "Pagu sesuai tabel alokasi", en: "Pagu matches the allocation table" },
    description: {
      id: "Pagu yang ditulis di RK sama dengan alokasi kabupaten/kota itu dalam tabel alokasi.",
      en: "The pagu written in the RK equals the kab/kota's allocation in the allocation table.",
    },
  }),
  declareRule({
    id: "allocation.unknown",
    code: "ALLOCATION_UNKNOWN",
    family: "allocation",
    params: { kabKota: "text?", provinsi: "text?", match: "label", candidates: "list?" },
    message: {
      id: 'Kabupaten/kota[ "{kabKota}"][ (provinsi {provinsi})] {match|label}[: {candidates|list}; tulis nama lengkapnya, mis. "Kab. …" atau "Kota …"].',
      en: 'Kab/kota[ "{kabKota}"][ (province {provinsi})] {match|label}[: {candidates|list}; write the name in full, e.g. "Kab. …" or "Kota …"].',
    },
    title: { id: "Kabupaten/kota dalam tabel alokasi", en: "Kab/kota in the allocation table" },
    description: {
      id: "Kabupaten/kota pengusul terdapat (satu kali) dalam tabel alokasi yang dimuat.",
      en: "The proposing kab/kota appears (once) in the loaded allocation table.",
    },
  }),
] as const;
