/**
 * What the task pane is handed: the workbook adapter (src/excel), the engine (src/core through
 * engine.ts) and the template inserter. Given through context, as in Microsoft's
 * Office-Addin-TaskPane-React template, so tests and the playground pass their own.
 */
import * as React from "react";
import type { WorkbookAdapter } from "../excel/adapter";
import type { Engine, TemplateInserter } from "./engine";

export interface PaneServices {
  readonly adapter: WorkbookAdapter;
  readonly engine: Engine;
  readonly inserter: TemplateInserter;
}

const ServicesContext = React.createContext<PaneServices | null>(null);

export function ServicesProvider(props: { services: PaneServices; children: React.ReactNode }): React.JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): PaneServices {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error("useServices() outside <ServicesProvider>");
  return services;
}
