import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";

/**
 * The playground: the task pane in a plain browser page, without Excel. (The task-pane issue
 * adds the in-memory workbook beside it.)
 */
const container = document.getElementById("playground");
if (!container) throw new Error("playground.html has no #playground");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <p>Playground: the task pane without Excel.</p>
    <App />
  </FluentProvider>,
);
