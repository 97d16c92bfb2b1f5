/** The playground page's own few texts (the task pane has its catalogues). */
import type { Locale } from "../core/i18n/locale";
import { formatCount } from "../core/i18n/numbers";

export interface PlaygroundStrings {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly workbook: string;
  readonly sheets: string;
  readonly taskPane: string;
  /** "rows 1–60 of 20,040" under the grid. */
  readonly rowsShown: (first: number, last: number, total: number) => string;
}

export const PLAYGROUND_STRINGS: Record<Locale, PlaygroundStrings> = {
  id: {
    title: "DAK IKM – Playground",
    intro:
      "Panel tugas asli di samping buku kerja contoh dalam memori (tanpa Excel). Semua perubahan hanya di halaman ini.",
    language: "Bahasa",
    workbook: "Buku kerja",
    sheets: "Lembar",
    taskPane: "Panel tugas",
    rowsShown: (first, last, total) =>
      `baris ${formatCount(first, "id")}–${formatCount(last, "id")} dari ${formatCount(total, "id")}`,
  },
  en: {
    title: "DAK IKM – Playground",
    intro: "The real task pane beside an in-memory sample workbook (no Excel). Changes stay in this page.",
    language: "Language",
    workbook: "Workbook",
    sheets: "Sheets",
    taskPane: "Task pane",
    rowsShown: (first, last, total) =>
      `rows ${formatCount(first, "en")}–${formatCount(last, "en")} of ${formatCount(total, "en")}`,
  },
};
