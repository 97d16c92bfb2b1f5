/**
 * The product's glossary: one word per thing, in Bahasa Indonesia and in English, for every face
 * (task pane, ribbon, CLI, recap, reports, playground, templates). A catalogue writer picks the
 * word here; test/i18n/glossary.test.ts scans every Indonesian catalogue for the words listed
 * under `notId` (the English loanwords the pane used to mix with the CLI's Indonesian ones).
 * Excel's own names of its commands may be quoted as Excel shows them ("Buka Proteksi Sheet"):
 * text in double quotes is not scanned.
 */
export interface GlossaryTerm {
  readonly id: string;
  readonly en: string;
  /** Words that must not stand for this thing in Indonesian user text (matched as whole words, any case). */
  readonly notId?: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: "lembar", en: "sheet", notId: ["sheet", "sheets"] },
  { id: "buku kerja", en: "workbook", notId: ["workbook", "workbooks"] },
  { id: "templat", en: "template", notId: ["template", "templates"] },
  { id: "berkas", en: "file", notId: ["file", "files"] },
  { id: "panel tugas", en: "task pane", notId: ["task pane", "taskpane"] },
  { id: "usulan", en: "proposal" },
  { id: "temuan", en: "finding" },
  { id: "kesalahan", en: "error" },
  { id: "peringatan", en: "warning" },
  { id: "aturan", en: "rules" },
  { id: "sel", en: "cell" },
  { id: "tanda (menandai sel)", en: "mark (to mark cells)" },
  { id: "pita", en: "ribbon", notId: ["ribbon"] },
  /** The task pane's main button; its tab is "Validasi" / "Validation". */
  { id: "Periksa usulan", en: "Check proposal" },
];

/** The banned Indonesian words with the term to use instead, for the scan and its messages. */
export function bannedIndonesianWords(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const term of GLOSSARY) for (const word of term.notId ?? []) out.set(word.toLowerCase(), term.id);
  return out;
}
