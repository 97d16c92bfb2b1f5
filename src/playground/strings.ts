/** The playground page's own few texts (the task pane has its catalogues). */
import type { Locale } from "../taskpane/engine";

export const PLAYGROUND_STRINGS: Record<Locale, { title: string; intro: string; language: string; workbook: string }> =
  {
    id: {
      title: "DAK IKM – Playground",
      intro:
        "Panel tugas asli di samping workbook contoh dalam memori (tanpa Excel). Semua perubahan hanya di halaman ini.",
      language: "Bahasa",
      workbook: "Workbook",
    },
    en: {
      title: "DAK IKM – Playground",
      intro: "The real task pane beside an in-memory sample workbook (no Excel). Changes stay in this page.",
      language: "Language",
      workbook: "Workbook",
    },
  };
