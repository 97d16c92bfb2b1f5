/**
 * "Tandai sel" for any number of findings: the adapter marks in batches within Excel's request
 * limits and reports progress; the user can stop between batches (the marks written so far stay
 * and "Hapus tanda" removes them). The outcome becomes the tab's notice.
 */
import * as React from "react";
import type { MarkProgress } from "../../excel/adapter";
import type { Finding } from "../../core/rules/findings";
import type { NoticeHook } from "../Notice";
import { useServices } from "../services";
import { useStrings } from "../i18n/locale";

export interface Marking {
  /** Progress of the marking under way, undefined when none runs. */
  readonly progress: MarkProgress | undefined;
  /** Whether cells were marked in this session (then "Hapus tanda" has something to do). */
  readonly marked: boolean;
  mark(findings: readonly Finding[]): Promise<void>;
  cancel(): void;
  unmark(): Promise<void>;
}

export function useMarking(action: NoticeHook): Marking {
  const { adapter } = useServices();
  const t = useStrings();
  const [progress, setProgress] = React.useState<MarkProgress | undefined>();
  const [marked, setMarked] = React.useState(false);
  const controller = React.useRef<AbortController | null>(null);
  React.useEffect(() => () => controller.current?.abort(), []);

  const mark = (findings: readonly Finding[]) =>
    action.perform(async () => {
      const own = new AbortController();
      controller.current = own;
      setProgress({ done: 0, total: findings.length });
      try {
        const cells = await adapter.addMarks(
          findings.filter((f) => f.sheet && f.cell),
          { signal: own.signal, onProgress: setProgress },
        );
        setMarked(true);
        if (!own.signal.aborted) return t.marked(cells);
        return { intent: "warning" as const, text: t.markCancelled(cells) };
      } finally {
        controller.current = null;
        setProgress(undefined);
      }
    });

  const unmark = () =>
    action.perform(async () => {
      const removed = await adapter.removeMarks();
      setMarked(false);
      return t.unmarked(removed);
    });

  return { progress, marked, mark, cancel: () => controller.current?.abort(), unmark };
}
