/**
 * Template: the standard sheets, each with a one-line description and an insert button. The
 * inserter adds a new sheet and never overwrites one (a taken name gets " (2)").
 */
import * as React from "react";
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLocale, useStrings } from "../i18n/locale";
import { Notice, useNotice } from "../Notice";
import { useServices } from "../services";
import type { PaneState } from "../usePaneState";
import { useLayoutStyles } from "../layout";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, flexBasis: "160px", minWidth: 0 },
  description: { color: tokens.colorNeutralForeground3 },
});

export function TemplateTab(props: { pane: PaneState }): React.JSX.Element {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const t = useStrings();
  const locale = useLocale();
  const { engine, inserter } = useServices();
  const action = useNotice();
  const templates = React.useMemo(() => engine.templates(locale), [engine, locale]);
  const ruleset = props.pane.active;

  const insert = (id: string) =>
    action.perform(async () => {
      if (!ruleset) return null;
      return t.inserted(await inserter.insert(id, ruleset));
    });

  return (
    <div className={styles.root}>
      <Text>{t.templatesIntro}</Text>
      <Notice notice={action.notice} onDismiss={() => action.setNotice(null)} />
      {templates.length === 0 && <Text>{t.noTemplates}</Text>}
      <ul className={mergeClasses(layout.plainList, styles.list)}>
        {templates.map((tpl) => (
          <li key={tpl.id} className={styles.item} data-template={tpl.id}>
            <div className={styles.text}>
              <Text weight="semibold">{tpl.title}</Text>
              <Caption1 className={styles.description}>{tpl.description}</Caption1>
            </div>
            <Button
              aria-label={t.insertNamed(tpl.title)}
              disabledFocusable={action.busy || !ruleset}
              onClick={() => void insert(tpl.id)}
            >
              {t.insert}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
