/**
 * Ribbon commands. They run in the shared runtime, so they reach Excel through the same adapter
 * as the task pane. `validateWorkbook` (manifest: ExecuteFunction) validates and marks the cells;
 * when it fails, the task pane is opened and shows the error with what to do.
 */
import { createCommandServices } from "../runtime/shipped/commandServices";
import { announce } from "../runtime/commandResult";
import { validateAndMark } from "./validateWorkbook";

async function validateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await validateAndMark(createCommandServices());
    announce(result);
    if (!result.ok) await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

// Outside Office (the page opened in a plain browser) there is no Office, or no host: nothing to
// register, and the task pane says where to open it.
if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    if (info.host) Office.actions.associate("validateWorkbook", validateWorkbook);
  });
}
