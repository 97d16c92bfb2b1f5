/**
 * Recalculation of a 10,000-row sheet of DAK.PERTUMBUHAN formulas in HyperFormula, against the
 * same sheet with the engine's built-in arithmetic =(B2-A2)/A2. Target: ratio ≤ 2.
 * Two figures: changing every "before" cell at once (each formula recomputes once; the cost of
 * writing the cells, measured on a sheet without formulas, is subtracted), and a full
 * rebuild-and-recalculate (parsing included).
 */
import type { HyperFormula } from "hyperformula";
import { growthRows, growthSheet, type GrowthFormula } from "../test/hyperformula/growth-sheet";
import { buildWorkbook, registerAllCustomFunctions } from "../test/helpers/hyperformula";
import { medianMs, report } from "./measure";

const ROWS = 10_000;

export default async function run(): Promise<void> {
  const registration = await registerAllCustomFunctions();
  try {
    const data = growthRows(ROWS);
    const engines: Record<GrowthFormula | "none", HyperFormula> = {
      dak: buildWorkbook({ S: growthSheet(ROWS, "dak") }),
      builtin: buildWorkbook({ S: growthSheet(ROWS, "builtin") }),
      none: buildWorkbook({ S: data.map(([b, a]) => [b, a]) }),
    };
    // Alternate between two "before" columns so every write really changes every value.
    const columns = [data.map(([b]) => [b + 1]), data.map(([b]) => [b])];
    const recalc = (hf: HyperFormula) => {
      let flip = 0;
      return () => {
        hf.setCellContents({ sheet: 0, row: 0, col: 0 }, columns[flip++ % 2]);
      };
    };
    const change = {
      dak: await medianMs(recalc(engines.dak), 9),
      builtin: await medianMs(recalc(engines.builtin), 9),
      none: await medianMs(recalc(engines.none), 9),
    };
    const dakOnly = change.dak - change.none;
    const builtinOnly = change.builtin - change.none;
    const ratio = dakOnly / builtinOnly;
    console.log(
      `change all ${ROWS} inputs: DAK.PERTUMBUHAN ${change.dak.toFixed(1)} ms, built-in ${change.builtin.toFixed(1)} ms, ` +
        `writing alone ${change.none.toFixed(1)} ms`,
    );
    report("recalculation ratio DAK/built-in (writes subtracted)", `${ratio.toFixed(2)}×`, "≤ 2", ratio <= 2);
    report(
      "recalculation ratio DAK/built-in (raw)",
      `${(change.dak / change.builtin).toFixed(2)}×`,
      "≤ 2",
      change.dak / change.builtin <= 2,
    );

    const full = {
      dak: await medianMs(() => engines.dak.rebuildAndRecalculate(), 7),
      builtin: await medianMs(() => engines.builtin.rebuildAndRecalculate(), 7),
    };
    console.log(
      `rebuild and recalculate: DAK.PERTUMBUHAN ${full.dak.toFixed(1)} ms, built-in ${full.builtin.toFixed(1)} ms`,
    );
    report(
      "full rebuild ratio DAK/built-in",
      `${(full.dak / full.builtin).toFixed(2)}×`,
      "≤ 2",
      full.dak / full.builtin <= 2,
    );
    Object.values(engines).forEach((hf) => hf.destroy());
  } finally {
    registration.unregister();
  }
}
