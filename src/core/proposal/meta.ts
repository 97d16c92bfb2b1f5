/**
 * The meta block (DESIGN.md §3): label cells anywhere above the table, each followed by its value
 * in the next non-empty cell to the right on the same row. A lone ":" between them is skipped,
 * two label/value pairs may share a row, and "Provinsi: Jawa Barat" written in one cell is read
 * too. A bracketed money unit in the label ("Pagu (Rp juta)") is applied to the value.
 *
 * Values in hidden columns are skipped (the value is what the official sees beside the label).
 * When a label appears more than once, a visible occurrence with a value wins over one with an
 * empty value, and both win over occurrences in hidden rows or columns (helper cells).
 * A label with no value gives an empty cell addressed where the value belongs (after the label
 * and its ":"), so META_MISSING can point there; a label never found leaves the field absent.
 */
import type { CellValue } from "../grid/types";
import { isBlank, numberCell, textCell } from "./cells";
import type { SheetView } from "./sheet-view";
import type { MetaKey, NumberCell, ProposalMeta, TextCell } from "./types";
import { matchMetaLabel } from "./vocabulary";

const NUMBER_FIELDS: ReadonlySet<MetaKey> = new Set<MetaKey>(["ta", "pagu", "jumlahUnitIkm"]);
/** Only money fields take a unit factor: "Jumlah Unit IKM (unit)" is not a multiplier. */
const MONEY_FIELDS: ReadonlySet<MetaKey> = new Set<MetaKey>(["pagu"]);
const COLON = /^\s*[:=]\s*$/;
/** "Provinsi : Jawa Barat" in one cell. */
const INLINE = /^([^:]{1,60}):\s*(\S.*)$/s;

interface Candidate {
  readonly cell: NumberCell | TextCell;
  readonly rank: number;
}

export function readMeta(view: SheetView, untilRow: number): ProposalMeta {
  const found = new Map<MetaKey, Candidate>();
  const offer = (key: MetaKey, cell: NumberCell | TextCell, hidden: boolean) => {
    const rank = (hidden ? 2 : 0) + (cell.kind === "empty" ? 1 : 0);
    const had = found.get(key);
    if (!had || rank < had.rank) found.set(key, { cell, rank });
  };
  const typed = (key: MetaKey, v: CellValue, address: string, factor: number) =>
    NUMBER_FIELDS.has(key) ? numberCell(v, address, MONEY_FIELDS.has(key) ? factor : 1) : textCell(v, address);

  for (let row = view.top; row < untilRow && row < view.bottom; row++) {
    const hiddenRow = view.isHiddenRow(row);
    let col = view.left;
    while (col < view.right) {
      const v = view.value(row, col);
      if (typeof v !== "string" || isBlank(v)) {
        col++;
        continue;
      }
      const hidden = hiddenRow || view.isHiddenColumn(col);
      const label = matchMetaLabel(v);
      if (!label) {
        const inline = INLINE.exec(v);
        const m = inline ? matchMetaLabel(inline[1]) : undefined;
        if (inline && m) offer(m.key, typed(m.key, inline[2].trim(), view.address(row, col), m.factor), hidden);
        col++;
        continue;
      }
      // Skip ":" cells; the value belongs in the first cell after them.
      let next = col + 1;
      while (next < view.right && COLON.test(String(view.value(row, next) ?? ""))) next++;
      const slot = next;
      while (next < view.right && (isBlank(view.value(row, next)) || view.isHiddenColumn(next))) next++;
      const value = next < view.right ? view.value(row, next) : null;
      if (next >= view.right || (typeof value === "string" && matchMetaLabel(value))) {
        // No value before the row ends or the next label starts.
        offer(label.key, typed(label.key, null, view.address(row, slot), label.factor), hidden);
        col = next;
        continue;
      }
      offer(label.key, typed(label.key, value, view.address(row, next), label.factor), hidden);
      col = next + 1;
    }
  }
  const meta: Record<string, NumberCell | TextCell> = {};
  for (const [key, c] of found) meta[key] = c.cell;
  return meta as ProposalMeta;
}
