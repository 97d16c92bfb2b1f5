/**
 * Pagu: the ceiling, the total, what remains, the penunjang share against its cap, the shares per
 * menu and per kind of spending, and the year's disbursement scheme — all from the engine's
 * summary of the last validation run. Whether a limit is passed is core's verdict (with the
 * rule's severity; a rule switched off says nothing): this tab never compares figures itself.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { BudgetView, SpendingKind } from "../../runtime/engine";
import type { Strings } from "../i18n/strings.id";
import { formatPercent, formatRupiah, useLocale, useStrings } from "../i18n/locale";
import { Notice } from "../Notice";
import { BarChart } from "../pagu/BarChart";
import type { PaneState } from "../usePaneState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  amount: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  danger: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function PaguTab(props: { pane: PaneState }): React.JSX.Element {
  const t = useStrings();
  const { run } = props.pane;
  // When the run started here, its button goes away with the result: focus moves to the result.
  const startedHere = React.useRef(false);
  const result = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (run.phase === "done" && startedHere.current) {
      startedHere.current = false;
      result.current?.focus();
    }
  }, [run.phase]);
  if (run.phase !== "done") {
    const busy = run.phase === "reading" || run.phase === "checking";
    return (
      <div>
        <Text block>{t.paguNeedsRun}</Text>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => {
            startedHere.current = true;
            void props.pane.startRun();
          }}
        >
          {busy ? t.running : t.runValidation}
        </Button>
      </div>
    );
  }
  return (
    <div ref={result} tabIndex={-1} aria-label={t.tabPagu} data-testid="pagu-result">
      {run.outcome.budget ? (
        <BudgetDetails budget={run.outcome.budget} />
      ) : (
        <Notice notice={{ intent: "warning", text: t.paguNoTable }} />
      )}
    </div>
  );
}

function BudgetDetails(props: { budget: BudgetView }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const locale = useLocale();
  const { budget } = props;
  const rp = (n: number) => formatRupiah(n, locale);
  const pct = (f: number) => formatPercent(f, locale);
  // Core's verdicts, shown as they are: a rule switched off paints nothing.
  const penunjang = budget.penunjangVerdict;
  const penunjangOver = penunjang?.state === "over";
  const overPagu = budget.paguVerdict?.state === "over";
  const penunjangScale = Math.max(budget.penunjangMaxShare * 2, budget.penunjangShare ?? 0) || 1;

  return (
    <div className={styles.root}>
      <dl className={styles.figures}>
        <dt className={styles.term}>{t.pagu}</dt>
        <dd className={styles.amount} data-figure="pagu">
          {budget.pagu === null ? t.paguMissing : rp(budget.pagu)}
        </dd>
        <dt className={styles.term}>{t.total}</dt>
        <dd className={styles.amount} data-figure="total">
          {rp(budget.total)}
        </dd>
        {budget.rabTotal !== undefined && (
          <>
            <dt className={styles.term}>{t.rabTotal}</dt>
            <dd className={styles.amount} data-figure="rab">
              {rp(budget.rabTotal)}
            </dd>
          </>
        )}
        {budget.kakTotal !== undefined && (
          <>
            <dt className={styles.term}>{t.kakTotal}</dt>
            <dd className={styles.amount} data-figure="kak">
              {rp(budget.kakTotal)}
            </dd>
          </>
        )}
        <dt className={styles.term}>{overPagu ? t.overPagu : t.sisa}</dt>
        <dd
          className={mergeClasses(styles.amount, overPagu && budget.paguVerdict?.severity === "error" && styles.danger)}
          data-figure="sisa"
        >
          {budget.sisa === null ? "—" : rp(budget.sisa)}
        </dd>
      </dl>

      <section className={styles.section} aria-labelledby="pagu-penunjang">
        <Subtitle2 as="h3" id="pagu-penunjang">
          {t.penunjangShare}
        </Subtitle2>
        <BarChart
          label={t.chartLabel(t.penunjangShare)}
          markerLegend={t.capLegend(budget.penunjangMaxShare)}
          bars={[
            {
              label: t.penunjangOfCap(budget.penunjangShare, budget.penunjangMaxShare),
              // The track spans twice the cap (or the share, when larger): the cap sits at a marker.
              share: budget.penunjangShare === null ? 0 : budget.penunjangShare / penunjangScale,
              marker: budget.penunjangMaxShare / penunjangScale,
              valueText: rp(budget.penunjang),
              emphasis: penunjangOver && penunjang.severity === "error" ? "danger" : undefined,
            },
          ]}
        />
        {penunjangOver && (
          <MessageBar intent={penunjang.severity} data-testid="penunjang-verdict" data-intent={penunjang.severity}>
            <MessageBarBody>
              {t.penunjangOver}
              {penunjang.basis && <Caption1 block>{t.basisOf(penunjang.basis)}</Caption1>}
            </MessageBarBody>
          </MessageBar>
        )}
        {penunjang?.state === "off" && (
          <Text size={200} data-testid="penunjang-verdict">
            {t.penunjangOff}
          </Text>
        )}
      </section>

      <section className={styles.section} aria-labelledby="pagu-menu">
        <Subtitle2 as="h3" id="pagu-menu">
          {t.perMenu}
        </Subtitle2>
        <BarChart
          label={t.chartLabel(t.perMenu)}
          bars={budget.perMenu.map((m) => ({
            label: m.label,
            share: m.share,
            valueText: `${rp(m.amount)} (${pct(m.share)})`,
          }))}
        />
      </section>

      <section className={styles.section} aria-labelledby="pagu-kind">
        <Subtitle2 as="h3" id="pagu-kind">
          {t.perKind}
        </Subtitle2>
        <BarChart
          label={t.chartLabel(t.perKind)}
          bars={budget.perKind.map((k) => ({
            label: kindLabel(k.kind, t),
            share: k.share,
            valueText: `${rp(k.amount)} (${pct(k.share)})`,
          }))}
        />
      </section>

      <section className={styles.section} aria-labelledby="pagu-salur">
        <Subtitle2 as="h3" id="pagu-salur">
          {t.disbursement}
        </Subtitle2>
        <Disbursement disbursement={budget.disbursement} />
      </section>
    </div>
  );
}

/** The year's scheme as core planned it: a lump sum of the pagu or of the contract value, or stages with their conditions. */
function Disbursement(props: { disbursement: BudgetView["disbursement"] }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const locale = useLocale();
  const { mode, lumpSumOf, stages, basis } = props.disbursement;
  if (mode === "none") return <Text>{t.paguMissing}</Text>;
  return (
    <>
      {mode === "lumpSum" && (
        <Text data-testid="lump-sum">{lumpSumOf === "contract" ? t.lumpSumContract : t.lumpSumPagu}</Text>
      )}
      {mode === "stages" && (
        <dl className={styles.figures}>
          {stages.map((s) => (
            <React.Fragment key={s.stage}>
              <dt className={styles.term}>
                {t.stage(s.stage)} ({formatPercent(s.share, locale)})
                {(s.minSerapan !== undefined || s.minOutput !== undefined) && (
                  <Caption1 block>{t.stageNeeds(s.minSerapan, s.minOutput)}</Caption1>
                )}
              </dt>
              <dd className={styles.amount}>{formatRupiah(s.amount, locale)}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
      {basis && <Caption1>{t.basisOf(basis)}</Caption1>}
    </>
  );
}

function kindLabel(kind: SpendingKind, t: Strings): string {
  switch (kind) {
    case "construction":
      return t.kindConstruction;
    case "machinery":
      return t.kindMachinery;
    case "infrastructure":
      return t.kindInfrastructure;
    case "penunjang":
      return t.kindPenunjang;
    case "unknown":
      return t.kindUnknown;
  }
}
