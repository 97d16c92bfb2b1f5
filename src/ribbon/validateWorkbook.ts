/**
 * The ribbon's "validate" command: read the workbook, validate it under the ruleset active in the
 * shared runtime (the pane's choice or loaded ruleset, else core's choice by the proposal's TA:
 * the same decision as the pane's and the functions'), replace the add-in's marks by marks on
 * the new findings' cells. When the run changed the active ruleset (another TA) and no task pane
 * is there to do it, Excel recalculates so the DAK functions answer under it (recalculation.ts).
 * The outcome is announced to the task pane (same window in the shared runtime) so an error is
 * shown there with what to do.
 */
import type { CommandResult } from "../runtime/commandResult";
import { paneRecalculates } from "../runtime/recalculation";
import type { CommandServices } from "../runtime/services";
import { runValidation } from "../runtime/validationRun";

export async function validateAndMark(services: CommandServices): Promise<CommandResult> {
  const { adapter, engine } = services;
  try {
    const before = engine.activeRuleset().ruleset.key;
    const { findings, ruleset } = await runValidation(adapter, engine);
    // addMarks replaces the earlier marks itself: no separate removeMarks round trip.
    const marked = await adapter.addMarks(findings.filter((f) => f.sheet && f.cell));
    if (engine.activeRuleset().ruleset.key !== before && !paneRecalculates()) await adapter.recalculate();
    return {
      ok: true,
      ruleset: ruleset.name,
      findings: findings.length,
      errors: findings.filter((f) => f.severity === "error").length,
      marked,
    };
  } catch (error) {
    return { ok: false, error };
  }
}
