import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { createPaneServices } from "./core/services";
import { localeFromDisplayLanguage } from "./i18n/locale";

/* Render only once Office is ready: Office.js must initialise before any Excel call. */
Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={createPaneServices()} locale={localeFromDisplayLanguage(Office.context.displayLanguage)} />
    </FluentProvider>,
  );
});
