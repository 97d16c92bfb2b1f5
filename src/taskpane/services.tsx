/**
 * How the task pane is handed the shared runtime's services (src/runtime/services.ts): through
 * context, as in Microsoft's Office-Addin-TaskPane-React template, so tests and the playground
 * pass their own.
 */
import * as React from "react";
import type { RuntimeServices } from "../runtime/services";

const ServicesContext = React.createContext<RuntimeServices | null>(null);

export function ServicesProvider(props: { services: RuntimeServices; children: React.ReactNode }): React.JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): RuntimeServices {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error("useServices() outside <ServicesProvider>");
  return services;
}
