/**
 * A horizontal bar chart from plain divs: one labelled bar per share, widths in percent of the
 * total. No chart library (bundle size); readable by screen readers as a list with values.
 */
import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLayoutStyles } from "../layout";

export interface Bar {
  readonly label: string;
  /** 0..1 */
  readonly share: number;
  /** Shown after the label, e.g. "Rp1.234.000 (33,2%)". */
  readonly valueText: string;
  readonly emphasis?: "danger";
  /** A limit drawn across the track (0..1 of the track), e.g. the penunjang cap. */
  readonly marker?: number;
}

const useStyles = makeStyles({
  list: { gap: tokens.spacingVerticalS },
  labels: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  track: {
    position: "relative",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
  },
  marker: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    marginLeft: "-1px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  legend: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  legendMark: {
    display: "inline-block",
    width: "2px",
    height: "14px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3 },
  value: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

export function BarChart(props: {
  bars: readonly Bar[];
  label: string;
  /** What a bar's marker means ("batas 5% dari pagu"), shown under the chart. */
  markerLegend?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const chart = (
    <ul className={mergeClasses(layout.plainList, styles.list)} aria-label={props.label}>
      {props.bars.map((bar) => (
        <li key={bar.label} data-bar={bar.label}>
          <div className={styles.labels}>
            <Caption1>{bar.label}</Caption1>
            <Caption1 className={styles.value}>{bar.valueText}</Caption1>
          </div>
          <div className={styles.track} aria-hidden="true">
            <div
              className={mergeClasses(styles.bar, bar.emphasis === "danger" && styles.danger)}
              style={{ width: `${clamp(bar.share) * 100}%` }}
            />
            {bar.marker !== undefined && (
              <div className={styles.marker} data-marker style={{ left: `${clamp(bar.marker) * 100}%` }} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
  if (!props.markerLegend) return chart;
  return (
    <>
      {chart}
      <Caption1 className={styles.legend}>
        <span className={styles.legendMark} aria-hidden="true" />
        {props.markerLegend}
      </Caption1>
    </>
  );
}

function clamp(fraction: number): number {
  return Math.max(0, Math.min(1, fraction));
}
