/**
 * Comparing Proposals by content: the same lines read from another place on the sheet, from
 * permuted columns or from another layout differ only in where things are (cells, rows, column
 * positions, header range) and, between flat and KRISNA layouts, in the inherited flags.
 */
import type { Proposal } from "../../src/core/proposal";

const WHERE = new Set(["cell", "row", "headerRow", "headerRange"]);

export function contentOf(value: unknown, dropInherited = false): unknown {
  if (Array.isArray(value)) return value.map((v) => contentOf(v, dropInherited));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (WHERE.has(k)) continue;
    if (dropInherited && (k === "menuInherited" || k === "rincianInherited")) continue;
    // Which columns were found matters; where they are does not.
    if (k === "columns") out[k] = Object.keys(v as object).sort();
    else out[k] = contentOf(v, dropInherited);
  }
  return out;
}

export function proposalContent(p: Proposal, dropInherited = false): unknown {
  return contentOf(p, dropInherited);
}
