/**
 * Texts of the Bandingkan tab, Bahasa Indonesia and English, kept beside the tab so it stays
 * self-contained; field names come from the core's catalogue labels. Every count is written by
 * the locale's formatter (1.250 / 1,250) and English words follow Intl.PluralRules ("1 line").
 */
import { formatCount } from "../../core/i18n/numbers";
import { countOf } from "../../core/i18n/plural";
import type { Locale } from "../../runtime/engine";

const n = (v: number) => formatCount(v, "id");

const id = {
  tab: "Bandingkan",
  intro:
    "Bandingkan dua versi RK di buku kerja ini, mis. RK yang disetujui dan RK perubahan. Baris dicocokkan menurut menu, rincian dan uraian, bukan letaknya.",
  findSheets: "Cari lembar RK",
  findingSheets: "Mencari…",
  needTwo: (n: number): string =>
    n === 0
      ? "Tidak ada lembar RK di buku kerja ini."
      : 'Hanya ada satu lembar RK. Untuk membandingkan, sisipkan versi lain sebagai lembar kedua (mis. salin lembar RK lalu ubah namanya menjadi "RK Perubahan").',
  oldLabel: "Versi lama (disetujui)",
  newLabel: "Versi baru",
  sameSheet: "Pilih dua lembar yang berbeda.",
  compare: "Bandingkan",
  comparing: "Membandingkan…",
  noChanges: "Tidak ada perubahan baris: memindah atau mengurutkan ulang baris tidak dihitung.",
  summary: (added: number, removed: number, changed: number) =>
    `${n(added + removed + changed)} baris berubah: ${n(added)} baru, ${n(removed)} dihapus, ${n(changed)} diubah.`,
  approval: (count: number) =>
    count === 0
      ? "Tidak ada yang perlu persetujuan ulang."
      : `${n(count)} perubahan perlu persetujuan ulang (Perpres 7/2022 Pasal 8 ayat (1)).`,
  pagu: (old: string, now: string) => `Pagu berubah: ${old} → ${now}.`,
  meta: (field: string, old: string, now: string) => `${field} berubah: ${old} → ${now}.`,
  newVersion: (e: number, w: number) =>
    `Versi baru sendiri: ${n(e)} kesalahan, ${n(w)} peringatan (rinciannya di tab Validasi).`,
  added: "Baru",
  removed: "Dihapus",
  changed: "Diubah",
  needsApproval: "perlu persetujuan ulang",
  goTo: (where: string) => `Pilih ${where}`,
  markChanges: "Tandai sel yang berubah",
  unmark: "Hapus tanda",
  marked: (count: number) => `${n(count)} sel ditandai. "Hapus tanda" mengembalikan sel seperti semula.`,
  unmarked: (count: number) => `${n(count)} tanda dihapus; sel kembali seperti semula.`,
  totals: "Total per menu",
  colMenu: "Menu",
  colOld: "Lama",
  colNew: "Baru",
  total: "Total",
  changesLabel: "Daftar perubahan",
};

export type BandingkanStrings = typeof id;

const ne = (v: number) => formatCount(v, "en");
const lines = (v: number) => countOf("en", v, { one: "line", other: "lines" });

const en: BandingkanStrings = {
  tab: "Compare",
  intro:
    "Compare two versions of an RK in this workbook, e.g. the approved RK and a revised one. Lines are matched by menu, rincian and uraian, not by where they sit.",
  findSheets: "Find RK sheets",
  findingSheets: "Looking…",
  needTwo: (n) =>
    n === 0
      ? "This workbook has no RK sheet."
      : 'There is only one RK sheet. To compare, add the other version as a second sheet (e.g. copy the RK sheet and rename it "RK Perubahan").',
  oldLabel: "Old version (approved)",
  newLabel: "New version",
  sameSheet: "Choose two different sheets.",
  compare: "Compare",
  comparing: "Comparing…",
  noChanges: "No line changed: moving or re-sorting lines does not count.",
  summary: (added, removed, changed) =>
    `${lines(added + removed + changed)} changed: ${ne(added)} added, ${ne(removed)} removed, ${ne(changed)} changed.`,
  approval: (count) =>
    count === 0
      ? "Nothing needs renewed approval."
      : `${countOf("en", count, { one: "change needs", other: "changes need" })} renewed approval (Perpres 7/2022 Pasal 8 ayat (1)).`,
  pagu: (old, now) => `Pagu changed: ${old} → ${now}.`,
  meta: (field, old, now) => `${field} changed: ${old} → ${now}.`,
  newVersion: (e, w) =>
    `The new version itself: ${countOf("en", e, { one: "error", other: "errors" })}, ${countOf("en", w, { one: "warning", other: "warnings" })} (details in the Validation tab).`,
  added: "Added",
  removed: "Removed",
  changed: "Changed",
  needsApproval: "needs renewed approval",
  goTo: (where) => `Select ${where}`,
  markChanges: "Mark changed cells",
  unmark: "Remove marks",
  marked: (count) =>
    `${countOf("en", count, { one: "cell", other: "cells" })} marked. "Remove marks" puts every cell back as it was.`,
  unmarked: (count) => `${countOf("en", count, { one: "mark", other: "marks" })} removed; cells are back as they were.`,
  totals: "Totals per menu",
  colMenu: "Menu",
  colOld: "Old",
  colNew: "New",
  total: "Total",
  changesLabel: "Changes",
};

export function bandingkanStrings(locale: Locale): BandingkanStrings {
  return locale === "en" ? en : id;
}
