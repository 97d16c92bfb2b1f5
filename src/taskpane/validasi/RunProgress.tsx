/** The progress of a validation run: rows read so far, then "checking". */
import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import { useStrings } from "../i18n/locale";
import type { RunState } from "../usePaneState";

export function RunProgress(props: { run: RunState }): React.JSX.Element | null {
  const t = useStrings();
  const { run } = props;
  if (run.phase === "reading") {
    const { progress } = run;
    return (
      <Field
        validationState="none"
        validationMessage={progress ? t.readingProgress(progress.rowsRead, progress.rowsTotal) : t.running}
      >
        <ProgressBar
          value={progress && progress.rowsTotal > 0 ? progress.rowsRead / progress.rowsTotal : undefined}
          aria-label={t.running}
        />
      </Field>
    );
  }
  if (run.phase === "checking") {
    return (
      <Field validationState="none" validationMessage={t.checking}>
        <ProgressBar aria-label={t.checking} />
      </Field>
    );
  }
  return null;
}
