/**
 * A MessageBar for the outcome of an action: success and info texts, and errors from Excel turned
 * into what to do (never swallowed, never only logged). `useNotice` runs an action and keeps its
 * outcome.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useAnnounce } from "./announce";
import { useStrings } from "./i18n/locale";
import { describeError } from "./officeErrors";

export type NoticeState =
  | { readonly intent: "success" | "info" | "warning"; readonly text: string }
  | { readonly intent: "error"; readonly error: unknown };

export function Notice(props: { notice: NoticeState | null; onDismiss?: () => void }): React.JSX.Element | null {
  const t = useStrings();
  const { notice } = props;
  if (!notice) return null;
  const text = noticeText(notice, t);
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{text}</MessageBarBody>
      {props.onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={props.onDismiss}>
              ×
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}

export interface NoticeHook {
  readonly notice: NoticeState | null;
  readonly busy: boolean;
  setNotice(notice: NoticeState | null): void;
  /**
   * Runs the action; resolved text becomes a success notice (or the action returns its own
   * notice), a rejection becomes an error notice with what to do.
   */
  perform(action: () => Promise<string | NoticeState | null>): Promise<void>;
}

/** The text a notice shows (an error turned into what to do). */
export function noticeText(notice: NoticeState, t: ReturnType<typeof useStrings>): string {
  return notice.intent === "error" ? describeError(notice.error, t) : notice.text;
}

export function useNotice(): NoticeHook {
  const t = useStrings();
  const announce = useAnnounce();
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  const [busy, setBusy] = React.useState(false);
  const perform = React.useCallback(
    async (action: () => Promise<string | NoticeState | null>) => {
      setBusy(true);
      setNotice(null);
      let next: NoticeState | null;
      try {
        const outcome = await action();
        next = typeof outcome === "string" ? { intent: "success", text: outcome } : outcome;
      } catch (error) {
        next = { intent: "error", error };
      }
      setNotice(next);
      setBusy(false);
      // Focus stays on the button (disabledFocusable while busy); the outcome is read aloud.
      if (next) announce(noticeText(next, t));
    },
    [announce, t],
  );
  return { notice, busy, setNotice, perform };
}
