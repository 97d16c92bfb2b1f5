/**
 * The shared runtime's services: the workbook adapter (src/excel), the engine (src/core seen
 * through engine.ts) and the template inserter. The task pane gets them through a React context
 * (src/taskpane/services.tsx), the ribbon commands directly; tests and the playground pass their own.
 */
import type { WorkbookAdapter } from "../excel/adapter";
import type { CheckEngine, Engine, TemplateInserter } from "./engine";

export interface RuntimeServices {
  readonly adapter: WorkbookAdapter;
  readonly engine: Engine;
  readonly inserter: TemplateInserter;
}

/** What a ribbon command is handed: the adapter and the check, without the pane's engine parts. */
export interface CommandServices {
  readonly adapter: WorkbookAdapter;
  readonly engine: CheckEngine;
}
