/** Texts of `dak rules --diff` in Bahasa Indonesia (spread into id.ts; en.ts gets rules-diff-en.ts). */
type P = Readonly<Record<string, string>>;

export const RULES_DIFF_ID = {
  "usage.badDiff": (p: P) =>
    `--diff: tidak ada aturan bawaan untuk TA ${p.value} (tersedia: ${p.available}); sebutkan tahun anggaran pembanding, mis. --diff 2022`,
  "rules.diff.heading": (p: P) => `Yang berubah sejak TA ${p.from}, menurut aturan TA ${p.to}`,
  "rules.diff.from": (p: P) => `  sejak: ${p.title}`,
  "rules.diff.to": (p: P) => `  kini:  ${p.title}`,
  "rules.diff.count": (p: P) => `${p.count} perbedaan.`,
  "rules.diff.none": () => `Tidak ada perbedaan.`,
  "rules.diff.same": (p: P) => `TA ${p.from} dan TA ${p.to} memakai aturan yang sama (${p.id}): tidak ada perbedaan.`,
} as const;
