/**
 * The changes as a list of buttons, like the findings: each selects its cell in Excel; a change
 * that needs renewed approval carries a badge. Long lists are shown a page at a time.
 */
import * as React from "react";
import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { BandingkanStrings } from "./strings";
import type { ChangeItem } from "./changeView";
import { useLayoutStyles } from "../layout";

const PAGE = 100;

const useStyles = makeStyles({
  list: { gap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    height: "auto",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightRegular,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    overflowWrap: "anywhere",
  },
  added: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  removed: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  changed: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function ChangeList(props: {
  items: readonly ChangeItem[];
  t: BandingkanStrings;
  onSelect: (item: ChangeItem) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = props;
  const [shown, setShown] = React.useState(PAGE);
  const label = { added: t.added, removed: t.removed, changed: t.changed };
  return (
    <>
      <ul className={mergeClasses(layout.plainList, styles.list)} aria-label={t.changesLabel}>
        {props.items.slice(0, shown).map((item) => (
          <li key={item.key}>
            <Button
              appearance="subtle"
              className={mergeClasses(styles.item, styles[item.change])}
              onClick={() => props.onSelect(item)}
              data-change={item.change}
              data-sheet={item.sheet}
              data-cell={item.cell}
              title={t.goTo(`${item.sheet}!${item.cell}`)}
            >
              <span className={styles.head}>
                <strong>{label[item.change]}</strong>
                <span>{item.title}</span>
                {item.needsApproval && (
                  <Badge appearance="tint" color="warning">
                    {t.needsApproval}
                  </Badge>
                )}
              </span>
              {item.details.map((d, i) => (
                <Caption1 key={i}>{d}</Caption1>
              ))}
              <Caption1 className={styles.meta}>
                {item.sheet}!{item.cell}
              </Caption1>
            </Button>
          </li>
        ))}
      </ul>
      {shown < props.items.length && (
        <Button onClick={() => setShown((n) => n + PAGE * 5)}>+{props.items.length - shown}</Button>
      )}
    </>
  );
}
