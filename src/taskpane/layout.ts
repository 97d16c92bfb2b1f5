/**
 * Layout shared by every tab (Validasi, Pagu, Template, Aturan and tabs added later): a vertical
 * stack, a wrapping row of controls, and fields that shrink with the pane. Excel's task pane is
 * often only 320 px wide, so nothing here has a minimum width larger than the pane: a native
 * <select> whose longest option is wide would otherwise push the pane into sideways scrolling.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayoutStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    minWidth: 0,
  },
  /** A field in a row: grows, wraps to its own line below ~200 px, never wider than the pane. */
  field: { flexGrow: 1, flexShrink: 1, flexBasis: "200px", minWidth: 0, maxWidth: "100%" },
  /** A Select or Input inside such a field: as wide as the field, however long its options. */
  control: { width: "100%", minWidth: 0, maxWidth: "100%" },
  /** A list without bullets or indent, its items stacked; each list adds its own gap. */
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  /** Long words (sheet names, legal bases, codes) break instead of widening the pane. */
  breakable: { overflowWrap: "anywhere", minWidth: 0 },
  /** Shown to screen readers only (live announcements). */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
