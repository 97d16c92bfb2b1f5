/**
 * Bandingkan: this RK sheet against another version in the workbook (DESIGN.md §6). Find the RK
 * sheets, pick the old (approved) and the new version, compare: what changed, line by line, each
 * change selecting its cell on click; what needs renewed approval; the totals per menu; and
 * reversible marks of the changed cells (the same marks as Validasi's).
 */
import * as React from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CompareOutcome } from "../../runtime/engine";
import { useLocale } from "../i18n/locale";
import { Notice, useNotice } from "../Notice";
import { useServices } from "../services";
import type { PaneState } from "../usePaneState";
import { ChangeList } from "../bandingkan/ChangeList";
import { changeItems, fieldLabel, showValue, type ChangeItem } from "../bandingkan/changeView";
import { bandingkanStrings } from "../bandingkan/strings";
import { MenuTotals } from "../bandingkan/MenuTotals";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  // Shrinks with a 320 px pane (a long sheet name must not widen the <select>): see ../layout.ts.
  grow: { flexGrow: 1, flexShrink: 1, flexBasis: "200px", minWidth: 0, maxWidth: "100%" },
  control: { width: "100%", minWidth: 0, maxWidth: "100%" },
});

export function BandingkanTab(_props: { pane: PaneState }): React.JSX.Element {
  const styles = useStyles();
  const locale = useLocale();
  const t = bandingkanStrings(locale);
  const { adapter, engine } = useServices();
  const action = useNotice();
  const [sheets, setSheets] = React.useState<readonly string[] | null>(null);
  const [oldSheet, setOldSheet] = React.useState("");
  const [newSheet, setNewSheet] = React.useState("");
  const [outcome, setOutcome] = React.useState<CompareOutcome | null>(null);

  const findSheets = () =>
    action.perform(async () => {
      const found = engine.rkSheets(await adapter.readGrids());
      setSheets(found);
      setOutcome(null);
      setOldSheet(found[0] ?? "");
      setNewSheet(found[1] ?? found[0] ?? "");
      return found.length < 2 ? { intent: "info", text: t.needTwo(found.length) } : null;
    });

  const compare = () =>
    action.perform(async () => {
      const grids = await adapter.readGrids({ sheets: [oldSheet, newSheet] });
      const old = grids.find((g) => g.sheet === oldSheet);
      const now = grids.find((g) => g.sheet === newSheet);
      if (!old || !now) return { intent: "warning", text: t.needTwo(grids.length) };
      setOutcome(engine.compare(old, now));
      return null;
    });

  const items = React.useMemo(
    () => (outcome ? changeItems(outcome.comparison.changes, outcome.revision, locale) : []),
    [outcome, locale],
  );
  const select = (item: ChangeItem) =>
    action.perform(async () => (await adapter.selectCell(item.sheet, item.cell), null));
  const mark = () => action.perform(async () => t.marked(await adapter.addMarks(outcome?.marks ?? [])));
  const unmark = () => action.perform(async () => t.unmarked(await adapter.removeMarks()));
  const canCompare = sheets !== null && sheets.length >= 2 && oldSheet !== newSheet;

  return (
    <div className={styles.root}>
      <Text>{t.intro}</Text>
      <div className={styles.row}>
        <Button onClick={() => void findSheets()} disabledFocusable={action.busy}>
          {action.busy && sheets === null ? t.findingSheets : t.findSheets}
        </Button>
      </div>
      {sheets !== null && sheets.length >= 2 && (
        <>
          <div className={styles.row}>
            <Field label={t.oldLabel} className={styles.grow}>
              <Select className={styles.control} value={oldSheet} onChange={(_, d) => setOldSheet(d.value)}>
                {sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t.newLabel}
              className={styles.grow}
              validationState={oldSheet === newSheet ? "warning" : "none"}
              validationMessage={oldSheet === newSheet ? t.sameSheet : undefined}
            >
              <Select className={styles.control} value={newSheet} onChange={(_, d) => setNewSheet(d.value)}>
                {sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void compare()} disabledFocusable={action.busy || !canCompare}>
              {action.busy ? t.comparing : t.compare}
            </Button>
            <Button
              onClick={() => void mark()}
              disabledFocusable={action.busy || !outcome || outcome.marks.length === 0}
            >
              {t.markChanges}
            </Button>
            <Button onClick={() => void unmark()} disabledFocusable={action.busy}>
              {t.unmark}
            </Button>
          </div>
        </>
      )}
      <Notice notice={action.notice} onDismiss={() => action.setNotice(null)} />
      {outcome && <Outcome outcome={outcome} items={items} onSelect={(i) => void select(i)} />}
    </div>
  );
}

function Outcome(props: {
  outcome: CompareOutcome;
  items: readonly ChangeItem[];
  onSelect: (item: ChangeItem) => void;
}): React.JSX.Element {
  const locale = useLocale();
  const t = bandingkanStrings(locale);
  const { comparison, revision, newVersion } = props.outcome;
  const count = (k: ChangeItem["change"]) => comparison.changes.filter((c) => c.change === k).length;
  return (
    <>
      <Text weight="semibold" role="status">
        {comparison.changes.length === 0 ? t.noChanges : t.summary(count("added"), count("removed"), count("changed"))}{" "}
        {t.approval(revision.length)}
      </Text>
      {comparison.meta.map((m) => (
        <Text key={m.field}>
          {m.field === "pagu"
            ? t.pagu(showValue("pagu", m.old, locale), showValue("pagu", m.new, locale))
            : t.meta(fieldLabel(m.field, locale), showValue(m.field, m.old, locale), showValue(m.field, m.new, locale))}
        </Text>
      ))}
      <Text>{t.newVersion(newVersion.errors, newVersion.warnings)}</Text>
      {props.items.length > 0 && <ChangeList items={props.items} t={t} onSelect={props.onSelect} />}
      <MenuTotals totals={comparison.totals} t={t} />
    </>
  );
}
