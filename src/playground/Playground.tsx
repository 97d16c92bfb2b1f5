/**
 * The playground page: the in-memory workbook as a plain grid beside the real task pane, which
 * reaches the workbook through the real Office.js adapter on the fake host. A language switch
 * shows both catalogues.
 */
import * as React from "react";
import { Caption1, Field, Select, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { FakeExcel } from "../fakehost";
import { App } from "../taskpane/App";
import type { Locale } from "../runtime/engine";
import type { RuntimeServices } from "../runtime/services";
import { GridView } from "./GridView";
import { PLAYGROUND_STRINGS } from "./strings";
import type { WorkbookStore } from "./workbookStore";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalS,
  },
  intro: { flexGrow: 1, color: tokens.colorNeutralForeground3 },
  body: { display: "flex", gap: tokens.spacingHorizontalL, flexGrow: 1, minHeight: 0 },
  grid: { flexGrow: 1, minWidth: 0 },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export function Playground(props: {
  fake: FakeExcel;
  store: WorkbookStore;
  services: RuntimeServices;
  initialLocale: Locale;
}): React.JSX.Element {
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(props.initialLocale);
  const t = PLAYGROUND_STRINGS[locale];
  React.useEffect(() => {
    // The pane's own choice of language reads Office's display language: keep the two in step.
    props.fake.Office.context.displayLanguage = locale === "en" ? "en-US" : "id-ID";
    document.documentElement.lang = locale;
  }, [locale, props.fake]);
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title3 as="h1">{t.title}</Title3>
        <Caption1 className={styles.intro}>{t.intro}</Caption1>
        <Field label={t.language} orientation="horizontal">
          <Select value={locale} onChange={(_, d) => setLocale(d.value as Locale)} data-testid="language">
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </header>
      <div className={styles.body}>
        <div className={styles.grid}>
          <GridView model={props.fake.model} store={props.store} t={t} />
        </div>
        <aside className={styles.pane} aria-label={t.taskPane} data-testid="task-pane">
          <App services={props.services} locale={locale} />
        </aside>
      </div>
    </div>
  );
}
