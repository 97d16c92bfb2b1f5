/**
 * The task pane's real services in the shared runtime: the Office.js adapter, the core engine,
 * the template inserter (the ribbon commands take the smaller commandServices.ts).
 */
import { createOfficeAdapter } from "../../excel/officeAdapter";
import type { RuntimeServices } from "../services";
import { createCoreEngine } from "./coreEngine";
import { createTemplateInserter } from "./templateInserter";

export function createRuntimeServices(): RuntimeServices {
  return { adapter: createOfficeAdapter(), engine: createCoreEngine(), inserter: createTemplateInserter() };
}
