/**
 * The ribbon commands' services: the Office.js adapter and the check. A module of its own (not
 * beside createRuntimeServices) so that the commands bundle imports no template inserter,
 * template registry, ruleset loader or comparison: webpack keeps every module a module imports.
 */
import { createOfficeAdapter } from "../../excel/officeAdapter";
import type { CommandServices } from "../services";
import { createCheckEngine } from "./checkEngine";

export function createCommandServices(): CommandServices {
  return { adapter: createOfficeAdapter(), engine: createCheckEngine() };
}
