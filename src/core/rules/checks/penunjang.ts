/**
 * PENUNJANG_METHOD (DESIGN.md §4, DOMAIN.md §3): the closed list ties desain perencanaan and
 * konsultan pengawas to physical work done *kontraktual*, and the pendamping/fasilitator to
 * physical work done *swakelola* (Perpres 7/2022 Ps 8(7)(a), (c), (d)). So a penunjang use is
 * reported, on its rincian cell, when the RK has no physical line of a metode it serves. The
 * penunjang line's own metode is no basis for a finding.
 */
import type { RulesetIndex } from "../index-ruleset";
import { textOf, type Resolution, type ResolvedLine } from "../resolve";
import type { FindingSink } from "../sink";

export function checkPenunjangMethods(
  sheets: readonly string[],
  resolution: Resolution,
  index: RulesetIndex,
  out: FindingSink,
): void {
  if (!out.isOn("penunjang.method")) return;
  const physical = physicalMetode(resolution, index);
  resolution.parts.forEach((lines, p) => {
    for (const r of lines) {
      const needs = r.menu?.penunjang ? r.rincian?.physicalMetode : undefined;
      if (needs === undefined || needs.some((m) => physical.has(m))) continue;
      out.add("penunjang.method", sheets[p], r.line.rincian.cell, {
        rincian: r.rincian!.name,
        use: r.rincian!.penunjangUse ?? "",
        required: index.ruleset.metode.filter((m) => needs.includes(m.id)).map((m) => m.name),
      });
    }
  });
}

/** The metode ids of the RK's physical lines (every line outside the penunjang menu that states one). */
function physicalMetode(resolution: Resolution, index: RulesetIndex): ReadonlySet<string> {
  const ids = new Set<string>();
  const add = (r: ResolvedLine) => {
    if (r.menu?.penunjang) return;
    const text = textOf(r.line.metode);
    const metode = text === undefined ? undefined : index.metode.find(text);
    if (metode !== undefined) ids.add(metode.id);
  };
  for (const lines of resolution.parts) lines.forEach(add);
  return ids;
}
