import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { createRuntimeServices } from "../runtime/shipped/services";
import { localeFromDisplayLanguage } from "./i18n/locale";
import { OutsideExcel } from "./OutsideExcel";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

function showOutsideExcel(): void {
  root.render(<OutsideExcel language={navigator.language} />);
}

/*
 * Render the pane only once Office is ready and the page runs in Excel. Opened in a plain browser,
 * Office.onReady resolves with no host; where Office's script could not load, Office is undefined.
 * Both get a page that says what this is and where to open it, never a crash.
 */
if (typeof Office === "undefined") {
  showOutsideExcel();
} else {
  void Office.onReady((info) => {
    if (!info.host) {
      showOutsideExcel();
      return;
    }
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App services={createRuntimeServices()} locale={localeFromDisplayLanguage(Office.context.displayLanguage)} />
      </FluentProvider>,
    );
  });
}
