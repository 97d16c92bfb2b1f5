/**
 * REVISION_APPROVED_CHANGED (DESIGN.md §4): the work must follow the approved rincian, lokasi and
 * target keluaran (Perpres 7/2022 Ps 8(1), DOMAIN.md §3), so a line whose rincian (or menu), lokasi
 * (lokasi, kecamatan, desa) or target keluaran (volume, satuan) changed, and a line added or
 * removed, needs renewed approval. Other changes (harga, metode, uraian wording) do not. Severity
 * and basis come from the ruleset, like every rule's.
 */
import type { Finding } from "../rules/findings";
import type { Ruleset } from "../rules/ruleset";
import { FindingSink } from "../rules/sink";
import type { CompareValue, Comparison, LineChange, LineField } from "./types";

/** The fields whose change needs renewed approval. */
export const APPROVED_FIELDS: ReadonlySet<LineField> = new Set<LineField>([
  "menu",
  "rincian",
  "lokasi",
  "kecamatan",
  "desa",
  "volume",
  "satuan",
]);

const EMPTY = "–";

export function revisionFindings(comparison: Comparison, ruleset: Ruleset): Finding[] {
  const out = new FindingSink(ruleset);
  if (!out.isOn("revision.approved")) return [];
  for (const c of comparison.changes) {
    const named = { uraian: c.uraian ?? EMPTY, rincian: c.rincian };
    if (c.change === "added" && c.new) {
      out.add("revision.approved", c.new.sheet, c.new.cell, { change: "added", ...named, version: "new" });
    } else if (c.change === "removed" && c.old) {
      out.add("revision.approved", c.old.sheet, c.old.cell, { change: "removed", ...named, version: "old" });
    } else if (c.new && c.old) {
      changedLine(c, named, out);
    }
  }
  return out.list();
}

function changedLine(c: LineChange, named: { uraian: CompareValue; rincian: CompareValue }, out: FindingSink): void {
  for (const f of c.fields) {
    if (!APPROVED_FIELDS.has(f.field)) continue;
    out.add("revision.approved", c.new!.sheet, f.newCell, {
      change: "changed",
      ...named,
      field: f.field,
      old: f.old ?? EMPTY,
      new: f.new ?? EMPTY,
      oldSheet: c.old!.sheet,
      oldCell: f.oldCell,
      version: "new",
    });
  }
}
