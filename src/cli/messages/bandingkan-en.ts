/** Texts of `dak bandingkan` in English (`--lang en`); same keys as bandingkan-id.ts. */
import type { BANDINGKAN_ID } from "./bandingkan-id";

type P = Readonly<Record<string, string | number>>;

export const BANDINGKAN_EN: Record<keyof typeof BANDINGKAN_ID, (p: P) => string> = {
  "help.bandingkan": () =>
    `Usage: dak bandingkan <old.xlsx> <new.xlsx> [options]      (alias: dak compare)

Compares two versions of a Rencana Kegiatan, e.g. the approved RK and a revised one. Lines are
matched by menu, rincian and uraian (case, spaces, punctuation and aliases ignored), not by where
they sit: moving, re-sorting or inserting empty rows is not a change. A change of rincian, lokasi
or target keluaran (volume), and a line added or removed, is reported as
REVISION_APPROVED_CHANGED (Perpres 7/2022 Pasal 8 ayat (1)); the new version is also checked as by
"dak validate". Files are never modified.

Options:
  --format F         table (default) or json
  --ta YEAR          use this fiscal year's rules (default: the year stated in the new version)
  --rules FILE       use rules from your own JSON file
  --lang en          English texts

Exit codes: 0 = same lines and pagu, 1 = differences, 2 = usage error or unreadable file.

Examples:
  dak bandingkan rk-approved.xlsx rk-revised.xlsx
  dak compare rk-2020.xlsx rk-2020-revised.xlsx --format json
`,
  "usage.noVersions": () => `name two files: the old (approved) version and the new one`,
  "bandingkan.unreadable": (p) => `${p.path}: unreadable: ${p.reason}`,
  "bandingkan.noTable": (p) =>
    `${p.path}: no Rencana Kegiatan table (a header row with Menu, Rincian, Uraian, Volume, …)`,
  "bandingkan.heading": (p) => `Compare ${p.old} → ${p.new}`,
  "bandingkan.pagu": (p) => `Pagu: ${p.old} → ${p.new} (difference ${p.diff})`,
  "bandingkan.meta": (p) => `${p.field}: ${p.old} → ${p.new}`,
  "bandingkan.changes": (p) => `Changed lines: ${p.count}`,
  "bandingkan.noChanges": () => `No line changed.`,
  "bandingkan.added": () => `added`,
  "bandingkan.removed": () => `removed`,
  "bandingkan.changed": () => `changed`,
  "bandingkan.totals": () => `Totals per menu`,
  "bandingkan.col.menu": () => `Menu`,
  "bandingkan.col.old": () => `Old`,
  "bandingkan.col.new": () => `New`,
  "bandingkan.col.diff": () => `Difference`,
  "bandingkan.total": () => `Total`,
  "bandingkan.findings": (p) => `Findings: ${p.count}`,
  "bandingkan.same": () => `SAME: lines and pagu unchanged`,
  "bandingkan.different": (p) =>
    `DIFFERENT: ${p.added} lines added, ${p.removed} removed, ${p.changed} changed${p.meta}; ${p.approval} need renewed approval`,
  "bandingkan.metaChanged": (p) => `, ${p.fields} changed`,
};
