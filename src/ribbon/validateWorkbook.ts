/**
 * The ribbon's "validate" command: read the workbook, validate it with the newest bundled ruleset,
 * replace the add-in's marks by marks on the new findings' cells. The outcome is announced to the
 * task pane (same window in the shared runtime) so an error is shown there with what to do.
 */
import type { PaneServices } from "../taskpane/services";
import { runValidation } from "../taskpane/validationRun";

export const COMMAND_RESULT_EVENT = "dak:command-result";

export type CommandResult =
  | { readonly ok: true; readonly findings: number; readonly errors: number; readonly marked: number }
  | { readonly ok: false; readonly error: unknown };

export async function validateAndMark(services: Pick<PaneServices, "adapter" | "engine">): Promise<CommandResult> {
  const { adapter, engine } = services;
  const ruleset = engine.bundledRulesets()[0];
  if (!ruleset) return { ok: false, error: new Error("no bundled ruleset") };
  try {
    const { findings } = await runValidation(adapter, engine, ruleset);
    // addMarks replaces the earlier marks itself: no separate removeMarks round trip.
    const marked = await adapter.addMarks(findings.filter((f) => f.sheet && f.cell));
    return {
      ok: true,
      findings: findings.length,
      errors: findings.filter((f) => f.severity === "error").length,
      marked,
    };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Lets a task pane open in the same runtime show the outcome (see useCommandResult). */
export function announce(result: CommandResult): void {
  window.dispatchEvent(new CustomEvent<CommandResult>(COMMAND_RESULT_EVENT, { detail: result }));
}
