/**
 * Validasi: choose the ruleset, run, watch the progress, read the findings (grouped, filtered),
 * jump to a finding's cell, mark or unmark the cells, export the findings to a new sheet.
 */
import * as React from "react";
import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/findings";
import { useLocale, useStrings } from "../i18n/locale";
import { Notice, useNotice } from "../Notice";
import { useServices } from "../services";
import type { PaneState } from "../usePaneState";
import { FindingList } from "../validasi/FindingList";
import {
  NO_FILTER,
  countBySeverity,
  filterChoices,
  filterFindings,
  findingRows,
  groupBySeverity,
  type FindingFilter,
} from "../validasi/findingView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: "120px" },
});

export function ValidasiTab(props: { pane: PaneState }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const locale = useLocale();
  const { adapter, engine } = useServices();
  const { pane } = props;
  const { run } = pane;
  const action = useNotice();
  const [filter, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  const busy = run.phase === "reading" || run.phase === "checking";
  const findings: readonly Finding[] = run.phase === "done" ? run.outcome.findings : [];

  React.useEffect(() => setFilter(NO_FILTER), [run.phase]);

  const choices = React.useMemo(() => filterChoices(findings), [findings]);
  const shownFindings = React.useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const groups = React.useMemo(() => groupBySeverity(shownFindings), [shownFindings]);
  const counts = React.useMemo(() => countBySeverity(findings), [findings]);
  const sheets = run.phase === "done" ? run.outcome.sheets : undefined;
  const kinds = React.useMemo(() => new Map((sheets ?? []).map((s) => [s.sheet, s.kind])), [sheets]);

  const select = (f: Finding) => action.perform(async () => (await adapter.selectCell(f.sheet, f.cell || "A1"), null));
  const mark = () =>
    action.perform(async () => t.marked(await adapter.addMarks(shownFindings.filter((f) => f.sheet && f.cell))));
  const unmark = () => action.perform(async () => t.unmarked(await adapter.removeMarks()));
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
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={t.rulesetLabel} className={styles.grow}>
          <Select value={pane.active?.key ?? ""} onChange={(_, d) => pane.selectRuleset(d.value)} disabled={busy}>
            {pane.rulesets.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={() => void pane.startRun()} disabled={busy || !pane.active}>
          {busy ? t.running : t.runValidation}
        </Button>
      </div>

      {run.phase === "reading" && (
        <Field
          validationState="none"
          validationMessage={
            run.progress ? t.readingProgress(run.progress.rowsRead, run.progress.rowsTotal) : t.running
          }
        >
          <ProgressBar
            value={
              run.progress && run.progress.rowsTotal > 0 ? run.progress.rowsRead / run.progress.rowsTotal : undefined
            }
            aria-label={t.running}
          />
        </Field>
      )}
      {run.phase === "checking" && (
        <Field validationState="none" validationMessage={t.checking}>
          <ProgressBar aria-label={t.checking} />
        </Field>
      )}
      {run.phase === "failed" && <Notice notice={{ intent: "error", error: run.error }} onDismiss={pane.resetRun} />}
      {run.phase === "idle" && <Text>{t.notRunYet}</Text>}

      {run.phase === "done" && findings.length === 0 && <Notice notice={{ intent: "success", text: t.noFindings }} />}

      {run.phase === "done" && findings.length > 0 && (
        <>
          <Text weight="semibold" role="status">
            {t.summary(counts.error, counts.warning, counts.info)}
          </Text>
          <div className={styles.row}>
            <Field label={t.filterCode} className={styles.grow}>
              <Select value={filter.code} onChange={(_, d) => setFilter({ ...filter, code: d.value })}>
                <option value="">{t.filterAll}</option>
                {choices.codes.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.filterSheet} className={styles.grow}>
              <Select value={filter.sheet} onChange={(_, d) => setFilter({ ...filter, sheet: d.value })}>
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

      <div className={styles.row}>
        <Button onClick={() => void mark()} disabled={action.busy || shownFindings.length === 0}>
          {t.markCells}
        </Button>
        <Button onClick={() => void unmark()} disabled={action.busy}>
          {t.unmarkCells}
        </Button>
        <Button onClick={() => void exportSheet()} disabled={action.busy || shownFindings.length === 0}>
          {t.exportSheet}
        </Button>
      </div>

      <Notice notice={action.notice} onDismiss={() => action.setNotice(null)} />

      {run.phase === "done" && (
        <FindingList
          key={`${filter.code}|${filter.sheet}`}
          groups={groups}
          kinds={kinds}
          onSelect={(f) => void select(f)}
        />
      )}
    </div>
  );
}
