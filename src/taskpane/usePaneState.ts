/**
 * The pane's shared state: which rulesets are known and which is active, and the last validation
 * run (read → check), with its progress. The Validasi and Pagu tabs read the same run; the Aturan
 * tab adds loaded rulesets. The active ruleset is the shared runtime's (engine.activeRuleset):
 * the ribbon command and the custom functions read the same one, and a run of the ribbon command
 * shows here too.
 */
import * as React from "react";
import type { ReadProgress } from "../excel/adapter";
import type { ActiveRulesetView, CheckOutcome, RulesetView } from "../runtime/engine";
import { useServices } from "./services";
import { runValidation } from "../runtime/validationRun";
import { paneWillRecalculate } from "../runtime/recalculation";

export type RunState =
  | { readonly phase: "idle" }
  | { readonly phase: "reading"; readonly progress?: ReadProgress }
  | { readonly phase: "checking" }
  | { readonly phase: "done"; readonly outcome: CheckOutcome; readonly ruleset: RulesetView }
  | { readonly phase: "failed"; readonly error: unknown };

/** The value of the ruleset select that means "by the proposal's TA". */
export const AUTO_RULESET = "auto";

export interface PaneState {
  readonly rulesets: readonly RulesetView[];
  /** The ruleset that applies now (the choice, else the last proposal's, else the newest). */
  readonly active: RulesetView | undefined;
  /** The shared runtime's active ruleset: the choice (AUTO_RULESET or a key) and why it applies. */
  readonly activeRuleset: ActiveRulesetView;
  /** AUTO_RULESET: by the proposal's TA; else the key of a known ruleset. */
  selectRuleset(key: string): void;
  /** Adds (or replaces, by key) a loaded ruleset and makes it active. */
  addRuleset(ruleset: RulesetView): void;
  readonly run: RunState;
  /**
   * Excel's error when it could not recalculate after the active ruleset changed (the DAK
   * functions then still show answers under the previous one); null otherwise.
   */
  readonly recalcError: unknown;
  dismissRecalcError(): void;
  startRun(): Promise<void>;
  /** Forgets the last run (e.g. after its error was read). */
  resetRun(): void;
}

export function usePaneState(): PaneState {
  const { adapter, engine } = useServices();
  const [rulesets, setRulesets] = React.useState<readonly RulesetView[]>(() => engine.bundledRulesets());
  const subscribe = React.useCallback((listener: () => void) => engine.subscribe(listener), [engine]);
  const snapshot = React.useCallback(() => engine.activeRuleset(), [engine]);
  const activeRuleset = React.useSyncExternalStore(subscribe, snapshot);
  const [run, setRun] = React.useState<RunState>({ phase: "idle" });
  const [recalcError, setRecalcError] = React.useState<unknown>(null);
  const recalculate = React.useCallback(() => adapter.recalculate(), [adapter]);
  useRecalculation(activeRuleset, recalculate, setRecalcError);
  const running = React.useRef<AbortController | null>(null);

  const addRuleset = React.useCallback(
    (ruleset: RulesetView) => {
      setRulesets((known) => [...known.filter((r) => r.key !== ruleset.key), ruleset]);
      engine.selectRuleset(ruleset);
    },
    [engine],
  );

  const selectRuleset = React.useCallback(
    (key: string) => engine.selectRuleset(key === AUTO_RULESET ? undefined : rulesets.find((r) => r.key === key)),
    [engine, rulesets],
  );

  const startRun = React.useCallback(async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setRun({ phase: "reading" });
    try {
      const outcome = await runValidation(adapter, engine, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setRun({ phase: "reading", progress });
        },
        onChecking: () => setRun({ phase: "checking" }),
      });
      if (!controller.signal.aborted) setRun({ phase: "done", outcome, ruleset: outcome.ruleset });
    } catch (error) {
      if (!controller.signal.aborted) setRun({ phase: "failed", error });
    }
  }, [adapter, engine]);

  React.useEffect(() => () => running.current?.abort(), []);

  const resetRun = React.useCallback(() => setRun({ phase: "idle" }), []);

  const dismissRecalcError = React.useCallback(() => setRecalcError(null), []);

  return {
    rulesets,
    recalcError,
    dismissRecalcError,
    active: activeRuleset.ruleset,
    activeRuleset,
    selectRuleset,
    addRuleset,
    run,
    startRun,
    resetRun,
  };
}

/**
 * The DAK functions are not volatile: when the shared runtime's active ruleset changes (chosen,
 * loaded, or another proposal's TA read by a run here or by the ribbon), Excel recalculates so
 * their cells answer under it. Not on the pane's first render: nothing changed yet.
 */
function useRecalculation(
  active: ActiveRulesetView,
  recalculate: () => Promise<void>,
  onError: (error: unknown) => void,
): void {
  // While the pane is mounted it recalculates, not the ribbon command (runtime/recalculation.ts).
  React.useEffect(() => paneWillRecalculate(), []);
  // The view object, not its key: a file loaded again under the same name is a new ruleset.
  const shown = React.useRef(active.ruleset);
  React.useEffect(() => {
    if (shown.current === active.ruleset) return;
    shown.current = active.ruleset;
    recalculate().then(() => onError(null), onError);
  }, [active, recalculate, onError]);
}
