/**
 * The pane's shared state: which rulesets are known and which is active, and the last validation
 * run (read → check), with its progress. The Validasi and Pagu tabs read the same run; the Aturan
 * tab adds loaded rulesets.
 */
import * as React from "react";
import type { ReadProgress } from "../excel/adapter";
import type { CheckOutcome, RulesetView } from "../runtime/engine";
import { useServices } from "./services";
import { runValidation } from "../runtime/validationRun";

export type RunState =
  | { readonly phase: "idle" }
  | { readonly phase: "reading"; readonly progress?: ReadProgress }
  | { readonly phase: "checking" }
  | { readonly phase: "done"; readonly outcome: CheckOutcome; readonly ruleset: RulesetView }
  | { readonly phase: "failed"; readonly error: unknown };

export interface PaneState {
  readonly rulesets: readonly RulesetView[];
  readonly active: RulesetView | undefined;
  selectRuleset(key: string): void;
  /** Adds (or replaces, by key) a loaded ruleset and makes it active. */
  addRuleset(ruleset: RulesetView): void;
  readonly run: RunState;
  startRun(): Promise<void>;
  /** Forgets the last run (e.g. after its error was read). */
  resetRun(): void;
}

export function usePaneState(): PaneState {
  const { adapter, engine } = useServices();
  const [rulesets, setRulesets] = React.useState<readonly RulesetView[]>(() => engine.bundledRulesets());
  const [activeKey, setActiveKey] = React.useState<string | undefined>(() => engine.bundledRulesets()[0]?.key);
  const [run, setRun] = React.useState<RunState>({ phase: "idle" });
  const running = React.useRef<AbortController | null>(null);
  const active = rulesets.find((r) => r.key === activeKey);

  const addRuleset = React.useCallback((ruleset: RulesetView) => {
    setRulesets((known) => [...known.filter((r) => r.key !== ruleset.key), ruleset]);
    setActiveKey(ruleset.key);
  }, []);

  const startRun = React.useCallback(async () => {
    if (!active) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setRun({ phase: "reading" });
    try {
      const outcome = await runValidation(adapter, engine, active, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setRun({ phase: "reading", progress });
        },
        onChecking: () => setRun({ phase: "checking" }),
      });
      if (!controller.signal.aborted) setRun({ phase: "done", outcome, ruleset: active });
    } catch (error) {
      if (!controller.signal.aborted) setRun({ phase: "failed", error });
    }
  }, [adapter, engine, active]);

  React.useEffect(() => () => running.current?.abort(), []);

  const resetRun = React.useCallback(() => setRun({ phase: "idle" }), []);

  return { rulesets, active, selectRuleset: setActiveKey, addRuleset, run, startRun, resetRun };
}
