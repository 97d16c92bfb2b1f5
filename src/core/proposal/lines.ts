/**
 * The table body (DESIGN.md §3): lines from under the header (and its numbering row) to the first
 * blank row or a Total/Jumlah row, with "Sub Total" rows kept apart and KRISNA heading rows
 * setting menu and rincian for the lines below them.
 *
 * Decisions, for what officials really send:
 * - A "blank" row is blank in every visible column of the table, not counting the No cell (templates
 *   come pre-numbered) nor zeros (template formulas such as =E20*G20 on empty rows).
 * - A blank row that is hidden does not end the table: the official cannot see it, and ending
 *   there would silently drop the visible lines below it.
 * - Hidden rows that hold a line are still lines (Excel's SUM counts them and KRISNA would get
 *   them); the line says `hidden: true` so a presenter can mention it.
 * - One blank spacer row right under the header is allowed; the table ends at the next one.
 * - When the table ends at blank rows that are followed directly by a Total row, that row's
 *   amount is still the stated total (templates reserve empty rows above their total).
 * - A menu or rincian cell left empty takes the last one written above, from a heading row or a
 *   line (vertically merged cells keep their text in the top cell only); the line is then marked
 *   `menuInherited`/`rincianInherited`. A new menu forgets the previous menu's rincian.
 */
import { BodyRows } from "./body-rows";
import type { TableHeader } from "./header";
import { LineCells, MenuGroups } from "./line-cells";
import type { SheetView } from "./sheet-view";
import type { NumberCell, ProposalLine, StatedSubtotal } from "./types";

export interface TableBody {
  readonly lines: readonly ProposalLine[];
  readonly subtotals: readonly StatedSubtotal[];
  readonly statedTotal?: NumberCell;
}

/**
 * Reads the rows under the header in three named parts: what a row is (BodyRows), which menu
 * and rincian are in force (MenuGroups), and the cells kept (LineCells).
 */
export function readBody(view: SheetView, header: TableHeader): TableBody {
  const rows = new BodyRows(view, header);
  const cells = new LineCells(view, header);
  const groups = new MenuGroups();
  const lines: ProposalLine[] = [];
  const subtotals: StatedSubtotal[] = [];
  let statedTotal: NumberCell | undefined;
  for (let row = rows.firstRow(header.bodyStart); row < view.bottom; row++) {
    const kind = rows.kindOf(row);
    if (kind === "line") {
      lines.push(cells.line(row, groups, lines.length));
    } else if (kind === "heading") {
      groups.heading(cells.headingMenu(row), cells.headingRincian(row), lines.length);
    } else if (kind === "subtotal") {
      subtotals.push({ amount: cells.amount(row), lineIndexes: groups.closeGroup(lines.length) });
    } else if (kind === "total") {
      statedTotal = cells.amount(row);
      break;
    } else if (!view.isHiddenRow(row)) {
      // A visible blank row ends the table; a Total row right after the blanks still counts.
      const total = rows.totalAfterBlanks(row);
      if (total >= 0) statedTotal = cells.amount(total);
      break;
    }
  }
  return statedTotal ? { lines, subtotals, statedTotal } : { lines, subtotals };
}
