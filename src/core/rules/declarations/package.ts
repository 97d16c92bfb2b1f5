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
    params: { rincian: "text", rab: "rp", rk: "rp", difference: "rp", rkSheet: "text?", rkCell: "cell?" },
    message: {
      id: 'RAB untuk {rincian} (termasuk PPN) {rab|rp} tidak sama dengan jumlah RK {rk|rp}[ (lembar "{rkSheet}" sel {rkCell})] (selisih {difference|rp}).',
      en: 'The RAB for {rincian}, VAT included, adds up to {rab|rp}, not the RK\'s {rk|rp}[ (sheet "{rkSheet}" cell {rkCell})] (difference {difference|rp}).',
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
    params: {
      rincian: "text",
      kak: "rp",
      rk: "rp",
      difference: "rp",
      unit: "text?",
      rkSheet: "text?",
      rkCell: "cell?",
    },
    message: {
      id: 'Kebutuhan dana KAK untuk {rincian} {kak|rp}[ (tabel dalam {unit})] tidak sama dengan jumlah RK {rk|rp}[ (lembar "{rkSheet}" sel {rkCell})] (selisih {difference|rp}).',
      en: "The KAK's funding need for {rincian} {kak|rp}[ (table in {unit})] is not the RK's {rk|rp}[ (sheet \"{rkSheet}\" cell {rkCell})] (difference {difference|rp}).",
    },
    title: { id: "KAK sesuai RK", en: "KAK agrees with the RK" },
    description: {
      id: "Kebutuhan dana setiap rincian di KAK/TOR sama dengan jumlahnya di RK, dalam pembulatan satuan KAK (mis. Rp juta).",
      en: "The KAK/TOR's funding need per rincian equals its RK amount, within the rounding of the KAK's unit (e.g. Rp juta).",
    },
  }),
  declareRule({
    id: "rab.ppn",
    code: "PPN_MISMATCH",
    family: "package",
    params: { stated: "rp?", statedRate: "pct?", rate: "pct", base: "rp?", expected: "rp?" },
    message: {
      id: "PPN[ tertulis {stated|rp}][ dengan tarif {statedRate|pct}] tidak sesuai tarif PPN tahun anggaran ini {rate|pct}[: {rate|pct} × {base|rp} = {expected|rp}].",
      en: "VAT (PPN)[ stated {stated|rp}][ at a rate of {statedRate|pct}] does not follow this fiscal year's VAT rate {rate|pct}[: {rate|pct} × {base|rp} = {expected|rp}].",
    },
    title: { id: "PPN RAB sesuai tarif tahun anggaran", en: "RAB VAT at the year's rate" },
    description: {
      id: "PPN dalam RAB dihitung dengan tarif tahun anggaran (aturan: thresholds.ppnRate, mis. 11%) dari subtotal sebelum PPN.",
      en: "The RAB's VAT is the fiscal year's rate (ruleset: thresholds.ppnRate, e.g. 11%) of the subtotal before VAT.",
    },
  }),
  declareRule({
    id: "realisasi.overPagu",
    code: "REALISASI_OVER_PAGU",
    family: "package",
    params: { received: "rp", pagu: "rp", excess: "rp" },
    message: {
      id: "Dana diterima {received|rp} melebihi pagu {pagu|rp} sebesar {excess|rp}.",
      en: "Funds received {received|rp} exceed the pagu {pagu|rp} by {excess|rp}.",
    },
    title: { id: "Dana diterima dalam pagu", en: "Funds received within the pagu" },
    description: {
      id: "Jumlah dana yang diterima pada lembar realisasi tidak melebihi pagu.",
      en: "The funds received on the realisasi sheet do not exceed the pagu.",
    },
  }),
  declareRule({
    id: "realisasi.overReceived",
    code: "SERAPAN_OVER_RECEIVED",
    family: "package",
    params: { absorbed: "rp", received: "rp", excess: "rp" },
    message: {
      id: "Realisasi keuangan {absorbed|rp} melebihi dana yang diterima {received|rp} sebesar {excess|rp}.",
      en: "Spending {absorbed|rp} exceeds the funds received {received|rp} by {excess|rp}.",
    },
    title: { id: "Serapan dalam dana diterima", en: "Spending within the funds received" },
    description: {
      id: "Realisasi keuangan (serapan) tidak melebihi dana yang sudah diterima.",
      en: "Spending (absorption) does not exceed the funds already received.",
    },
  }),
  declareRule({
    id: "realisasi.stage",
    code: "TAHAP_CONDITION_UNMET",
    family: "package",
    params: { stage: "text", what: "label", actual: "pct", required: "pct" },
    message: {
      id: "{stage} sudah diterima, padahal syaratnya belum terpenuhi: {what|label} {actual|pct}, perlu sedikitnya {required|pct}.",
      en: "{stage} has been received although its condition is not met: {what|label} {actual|pct}, at least {required|pct} needed.",
    },
    title: { id: "Syarat tahap penyaluran", en: "Disbursement stage conditions" },
    description: {
      id: "Tahap II dan III hanya disalurkan bila serapan dana yang diterima (dan untuk tahap III capaian output) mencapai batas tahun anggaran.",
      en: "Stages II and III are paid only when absorption of the funds received (and for stage III the output) reaches the year's threshold.",
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
