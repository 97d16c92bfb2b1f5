/**
 * A horizontal bar chart from plain divs: one labelled bar per share, widths in percent of the
 * total. No chart library (bundle size); readable by screen readers as a list with values.
 */
import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export interface Bar {
  readonly label: string;
  /** 0..1 */
  readonly share: number;
  /** Shown after the label, e.g. "Rp1.234.000 (33,2%)". */
  readonly valueText: string;
  readonly emphasis?: "danger";
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  labels: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3 },
  value: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

export function BarChart(props: { bars: readonly Bar[]; label: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.bars.map((bar) => (
        <li key={bar.label} data-bar={bar.label}>
          <div className={styles.labels}>
            <Caption1>{bar.label}</Caption1>
            <Caption1 className={styles.value}>{bar.valueText}</Caption1>
          </div>
          <div className={styles.track} aria-hidden="true">
            <div
              className={mergeClasses(styles.bar, bar.emphasis === "danger" && styles.danger)}
              style={{ width: `${Math.max(0, Math.min(1, bar.share)) * 100}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
