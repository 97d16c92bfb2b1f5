/** The task pane's real services: the Office.js adapter, the core engine, the template inserter. */
import { createOfficeAdapter } from "../../excel/officeAdapter";
import type { PaneServices } from "../services";
import { createCoreEngine } from "./coreEngine";
import { createTemplateInserter } from "./templateInserter";

export function createPaneServices(): PaneServices {
  return { adapter: createOfficeAdapter(), engine: createCoreEngine(), inserter: createTemplateInserter() };
}
