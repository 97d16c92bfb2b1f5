/**
 * The outcome of a ribbon command, announced on the shared runtime's window so that a task pane
 * open in the same runtime shows it (src/taskpane/useCommandResult.ts). The ribbon dispatches,
 * the pane listens: neither imports the other.
 */
export const COMMAND_RESULT_EVENT = "dak:command-result";

export type CommandResult =
  | {
      readonly ok: true;
      /** The name of the ruleset core chose (the same as the pane's and the custom functions'). */
      readonly ruleset: string;
      readonly findings: number;
      readonly errors: number;
      readonly marked: number;
    }
  | { readonly ok: false; readonly error: unknown };

/** Lets a task pane open in the same runtime show the outcome (see useCommandResult). */
export function announce(result: CommandResult): void {
  window.dispatchEvent(new CustomEvent<CommandResult>(COMMAND_RESULT_EVENT, { detail: result }));
}
