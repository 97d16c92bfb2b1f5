/**
 * Findings grouped by severity, each group with its count; every finding is a button (keyboard
 * reachable) that selects its cell in Excel. Long lists are shown a page at a time so that a
 * 20,000-line sheet with thousands of findings still renders at once.
 */
import * as React from "react";
import { Badge, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SheetKind } from "../../core/package/kinds";
import type { Finding, Severity } from "../../core/rules/findings";
import { formatCount, useLocale, useStrings } from "../i18n/locale";
import { useServices } from "../services";
import { type FindingGroup, detailsLine, groupBySheet, severityLabel, sheetHeading, whereLabel } from "./findingView";
import { useLayoutStyles } from "../layout";

export const PAGE_SIZE = 100;

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalM,
  },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { gap: tokens.spacingVerticalXXS },
  item: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    width: "100%",
    minWidth: 0,
    textAlign: "left",
    height: "auto",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
  },
  /**
   * The severity bar is its own element, not the button's border: Fluent restyles a button's
   * border on hover and focus, and the bar must stay visible then.
   */
  bar: {
    position: "absolute",
    left: 0,
    top: tokens.spacingVerticalXS,
    bottom: tokens.spacingVerticalXS,
    width: tokens.strokeWidthThicker,
    borderRadius: tokens.borderRadiusSmall,
  },
  error: { backgroundColor: tokens.colorPaletteRedBorder2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBorder2 },
  info: { backgroundColor: tokens.colorBrandStroke1 },
  meta: { color: tokens.colorNeutralForeground3 },
  sheetHeading: { display: "block", marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

interface ListProps {
  /** Plain-words rule names by finding code (for the details line). */
  labels: ReadonlyMap<string, string>;
  onSelect: (finding: Finding) => void;
  /** Each sheet's kind, shown beside its name over its findings. */
  kinds?: ReadonlyMap<string, SheetKind>;
}

export function FindingList(props: ListProps & { groups: readonly FindingGroup[] }): React.JSX.Element {
  const kinds = props.kinds ?? NO_KINDS;
  return (
    <>
      {props.groups.map((group) => (
        <FindingGroupView
          key={group.severity}
          group={group}
          labels={props.labels}
          kinds={kinds}
          onSelect={props.onSelect}
        />
      ))}
    </>
  );
}

const NO_KINDS: ReadonlyMap<string, SheetKind> = new Map();

function FindingGroupView(
  props: ListProps & { group: FindingGroup; kinds: ReadonlyMap<string, SheetKind> },
): React.JSX.Element {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const t = useStrings();
  const locale = useLocale();
  const { group } = props;
  const [shown, setShown] = React.useState(PAGE_SIZE);
  const headingId = `findings-${group.severity}`;
  const visible = group.findings.slice(0, shown);
  return (
    <section className={styles.group} aria-labelledby={headingId} data-severity={group.severity}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {severityLabel(group.severity, t)}
        <Badge appearance="filled" color={BADGE_COLOR[group.severity]} aria-label={String(group.findings.length)}>
          {formatCount(group.findings.length, locale)}
        </Badge>
      </Subtitle2>
      {groupBySheet(visible).map((part) => (
        <React.Fragment key={part.sheet}>
          <Caption1 as="h4" className={styles.sheetHeading} data-sheet={part.sheet}>
            {sheetHeading(part.sheet, props.kinds, t)}
          </Caption1>
          <ul className={mergeClasses(layout.plainList, styles.list)}>
            {part.findings.map((finding, i) => (
              <li key={`${finding.code}:${finding.sheet}:${finding.cell}:${i}`}>
                <FindingItem finding={finding} labels={props.labels} onSelect={props.onSelect} />
              </li>
            ))}
          </ul>
        </React.Fragment>
      ))}
      {shown < group.findings.length && (
        <>
          <Caption1>{t.shownOf(visible.length, group.findings.length)}</Caption1>
          <Button onClick={() => setShown((n) => n + PAGE_SIZE * 5)}>{t.showMore}</Button>
        </>
      )}
    </section>
  );
}

function FindingItem(props: ListProps & { finding: Finding }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const locale = useLocale();
  const { engine } = useServices();
  const { finding } = props;
  const where = whereLabel(finding, t);
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      onClick={() => props.onSelect(finding)}
      // Focusable even when there is no cell to go to, so keyboard users can still read it.
      disabledFocusable={!finding.sheet}
      data-code={finding.code}
      data-cell={finding.cell}
      title={finding.cell ? t.goToCell(where) : undefined}
    >
      <span className={mergeClasses(styles.bar, styles[finding.severity])} aria-hidden="true" />
      <span>{engine.formatFinding(finding, locale)}</span>
      <Caption1 className={styles.meta}>
        {where}
        {finding.basis ? ` · ${t.basis}: ${finding.basis}` : ""}
      </Caption1>
      <Caption1 className={styles.meta} data-details>
        {detailsLine(finding, props.labels, t)}
      </Caption1>
    </Button>
  );
}
