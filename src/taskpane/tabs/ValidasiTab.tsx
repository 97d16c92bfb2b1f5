/**
 * Validasi: choose the ruleset (or leave it to the proposal's TA: core decides), run, watch the progress, read the findings (grouped, filtered by
 * the rule in plain words and by sheet), jump to a finding's cell, mark or unmark the cells (in
 * batches, with progress and cancel), export the findings to a new sheet. Buttons stay focusable
 * while busy (disabledFocusable) so keyboard focus never falls to the page; outcomes are announced.
 */
import * as React from "react";
import { Button, Field, ProgressBar, Select, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/findings";
import { useAnnounce } from "../announce";
import { useLocale, useStrings } from "../i18n/locale";
import { useLayoutStyles } from "../layout";
import { Notice, useNotice } from "../Notice";
import { useServices } from "../services";
import { AUTO_RULESET, type PaneState } from "../usePaneState";
import { FindingList } from "../validasi/FindingList";
import {
  NO_FILTER,
  countBySeverity,
  filterChoices,
  filterFindings,
  findingRows,
  groupBySeverity,
  ruleLabels,
  type FindingFilter,
} from "../validasi/findingView";
import { useMarking } from "../validasi/useMarking";
import { RunProgress } from "../validasi/RunProgress";
import { rulesetWhy } from "../validasi/rulesetWhy";

export function ValidasiTab(props: { pane: PaneState }): React.JSX.Element {
  const layout = useLayoutStyles();
  const t = useStrings();
  const locale = useLocale();
  const announce = useAnnounce();
  const { adapter, engine } = useServices();
  const { pane } = props;
  const { run } = pane;
  const action = useNotice();
  const marking = useMarking(action);
  const [filter, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  const busy = run.phase === "reading" || run.phase === "checking";
  const findings: readonly Finding[] = run.phase === "done" ? run.outcome.findings : [];

  React.useEffect(() => setFilter(NO_FILTER), [run.phase]);

  const choices = React.useMemo(() => filterChoices(findings), [findings]);
  const labels = React.useMemo(
    () => (run.phase === "done" ? ruleLabels(run.ruleset, locale) : new Map<string, string>()),
    [run, locale],
  );
  const shownFindings = React.useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const groups = React.useMemo(() => groupBySeverity(shownFindings), [shownFindings]);
  const counts = React.useMemo(() => countBySeverity(findings), [findings]);
  const sheets = run.phase === "done" ? run.outcome.sheets : undefined;
  const kinds = React.useMemo(() => new Map((sheets ?? []).map((s) => [s.sheet, s.kind])), [sheets]);
  const summary = t.summary(counts.error, counts.warning, counts.info);

  // The run's outcome is read aloud; focus stays on the Validasi button.
  React.useEffect(() => {
    if (run.phase === "done") announce(run.outcome.findings.length === 0 ? t.noFindings : summary);
    if (run.phase === "failed") announce(t.runFailed);
    // Once per new run state (a run's "done" state is set once), with that state's texts.
  }, [run]);

  const changeFilter = (next: FindingFilter) => {
    setFilter(next);
    // An old "n sel ditandai" no longer describes what the list shows.
    action.setNotice(null);
  };
  const select = (f: Finding) => action.perform(async () => (await adapter.selectCell(f.sheet, f.cell || "A1"), null));
  const exportSheet = () =>
    action.perform(async () =>
      t.exported(
        await adapter.writeFindingsSheet(
          findingRows(shownFindings, engine, locale, t),
          t.findingsSheetTitle,
          t.findingsHeaders,
        ),
      ),
    );

  return (
    <div className={layout.stack}>
      <div className={layout.row}>
        <Field label={t.rulesetLabel} className={layout.field}>
          <Select
            className={layout.control}
            value={pane.activeRuleset.selected}
            onChange={(_, d) => pane.selectRuleset(d.value)}
            disabled={busy}
          >
            <option value={AUTO_RULESET}>{t.rulesetAuto}</option>
            {pane.rulesets.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={() => void pane.startRun()} disabledFocusable={busy}>
          {busy ? t.running : t.runValidation}
        </Button>
      </div>

      <RunProgress run={run} />
      {run.phase === "failed" && <Notice notice={{ intent: "error", error: run.error }} onDismiss={pane.resetRun} />}
      {pane.recalcError !== null && (
        <Notice notice={{ intent: "error", error: pane.recalcError }} onDismiss={pane.dismissRecalcError} />
      )}
      {run.phase === "idle" && <Text>{t.notRunYet}</Text>}
      {run.phase === "done" && (
        <Text size={200} data-testid="ruleset-applied">
          {t.rulesetApplied(run.outcome.ruleset.name, rulesetWhy(run.outcome.choice, t))}
        </Text>
      )}

      {run.phase === "done" && findings.length === 0 && <Notice notice={{ intent: "success", text: t.noFindings }} />}

      {run.phase === "done" && findings.length > 0 && (
        <>
          <Text weight="semibold" data-testid="summary">
            {summary}
          </Text>
          <div className={layout.row}>
            <Field label={t.filterRule} className={layout.field}>
              <Select
                className={layout.control}
                value={filter.code}
                onChange={(_, d) => changeFilter({ ...filter, code: d.value })}
              >
                <option value="">{t.filterAll}</option>
                {choices.codes.map((c) => (
                  <option key={c} value={c}>
                    {labels.get(c) ?? c}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.filterSheet} className={layout.field}>
              <Select
                className={layout.control}
                value={filter.sheet}
                onChange={(_, d) => changeFilter({ ...filter, sheet: d.value })}
              >
                <option value="">{t.filterAll}</option>
                {choices.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </>
      )}

      <div className={layout.row}>
        <Button
          onClick={() => void marking.mark(shownFindings)}
          disabledFocusable={action.busy || shownFindings.length === 0}
        >
          {t.markCells}
        </Button>
        <Button
          onClick={() => void marking.unmark()}
          disabledFocusable={action.busy || (run.phase !== "done" && !marking.marked)}
        >
          {t.unmarkCells}
        </Button>
        <Button onClick={() => void exportSheet()} disabledFocusable={action.busy || shownFindings.length === 0}>
          {t.exportSheet}
        </Button>
      </div>

      {marking.progress && (
        <div className={layout.row}>
          <Field
            className={layout.field}
            validationState="none"
            validationMessage={t.markProgress(marking.progress.done, marking.progress.total)}
          >
            <ProgressBar
              value={marking.progress.total > 0 ? marking.progress.done / marking.progress.total : undefined}
              aria-label={t.markCells}
            />
          </Field>
          <Button onClick={marking.cancel}>{t.cancel}</Button>
        </div>
      )}

      <Notice notice={action.notice} onDismiss={() => action.setNotice(null)} />

      {run.phase === "done" && (
        <FindingList
          key={`${filter.code}|${filter.sheet}`}
          groups={groups}
          kinds={kinds}
          labels={labels}
          onSelect={(f) => void select(f)}
        />
      )}
    </div>
  );
}
