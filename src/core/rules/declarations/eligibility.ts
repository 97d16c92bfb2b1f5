/** What may be funded: land, honoraria, DAK Nonfisik items, and the closed list of penunjang uses. */
import { declareRule } from "../declare";

export const ELIGIBILITY_RULES = [
  declareRule({
    id: "line.ineligible",
    code: "ITEM_INELIGIBLE",
    family: "line",
    params: { uraian: "text", pattern: "text" },
    message: {
      id: '"{uraian}" tampaknya pengadaan atau pembebasan lahan ("{pattern}"), yang tidak dapat didanai: lahan harus sudah tersedia.',
      en: '"{uraian}" looks like a land purchase ("{pattern}"), which cannot be funded: the land must already be available.',
    },
    title: { id: "Tanpa pembelian lahan", en: "No land purchase" },
    description: {
      id: "Lahan harus sudah tersedia (pernyataan Kepala Daerah); pembelian lahan bukan menu DAK Fisik.",
      en: "The land must already be available (a statement of the regional head); buying land is not a DAK Fisik menu.",
    },
  }),
  declareRule({
    id: "line.honorarium",
    code: "HONOR_NOT_ALLOWED",
    family: "line",
    params: { uraian: "text", pattern: "text", rincian: "text" },
    message: {
      id: 'Honor pejabat pengadaan, ULP, pokja pemilihan atau pengelola keuangan ("{uraian}", kata "{pattern}") tidak dapat didanai[, juga tidak di dalam {rincian}].',
      en: 'The honorarium of procurement officials, the procurement unit (ULP), the selection working group or financial managers ("{uraian}", word "{pattern}") cannot be funded[, not even under {rincian}].',
    },
    title: { id: "Tanpa honor pengadaan dan pengelola keuangan", en: "No procurement or finance staff honoraria" },
    description: {
      id: "Biaya tender tidak termasuk honor pejabat pengadaan barang/jasa, unit layanan pengadaan (pokja) dan pengelola keuangan.",
      en: "Tender costs exclude the honoraria of procurement officials, the procurement unit (working groups) and financial managers.",
    },
  }),
  declareRule({
    id: "line.honorOutside",
    code: "HONOR_OUTSIDE_LIST",
    family: "line",
    params: { uraian: "text", pattern: "text", rincian: "text" },
    message: {
      id: 'Honorarium ("{uraian}", kata "{pattern}") tidak termasuk daftar penggunaan kegiatan penunjang[ (rincian {rincian})]; honorarium hanya untuk jasa pendamping/fasilitator non-ASN pada pekerjaan swakelola.',
      en: 'An honorarium ("{uraian}", word "{pattern}") is not in the list of supporting-activity uses[ (rincian {rincian})]; honoraria are for the non-ASN facilitator of swakelola work only.',
    },
    title: { id: "Honorarium di luar daftar penunjang", en: "Honoraria outside the penunjang list" },
    description: {
      id: "Daftar tertutup kegiatan penunjang tidak memuat honorarium, kecuali jasa pendamping/fasilitator non-ASN kegiatan swakelola. Tidak ada pasal yang melarang setiap honor: peringatan saja.",
      en: "The closed list of supporting activities holds no honorarium except the non-ASN facilitator of swakelola work. No article bans every honorarium: a warning only.",
    },
  }),
  declareRule({
    id: "line.nonfisik",
    code: "NONFISIK_ITEM",
    family: "line",
    params: { uraian: "text", pattern: "text" },
    message: {
      id: '"{uraian}" tampaknya kegiatan pelatihan, bimtek atau kelembagaan ("{pattern}"), yang didanai DAK Nonfisik, bukan DAK Fisik.',
      en: '"{uraian}" looks like training, technical guidance or institutional work ("{pattern}"), which DAK Nonfisik funds, not DAK Fisik.',
    },
    title: { id: "Tanpa kegiatan nonfisik", en: "No non-physical items" },
    description: {
      id: "Sejak TA 2023 pelatihan, bimtek dan kelembagaan sentra didanai DAK Nonfisik dan tidak termasuk RK DAK Fisik.",
      en: "From TA 2023 training, technical guidance and sentra institutions are funded by DAK Nonfisik and do not belong in a DAK Fisik RK.",
    },
  }),
  declareRule({
    id: "penunjang.use",
    code: "PENUNJANG_USE_INVALID",
    family: "penunjang",
    params: { rincian: "text", allowed: "list", suggestions: "list" },
    message: {
      id: '"{rincian}" bukan penggunaan kegiatan penunjang yang diizinkan ({allowed|list}).[ Yang mirip: {suggestions|list}.]',
      en: '"{rincian}" is not an allowed supporting-activity use ({allowed|list}).[ Closest: {suggestions|list}.]',
    },
    title: { id: "Penunjang hanya dari daftar tertutup", en: "Penunjang only from the closed list" },
    description: {
      id: "Kegiatan penunjang hanya: desain perencanaan, biaya tender, jasa pendamping/fasilitator non-ASN, konsultan pengawas, rapat koordinasi, perjalanan dinas.",
      en: "Supporting activities are only: design, tender costs, non-ASN facilitator, supervising consultant, coordination meetings, official travel.",
    },
  }),
  declareRule({
    id: "penunjang.method",
    code: "PENUNJANG_METHOD",
    family: "penunjang",
    params: { rincian: "text", use: "text", required: "list" },
    message: {
      id: "{rincian} (penggunaan huruf {use}) hanya dapat didanai untuk pekerjaan fisik yang dilaksanakan secara {required|list}, tetapi RK ini tidak memiliki baris fisik {required|list}.",
      en: "{rincian} (use {use}) can only be funded for physical work carried out by {required|list}, but this RK has no physical line done by {required|list}.",
    },
    title: { id: "Penunjang sesuai metode pekerjaan fisik", en: "Penunjang matches the physical work's method" },
    description: {
      id: "Desain perencanaan dan konsultan pengawas hanya untuk pekerjaan fisik kontraktual; jasa pendamping/fasilitator hanya untuk pekerjaan fisik swakelola. Metode baris penunjang itu sendiri bukan dasar temuan.",
      en: "Design and the supervising consultant are only for physical work done by contract; the facilitator only for physical work done by swakelola. The penunjang line's own method is no basis for a finding.",
    },
  }),
] as const;
