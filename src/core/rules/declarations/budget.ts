/** Budget rules over the whole proposal: the pagu, the penunjang cap, menu shares, stated totals. */
import { declareRule } from "../declare";

export const BUDGET_RULES = [
  declareRule({
    id: "pagu.exceeded",
    code: "PAGU_EXCEEDED",
    family: "budget",
    params: { pagu: "rp", total: "rp", excess: "rp" },
    message: {
      id: "Total usulan {total|rp} melebihi pagu {pagu|rp} sebesar {excess|rp}.",
      en: "The proposal's total {total|rp} exceeds the pagu {pagu|rp} by {excess|rp}.",
    },
    title: { id: "Total dalam pagu", en: "Total within the pagu" },
    description: {
      id: "RK mengacu pada alokasi DAK Fisik (pagu) yang ditetapkan Kementerian Keuangan: totalnya tidak melebihi pagu.",
      en: "The RK refers to the DAK Fisik allocation (pagu) set by the Ministry of Finance: its total does not exceed it.",
    },
  }),
  declareRule({
    id: "pagu.underused",
    code: "PAGU_UNDERUSED",
    family: "budget",
    params: { pagu: "rp", total: "rp", sisa: "rp", share: "pct", minShare: "pct" },
    message: {
      id: "Total usulan {total|rp} baru {share|pct} dari pagu {pagu|rp} (di bawah {minShare|pct}); sisa pagu {sisa|rp}.",
      en: "The proposal's total {total|rp} uses only {share|pct} of the pagu {pagu|rp} (under {minShare|pct}); {sisa|rp} left.",
    },
    title: { id: "Pagu terpakai", en: "Pagu used" },
    description: {
      id: "Sisa pagu yang besar biasanya berarti baris yang terlupa.",
      en: "A large unused part of the pagu usually means forgotten lines.",
    },
  }),
  declareRule({
    id: "penunjang.cap",
    code: "PENUNJANG_OVER_CAP",
    family: "budget",
    params: { penunjang: "rp", pagu: "rp", cap: "rp", excess: "rp", share: "pct", maxShare: "pct" },
    message: {
      id: "Kegiatan penunjang {penunjang|rp} ({share|pct} dari pagu {pagu|rp}) melebihi batas {maxShare|pct} = {cap|rp}, lebih {excess|rp}.",
      en: "Supporting activities {penunjang|rp} ({share|pct} of the pagu {pagu|rp}) exceed the {maxShare|pct} cap of {cap|rp} by {excess|rp}.",
    },
    title: { id: "Penunjang dalam batas porsi pagu", en: "Penunjang within its share of the pagu" },
    description: {
      id: "Kegiatan penunjang paling tinggi porsi yang ditetapkan aturan tahunnya (5% di setiap tahun bawaan) dari alokasi (pagu), bukan dari total RK.",
      en: "Supporting activities take at most the share their year's rules set (5% in every bundled year) of the allocation (pagu), not of the RK's total.",
    },
  }),
  declareRule({
    id: "menu.share",
    code: "MENU_SHARE_OUT_OF_RANGE",
    family: "budget",
    params: { menu: "text", amount: "rp", pagu: "rp", share: "pct", min: "pct?", max: "pct?" },
    message: {
      id: "Menu {menu} sebesar {amount|rp} ({share|pct} dari pagu {pagu|rp}) di luar batas porsi[ minimal {min|pct}][ maksimal {max|pct}].",
      en: "Menu {menu} takes {amount|rp} ({share|pct} of the pagu {pagu|rp}), outside its share bounds[ minimum {min|pct}][ maximum {max|pct}].",
    },
    title: { id: "Porsi menu dalam batas", en: "Menu share within bounds" },
    description: {
      id: "Porsi setiap menu dari pagu di antara batas yang ditetapkan (tidak ada batas bawaan).",
      en: "Each menu's share of the pagu lies within the set bounds (none are bundled).",
    },
  }),
  declareRule({
    id: "total.mismatch",
    code: "TOTAL_MISMATCH",
    family: "budget",
    params: { kind: "label", stated: "rp", computed: "rp", difference: "rp" },
    message: {
      id: "{kind|label} tertulis {stated|rp} tidak sama dengan penjumlahan barisnya {computed|rp} (selisih {difference|rp}).",
      en: "The stated {kind|label} {stated|rp} is not the sum of its lines {computed|rp} (difference {difference|rp}).",
    },
    title: { id: "Total dan sub total sesuai barisnya", en: "Totals match their lines" },
    description: {
      id: "Baris Total dan Sub Total sama dengan penjumlahan baris-barisnya.",
      en: "Total and Sub Total rows equal the sum of their lines.",
    },
  }),
] as const;

export const SENTRA_RULES = [
  declareRule({
    id: "sentra.minUnits",
    code: "SENTRA_TOO_SMALL",
    family: "sentra",
    params: { units: "num", min: "num" },
    message: {
      id: "Sentra hanya memiliki {units|num} unit IKM; sentra IKM sedikitnya {min|num} unit usaha di satu lokasi.",
      en: "The sentra has only {units|num} IKM units; a sentra IKM has at least {min|num} businesses in one location.",
    },
    title: { id: "Sentra sedikitnya 5 unit IKM", en: "A sentra has at least 5 IKM units" },
    description: {
      id: "Sentra IKM adalah sedikitnya 5 unit usaha di satu lokasi dengan produk, bahan baku dan/atau proses yang sejenis.",
      en: "A sentra IKM is at least 5 businesses in one location with similar products, raw materials and/or processes.",
    },
  }),
  declareRule({
    id: "sentra.sk",
    code: "SENTRA_SK_MISSING",
    family: "sentra",
    params: { sentra: "text" },
    message: {
      id: "Nomor SK penetapan sentra[ {sentra}] tidak diisi.",
      en: "The number of the decree (SK) designating the sentra[ {sentra}] is not stated.",
    },
    title: { id: "SK penetapan sentra", en: "Sentra designation decree" },
    description: {
      id: "Sentra ditetapkan dengan SK Bupati/Walikota; nomornya disebut dalam usulan.",
      en: "A sentra is designated by a decree of the regent or mayor; the proposal states its number.",
    },
  }),
  declareRule({
    id: "sentra.unregistered",
    code: "SENTRA_UNREGISTERED",
    family: "sentra",
    params: { sentra: "text", code: "text" },
    message: {
      id: 'Sentra "{sentra}" memakai kode {code}, tanda sentra yang belum terdaftar di daftar rujukan KRISNA.',
      en: 'Sentra "{sentra}" carries the code {code}, KRISNA\'s mark of a sentra not yet in its reference list.',
    },
    title: { id: "Sentra terdaftar", en: "Registered sentra" },
    description: {
      id: 'Di KRISNA baris IKM memilih sentra dari daftar rujukan; kode "XXXX" menandai sentra yang belum terdaftar.',
      en: 'In KRISNA an IKM line picks its sentra from a reference list; the code "XXXX" marks a sentra not yet registered.',
    },
  }),
] as const;
