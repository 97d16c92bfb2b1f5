/**
 * "What changed since TA …" in the Aturan tab: pick an earlier year's bundled ruleset (for a
 * loaded ruleset, also the bundled one of its own year) and read, in plain words, what differs
 * in the active one: menus, lists, thresholds, disbursement and rules (the core's
 * describeRulesetChanges). Each difference is a line of its own, so it fits a 320 px pane.
 */
import * as React from "react";
import { Caption1, Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RulesetView } from "../../runtime/engine";
import { useLocale, useStrings } from "../i18n/locale";
import { useLayoutStyles } from "../layout";
import { useServices } from "../services";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** The bundled rulesets to compare the active one with, newest first: earlier years, or its own year's. */
export function comparableRulesets(active: RulesetView, rulesets: readonly RulesetView[]): RulesetView[] {
  return rulesets
    .filter((r) => r.source.kind === "bundled" && r.key !== active.key && r.ta <= active.ta)
    .sort((a, b) => b.ta - a.ta);
}

export function RulesetChanges(props: { active: RulesetView; rulesets: readonly RulesetView[] }): React.JSX.Element {
  const layout = useLayoutStyles();
  const t = useStrings();
  const candidates = comparableRulesets(props.active, props.rulesets);
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const since = candidates.find((r) => r.key === chosen) ?? candidates[0];
  const label = (r: RulesetView) => t.changesOption(String(r.ta), r.ta === props.active.ta);
  return (
    <section className={layout.stack} aria-labelledby="aturan-changes">
      <Subtitle2 as="h3" id="aturan-changes" block>
        {since ? t.changesHeading(String(since.ta)) : t.changesHeading("…")}
      </Subtitle2>
      {since ? (
        <>
          <Field label={t.changesSince} className={layout.field}>
            <Select className={layout.control} value={since.key} onChange={(_, d) => setChosen(d.value)}>
              {candidates.map((r) => (
                <option key={r.key} value={r.key}>
                  {label(r)}
                </option>
              ))}
            </Select>
          </Field>
          <ChangeSections ruleset={props.active} since={since} />
        </>
      ) : (
        <Text>{t.changesNoEarlier}</Text>
      )}
    </section>
  );
}

function ChangeSections(props: { ruleset: RulesetView; since: RulesetView }): React.JSX.Element {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const t = useStrings();
  const locale = useLocale();
  const { engine } = useServices();
  const sections = React.useMemo(
    () => engine.rulesetChanges(props.ruleset, props.since, locale),
    [engine, props.ruleset, props.since, locale],
  );
  if (sections.length === 0) return <Text>{t.changesNone}</Text>;
  const count = sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.details.length, 0), 0);
  return (
    <>
      <Text>{t.changesCount(count)}</Text>
      {sections.map((section) => (
        <div key={section.group} className={styles.group}>
          <Text as="h4" weight="semibold" block>
            {section.heading}
          </Text>
          <ul className={layout.plainList} aria-label={section.heading}>
            {section.items.map((item) => (
              <li key={item.key} className={styles.item} data-change={item.key}>
                <Text weight="semibold">{item.subject}</Text>
                <ul className={styles.details}>
                  {item.details.map((detail, i) => (
                    <li key={i}>
                      <Text size={200}>{detail}</Text>
                    </li>
                  ))}
                </ul>
                {item.code && (
                  <Caption1 className={styles.meta} data-details>
                    {t.codeLabel}: {item.code}
                  </Caption1>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
