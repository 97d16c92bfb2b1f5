/**
 * The active ruleset's rules as a list that fits a 320 px pane: each rule in plain words (its
 * title and description when the ruleset gives them), then a details line with severity, status,
 * basis, and the finding code and rule id that link it to the Validasi tab's findings.
 */
import * as React from "react";
import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RuleView } from "../../runtime/engine";
import { useLocale, useStrings } from "../i18n/locale";
import { ruleName, severityLabel } from "../validasi/findingView";
import { useLayoutStyles } from "../layout";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR = { verified: "success", reported: "informative", assumed: "warning" } as const;

export function RuleList(props: { rules: readonly RuleView[]; label: string }): React.JSX.Element {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const t = useStrings();
  const locale = useLocale();
  return (
    <ul className={layout.plainList} aria-label={props.label}>
      {props.rules.map((rule) => (
        <li key={rule.id} className={styles.item} data-rule={rule.id}>
          <Text weight="semibold">{ruleName(rule, locale)}</Text>
          {rule.description?.[locale] && <Text size={200}>{rule.description[locale]}</Text>}
          <div className={styles.line}>
            <Caption1>{severityLabel(rule.severity, t)}</Caption1>
            <Badge appearance="tint" color={STATUS_COLOR[rule.status]}>
              {t[rule.status]}
            </Badge>
          </div>
          <Caption1 className={styles.meta}>
            {t.ruleBasis}: {rule.basis ?? "—"}
          </Caption1>
          <Caption1 className={styles.meta} data-details>
            {t.codeLabel}: {rule.code} ({rule.id})
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
