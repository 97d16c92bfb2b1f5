/**
 * Institutional formality of a sentra (DOMAIN.md §4): the share of a checklist met — SK sentra,
 * pengurus, pengelola with a legal form, NIB/izin, PIRT/halal/SNI, merek/HKI. The checklist's
 * items are data; the answers come from cells (TRUE/FALSE, 1/0, ya/tidak, ✓).
 */

export const FORMALITY_CHECKLIST: readonly string[] = [
  "SK penetapan sentra (Bupati/Walikota)",
  "Pengurus sentra",
  "Pengelola berbadan (kelompok/paguyuban/koperasi/UPT(D)/BLUD)",
  "NIB/izin usaha",
  "Sertifikat PIRT/halal/SNI",
  "Merek/HKI",
];

const YES = new Set(["ya", "y", "yes", "ada", "sudah", "punya", "memiliki", "true", "benar", "1", "✓", "✔", "√", "v"]);
const NO = new Set(["tidak", "t", "no", "tidak ada", "belum", "belum ada", "false", "salah", "0", "-", "✗", "✘"]);

/** One checklist answer: true (met), false (not met), null (blank), or "UNREADABLE". */
export function readChecklistAnswer(value: boolean | number | string | null): boolean | null | "UNREADABLE" {
  if (value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : "UNREADABLE";
  const word = value.trim().toLowerCase().replace(/\s+/g, " ");
  if (word === "") return null;
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  // "x" is deliberately unreadable: on Indonesian forms it marks a tick as often as a cross.
  return "UNREADABLE";
}

export type FormalityResult =
  | {
      readonly ok: true;
      /** met / items, between 0 and 1. */
      readonly score: number;
      readonly met: number;
      readonly items: number;
      /** Blank answers count as not met; how many there were is kept so it can be shown. */
      readonly blank: number;
    }
  | { readonly ok: false; readonly reason: "EMPTY" }
  | { readonly ok: false; readonly reason: "UNREADABLE"; readonly index: number };

/** Score of a checklist: the share of items met; blank items count as not met. */
export function formalityScore(answers: readonly (boolean | number | string | null)[]): FormalityResult {
  let met = 0;
  let blank = 0;
  for (let index = 0; index < answers.length; index++) {
    const answer = readChecklistAnswer(answers[index]);
    if (answer === "UNREADABLE") return { ok: false, reason: "UNREADABLE", index };
    if (answer === null) blank++;
    else if (answer) met++;
  }
  if (blank === answers.length) return { ok: false, reason: "EMPTY" };
  return { ok: true, score: met / answers.length, met, items: answers.length, blank };
}
