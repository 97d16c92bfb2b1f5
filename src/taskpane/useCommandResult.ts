/**
 * The outcome of the ribbon's "validate" command, announced on the shared runtime's window, as a
 * notice for the task pane (an error is never left unseen because the command has no UI).
 */
import * as React from "react";
import { COMMAND_RESULT_EVENT, type CommandResult } from "../runtime/commandResult";
import type { Strings } from "./i18n/strings.id";
import type { NoticeState } from "./Notice";

export function useCommandResult(t: Strings): [NoticeState | null, () => void] {
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  React.useEffect(() => {
    const onResult = (event: Event) => {
      const result = (event as CustomEvent<CommandResult>).detail;
      setNotice(
        result.ok
          ? {
              intent: result.errors > 0 ? "warning" : "success",
              text: t.commandResult(result.findings, result.marked, result.ruleset),
            }
          : { intent: "error", error: result.error },
      );
    };
    window.addEventListener(COMMAND_RESULT_EVENT, onResult);
    return () => window.removeEventListener(COMMAND_RESULT_EVENT, onResult);
  }, [t]);
  return [notice, () => setNotice(null)];
}
