/**
 * The shared runtime's services: the workbook adapter (src/excel), the engine (src/core seen
 * through engine.ts) and the template inserter. The task pane gets them through a React context
 * (src/taskpane/services.tsx), the ribbon commands directly; tests and the playground pass their own.
 */
import type { WorkbookAdapter } from "../excel/adapter";
import type { Engine, TemplateInserter } from "./engine";

export interface RuntimeServices {
  readonly adapter: WorkbookAdapter;
  readonly engine: Engine;
  readonly inserter: TemplateInserter;
}
