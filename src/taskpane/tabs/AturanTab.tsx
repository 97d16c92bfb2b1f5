/**
 * Aturan: first what an official comes to do — load another ruleset from a JSON file or from a
 * sheet of the workbook, with the outcome right there — then the active ruleset, where it came
 * from, and every rule in plain words with its severity, status and basis. A ruleset that fails
 * to load is listed problem by problem: what is wrong and where, in words, the JSON path only
 * in a details line. Between the active ruleset and its rules: what changed since an earlier year.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useAnnounce } from "../announce";
import { placeInWords } from "../aturan/problemText";
import { RuleList } from "../aturan/RuleList";
import { RulesetChanges } from "../aturan/RulesetChanges";
import { jsonTextOfGrid, loadRulesetText, readFileText } from "../aturan/rulesetSources";
import type { LoadProblem, RulesetLoad, RulesetSource, RulesetView } from "../../runtime/engine";
import type { Strings } from "../i18n/strings.id";
import { useLocale, useStrings } from "../i18n/locale";
import { useLayoutStyles } from "../layout";
import { Notice, useNotice } from "../Notice";
import { useServices } from "../services";
import type { PaneState } from "../usePaneState";

const DEFAULT_RULES_SHEET = "Aturan DAK";

const useStyles = makeStyles({
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  path: { display: "block", color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  hiddenInput: { display: "none" },
});

export function AturanTab(props: { pane: PaneState }): React.JSX.Element {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const t = useStrings();
  const announce = useAnnounce();
  const { adapter, engine } = useServices();
  const { pane } = props;
  const action = useNotice();
  const [problems, setProblems] = React.useState<readonly LoadProblem[]>([]);
  const [sheetName, setSheetName] = React.useState(DEFAULT_RULES_SHEET);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const accept = (load: RulesetLoad): string | null => {
    if (!load.ok) {
      setProblems(load.problems);
      announce(t.loadFailedCount(load.problems.length));
      return null;
    }
    setProblems([]);
    pane.addRuleset(load.ruleset);
    return t.loaded(load.ruleset.name);
  };

  const loadFile = (file: File) =>
    action.perform(async () =>
      accept(loadRulesetText(engine, await readFileText(file), { kind: "file", name: file.name }, t)),
    );

  const loadSheet = () =>
    action.perform(async () => {
      const name = sheetName.trim();
      setProblems([]);
      const [grid] = await adapter.readGrids({ sheets: [name] });
      if (!grid) return { intent: "warning", text: t.sheetMissing(name) };
      const text = jsonTextOfGrid(grid);
      if (!text) return { intent: "warning", text: t.sheetEmpty(name) };
      return accept(loadRulesetText(engine, text, { kind: "sheet", name }, t));
    });

  return (
    <div className={layout.stack}>
      <section className={layout.stack} aria-labelledby="aturan-load">
        <Subtitle2 as="h3" id="aturan-load">
          {t.loadHeading}
        </Subtitle2>
        <Text size={200}>{t.loadIntro}</Text>
        <div className={layout.row}>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className={styles.hiddenInput}
            data-testid="ruleset-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) void loadFile(file);
            }}
          />
          <Button onClick={() => fileInput.current?.click()} disabledFocusable={action.busy}>
            {t.loadFile}
          </Button>
        </div>
        <div className={layout.row}>
          <Field label={t.sheetName} className={layout.field}>
            <Input className={layout.control} value={sheetName} onChange={(_, d) => setSheetName(d.value)} />
          </Field>
          <Button onClick={() => void loadSheet()} disabledFocusable={action.busy || sheetName.trim() === ""}>
            {t.loadFromSheet}
          </Button>
        </div>
        <Notice notice={action.notice} onDismiss={() => action.setNotice(null)} />
        {problems.length > 0 && <LoadProblems problems={problems} />}
      </section>

      {pane.active && <ActiveRuleset ruleset={pane.active} rulesets={pane.rulesets} />}
    </div>
  );
}

function LoadProblems(props: { problems: readonly LoadProblem[] }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const locale = useLocale();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        {t.loadFailed}
        <ul className={styles.problems}>
          {props.problems.map((p, i) => {
            const place = placeInWords(p.path, locale);
            return (
              <li key={i}>
                {place ? `${place}: ` : ""}
                {p.message}
                {p.path && <Caption1 className={styles.path}>{p.path}</Caption1>}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function ActiveRuleset(props: { ruleset: RulesetView; rulesets: readonly RulesetView[] }): React.JSX.Element {
  const layout = useLayoutStyles();
  const t = useStrings();
  const { ruleset } = props;
  return (
    <section className={layout.stack} aria-labelledby="aturan-active">
      <Subtitle2 as="h3" id="aturan-active" block>
        {t.activeRuleset}: {ruleset.name}
      </Subtitle2>
      <Text block>
        {t.source}: {sourceLabel(ruleset.source, t)}
      </Text>
      <RulesetChanges active={ruleset} rulesets={props.rulesets} />
      <RuleList rules={ruleset.rules} label={t.rules} />
    </section>
  );
}

function sourceLabel(source: RulesetSource, t: Strings): string {
  switch (source.kind) {
    case "bundled":
      return t.sourceBundled;
    case "file":
      return t.sourceFile(source.name);
    case "sheet":
      return t.sourceSheet(source.name);
  }
}
