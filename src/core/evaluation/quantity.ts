/**
 * Production capacity as officials type it: a number, or a number with its unit in one cell
 * ("1.200 kg/bulan", "1,5 ton/bulan"). The unit is split off so that capacityGrowth can refuse a
 * change of unit instead of comparing kilograms with tonnes.
 */
import type { CellValue } from "../grid/types";

const WITH_UNIT = /^\s*([-+]?[\d.,]+)\s*([^\d\s].*)$/s;

export function splitQuantity(cell: CellValue): { value: CellValue; unit: string } {
  if (typeof cell !== "string") return { value: cell, unit: "" };
  const m = WITH_UNIT.exec(cell);
  if (!m) return { value: cell, unit: "" };
  return { value: m[1], unit: m[2].trim() };
}
