/**
 * A plain view of the in-memory workbook: sheet tabs, a window of rows with row and column
 * headers, the selected range outlined, marked cells filled. It re-renders whenever the task pane
 * changed the workbook (see workbookStore.ts).
 */
import * as React from "react";
import { Tab, TabList, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { WorkbookModel } from "../fakehost";
import { gridWindow } from "./gridWindow";
import type { PlaygroundStrings } from "./strings";
import type { WorkbookStore } from "./workbookStore";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, gap: tokens.spacingVerticalS },
  scroller: { overflow: "auto", maxHeight: "calc(100vh - 140px)", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Calibri, Arial, sans-serif" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: "normal",
    position: "sticky",
    top: 0,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    paddingRight: "4px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  numeric: { textAlign: "right" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export function GridView(props: {
  model: WorkbookModel;
  store: WorkbookStore;
  t: PlaygroundStrings;
}): React.JSX.Element {
  const styles = useStyles();
  const version = React.useSyncExternalStore(props.store.subscribe, props.store.version);
  const { model, t } = props;
  const visible = model.sheets.filter((s) => s.visibility === "Visible");
  const sheet = visible.find((s) => s.name === model.activeSheet) ?? visible[0];
  const view = React.useMemo(() => (sheet ? gridWindow(sheet) : undefined), [sheet, version]);
  // The selected cell (e.g. after a finding was clicked in the pane) is scrolled into view.
  const selectedRef = React.useRef<HTMLTableCellElement>(null);
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [sheet?.name, sheet?.selection, version]);

  return (
    <section
      className={styles.root}
      aria-label={t.workbook}
      data-testid="grid-view"
      data-active-sheet={sheet?.name}
      data-selection={sheet?.selection}
    >
      <TabList
        size="small"
        selectedValue={sheet?.name}
        onTabSelect={(_, data) => {
          model.activeSheet = String(data.value);
          props.store.touch();
        }}
        aria-label={t.sheets}
      >
        {visible.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {view && sheet && (
        <>
          <Caption1>
            {sheet.name}!{sheet.selection} ·{" "}
            {t.rowsShown(view.firstRow + 1, view.firstRow + view.rows.length, view.totalRows)}
          </Caption1>
          <div className={styles.scroller}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.head} />
                  {view.columns.map((c) => (
                    <th key={c} className={mergeClasses(styles.cell, styles.head)}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map(({ row, cells }) => (
                  <tr key={row}>
                    <th className={mergeClasses(styles.cell, styles.rowHead)}>{row + 1}</th>
                    {cells.map((cell, col) => {
                      const s = view.selection;
                      const selected = s !== undefined && row >= s.r1 && row <= s.r2 && col >= s.c1 && col <= s.c2;
                      return (
                        <td
                          key={col}
                          className={mergeClasses(
                            styles.cell,
                            cell.numeric && styles.numeric,
                            selected && styles.selected,
                          )}
                          style={{
                            backgroundColor: cell.fill,
                            color: cell.color,
                            fontWeight: cell.bold ? "bold" : undefined,
                          }}
                          ref={
                            selected && row === view.selection?.r1 && col === view.selection?.c1
                              ? selectedRef
                              : undefined
                          }
                          data-cell={`${view.columns[col]}${row + 1}`}
                          data-selected={selected || undefined}
                          data-marked={cell.conditional ? true : undefined}
                          title={cell.text}
                        >
                          {cell.text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
