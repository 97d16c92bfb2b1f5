/**
 * Aturan: the active ruleset, where it came from, every rule with its severity, status
 * (verified/assumed) and basis; load another ruleset from a JSON file or from a sheet of the
 * workbook. A ruleset that fails to load is listed problem by problem, each with its JSON path.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { jsonTextOfGrid, loadRulesetText, readFileText } from "../aturan/rulesetSources";
import type { LoadProblem, RulesetLoad, RulesetSource, RulesetView } from "../engine";
import type { Strings } from "../i18n/strings.id";
import { useStrings } from "../i18n/locale";
import { severityLabel } from "../validasi/findingView";
import { Notice, useNotice } from "../Notice";
import { useServices } from "../services";
import type { PaneState } from "../usePaneState";

const DEFAULT_RULES_SHEET = "Aturan DAK";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: "140px" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hiddenInput: { display: "none" },
});

export function AturanTab(props: { pane: PaneState }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const { adapter, engine } = useServices();
  const { pane } = props;
  const action = useNotice();
  const [problems, setProblems] = React.useState<readonly LoadProblem[]>([]);
  const [sheetName, setSheetName] = React.useState(DEFAULT_RULES_SHEET);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const accept = (load: RulesetLoad): string | null => {
    if (!load.ok) {
      setProblems(load.problems);
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
      const [grid] = await adapter.readGrids({ sheets: [name] });
      const text = grid ? jsonTextOfGrid(grid) : "";
      if (!text) {
        setProblems([]);
        return { intent: "warning", text: t.sheetEmpty(name) };
      }
      return accept(loadRulesetText(engine, text, { kind: "sheet", name }, t));
    });

  return (
    <div className={styles.root}>
      {pane.active && <ActiveRuleset ruleset={pane.active} />}

      <div className={styles.row}>
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
        <Button onClick={() => fileInput.current?.click()} disabled={action.busy}>
          {t.loadFile}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t.sheetName} className={styles.grow}>
          <Input value={sheetName} onChange={(_, d) => setSheetName(d.value)} />
        </Field>
        <Button onClick={() => void loadSheet()} disabled={action.busy || sheetName.trim() === ""}>
          {t.loadFromSheet}
        </Button>
      </div>

      <Notice notice={action.notice} onDismiss={() => action.setNotice(null)} />
      {problems.length > 0 && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t.loadFailed}
            <ul className={styles.problems}>
              {problems.map((p, i) => (
                <li key={i}>
                  <code className={styles.code}>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function ActiveRuleset(props: { ruleset: RulesetView }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const { ruleset } = props;
  return (
    <section aria-labelledby="aturan-active">
      <Subtitle2 as="h3" id="aturan-active" block>
        {t.activeRuleset}: {ruleset.name}
      </Subtitle2>
      <Text block>
        {t.source}: {sourceLabel(ruleset.source, t)}
      </Text>
      <table className={styles.table} aria-label={t.rules}>
        <thead>
          <tr>
            <th className={styles.cell}>{t.ruleId}</th>
            <th className={styles.cell}>{t.ruleSeverity}</th>
            <th className={styles.cell}>{t.ruleStatus}</th>
            <th className={styles.cell}>{t.ruleBasis}</th>
          </tr>
        </thead>
        <tbody>
          {ruleset.rules.map((rule) => (
            <tr key={rule.id} data-rule={rule.id}>
              <td className={mergeClasses(styles.cell, styles.code)}>{rule.id}</td>
              <td className={styles.cell}>{severityLabel(rule.severity, t)}</td>
              <td className={styles.cell}>
                <Badge appearance="tint" color={STATUS_COLOR[rule.status]}>
                  {t[rule.status]}
                </Badge>
              </td>
              <td className={styles.cell}>{rule.basis ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const STATUS_COLOR = { verified: "success", reported: "informative", assumed: "warning" } as const;

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
