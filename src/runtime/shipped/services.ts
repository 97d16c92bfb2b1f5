/** The shared runtime's real services (task pane and ribbon): the Office.js adapter, the core engine, the template inserter. */
import { createOfficeAdapter } from "../../excel/officeAdapter";
import type { RuntimeServices } from "../services";
import { createCoreEngine } from "./coreEngine";
import { createTemplateInserter } from "./templateInserter";

export function createRuntimeServices(): RuntimeServices {
  return { adapter: createOfficeAdapter(), engine: createCoreEngine(), inserter: createTemplateInserter() };
}
