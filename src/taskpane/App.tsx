/**
 * The task pane's root: five tabs (Validasi, Pagu, Bandingkan, Template, Aturan) over one shared state (the
 * active ruleset and the last validation run). Excel is reached only through the services in
 * context (src/excel's adapter), the engine only through engine.ts.
 */
import * as React from "react";
import { Tab, TabList, Title2, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import type { Locale } from "../runtime/engine";
import { LocaleProvider, stringsFor } from "./i18n/locale";
import type { RuntimeServices } from "../runtime/services";
import { ServicesProvider } from "./services";
import { bandingkanStrings } from "./bandingkan/strings";
import { AturanTab } from "./tabs/AturanTab";
import { BandingkanTab } from "./tabs/BandingkanTab";
import { PaguTab } from "./tabs/PaguTab";
import { TemplateTab } from "./tabs/TemplateTab";
import { ValidasiTab } from "./tabs/ValidasiTab";
import { AnnouncerProvider } from "./announce";
import { Notice } from "./Notice";
import { useCommandResult } from "./useCommandResult";
import { usePaneState } from "./usePaneState";

export type TabId = "validasi" | "pagu" | "bandingkan" | "template" | "aturan";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    // As narrow as Excel makes the pane (320 px by default on many screens): nothing in a tab
    // may need more, so there is never a sideways scroll.
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  title: { margin: 0 },
  panel: { paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  readonly services: RuntimeServices;
  readonly locale: Locale;
  readonly initialTab?: TabId;
}

export function App(props: AppProps): React.JSX.Element {
  return (
    <ServicesProvider services={props.services}>
      <LocaleProvider locale={props.locale}>
        <AnnouncerProvider>
          <Pane locale={props.locale} initialTab={props.initialTab ?? "validasi"} />
        </AnnouncerProvider>
      </LocaleProvider>
    </ServicesProvider>
  );
}

function Pane(props: { locale: Locale; initialTab: TabId }): React.JSX.Element {
  const styles = useStyles();
  const t = stringsFor(props.locale);
  const pane = usePaneState();
  const [tab, setTab] = React.useState<TabId>(props.initialTab);
  const [commandNotice, dismissCommandNotice] = useCommandResult(t);
  const tabs: readonly [TabId, string][] = [
    ["validasi", t.tabValidasi],
    ["pagu", t.tabPagu],
    ["bandingkan", bandingkanStrings(props.locale).tab],
    ["template", t.tabTemplate],
    ["aturan", t.tabAturan],
  ];
  return (
    <main className={styles.root} lang={props.locale}>
      <Title2 as="h1" className={styles.title}>
        {t.appTitle}
      </Title2>
      <Notice notice={commandNotice} onDismiss={dismissCommandNotice} />
      <TabList
        selectedValue={tab}
        onTabSelect={(_: unknown, data: SelectTabData) => setTab(data.value as TabId)}
        aria-label={t.tabsLabel}
        size="small"
        className={styles.tabs}
      >
        {tabs.map(([id, label]) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {tab === "validasi" && <ValidasiTab pane={pane} />}
        {tab === "pagu" && <PaguTab pane={pane} />}
        {tab === "bandingkan" && <BandingkanTab pane={pane} />}
        {tab === "template" && <TemplateTab pane={pane} />}
        {tab === "aturan" && <AturanTab pane={pane} />}
      </div>
    </main>
  );
}
