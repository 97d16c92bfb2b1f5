/**
 * Title and one-line description of each standard template, per language: what the task pane's
 * Template tab and `dak template --help` show. Data, kept beside the specs it describes.
 */
import type { TemplateId } from "./types";

import type { Locale } from "../i18n/locale";

/** @deprecated kept for library users: the product has one locale type, Locale. */
export type TemplateLocale = Locale;

export interface TemplateText {
  readonly title: string;
  readonly description: string;
}

export const TEMPLATE_TEXTS: Readonly<Record<TemplateLocale, Readonly<Record<TemplateId, TemplateText>>>> = {
  id: {
    rk: {
      title: "Rencana Kegiatan (RK)",
      description: "Blok meta dan tabel baris dengan daftar pilihan, jumlah otomatis, sisa pagu dan porsi penunjang.",
    },
    rab: {
      title: "Rincian Anggaran Biaya (RAB)",
      description: "Item per rincian dengan subtotal, PPN (11%), total dan terbilang.",
    },
    kak: { title: "KAK/TOR", description: "Tabel output–outcome dan kebutuhan dana sampai kecamatan, desa dan lokus." },
    sentra: {
      title: "Data Sentra & Indikator",
      description: "Indikator sentra sebelum/sesudah dengan rumus pertumbuhan agregat dan rata-rata.",
    },
    realisasi: {
      title: "Realisasi & Penyaluran",
      description: "Serapan, output dan tahap penyaluran yang boleh diajukan.",
    },
    alokasi: {
      title: "Tabel Alokasi",
      description: "Pagu alokasi per kabupaten/kota, untuk memeriksa RK sekaligus dengan dak validate --alokasi.",
    },
  },
  en: {
    rk: {
      title: "Activity plan (RK)",
      description: "Meta block and line table with dropdowns, computed amounts, remaining ceiling and support share.",
    },
    rab: {
      title: "Cost estimate (RAB)",
      description: "Items per rincian with subtotals, VAT (11%), total and amount in words.",
    },
    kak: {
      title: "Terms of reference (KAK/TOR)",
      description: "Output–outcome and funding needs tables down to district, village and site.",
    },
    sentra: {
      title: "Sentra data & indicators",
      description: "Sentra indicators before/after with aggregate and mean growth formulas.",
    },
    realisasi: {
      title: "Spending & disbursement",
      description: "Absorption, output and the disbursement stage that may be requested.",
    },
    alokasi: {
      title: "Allocation table",
      description: "Allocated pagu per kab/kota, to check many RKs at once with dak validate --alokasi.",
    },
  },
};

/** The title and description of a template in the user's language. */
export function templateText(id: TemplateId, locale: TemplateLocale): TemplateText {
  return TEMPLATE_TEXTS[locale][id];
}
