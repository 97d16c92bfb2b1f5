/**
 * The playground: the task pane without Excel. Installs the in-memory Excel host (src/fakehost)
 * as the Excel and Office globals, loads the sample RK workbook with planted problems, and renders
 * the grid view beside the real task pane (real adapter, real engine).
 *
 * URL parameters: `sample=rk-datar` (another sample workbook; default: the one with planted
 * problems), `lang=en` (start in English), `lines=20000` (repeat the sample's lines to make a
 * large sheet, for the benchmark), `latency=50` (simulated ms per sync), `revisi=1` (a second
 * version of the RK as sheet "RK Perubahan", for the Bandingkan tab), `view=pane` (the task pane
 * alone, filling the window as in Excel's pane: for trying the pane at 320 px and in browser tests),
 * `paket=1` (the RAB, KAK, sentra and realisasi templates inserted beside the RK).
 * For browser tests the page exposes `window.__playground` (the fake host: snapshot, model).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createFakeExcel, workbookFromJson, type FakeExcel } from "../fakehost";
// The sample RK workbooks (test/fixtures/samples/*.xlsx) as fake-host JSON.
import { SAMPLE_WORKBOOKS } from "../fakehost/samples";
import { App } from "../taskpane/App";
import { createRuntimeServices } from "../runtime/shipped/services";
import { localeFromDisplayLanguage } from "../taskpane/i18n/locale";
import { enlargeWorkbook } from "./largeWorkbook";
import { addPackageSheets } from "./packageSheets";
import { addRevisionSheet } from "./revisionSheet";
import { Playground } from "./Playground";
import { watchWorkbook } from "./workbookStore";

declare global {
  interface Window {
    __playground?: { fake: FakeExcel; ready: boolean };
  }
}

const params = new URLSearchParams(window.location.search);
const lines = Number(params.get("lines") ?? 0);
const sample = SAMPLE_WORKBOOKS.find((s) => s.id === params.get("sample")) ?? SAMPLE_WORKBOOKS[0];
const model = workbookFromJson(sample.workbook);
if (lines > 0) enlargeWorkbook(model, lines);
if (params.get("revisi") === "1") addRevisionSheet(model, sample.workbook);
const fake = createFakeExcel(model, {
  latencyMs: Number(params.get("latency") ?? 0),
  displayLanguage: params.get("lang") === "en" ? "en-US" : "id-ID",
});
const store = watchWorkbook(fake);
const paneOnly = params.get("view") === "pane";
fake.installGlobals();
const playground = { fake, ready: false };
window.__playground = playground;

/** Renders once the workbook is complete (the package sheets are written through the fake host). */
function render(): void {
  const container = document.getElementById("playground");
  if (!container) throw new Error("playground.html has no #playground");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {paneOnly ? (
        <div data-testid="task-pane">
          <App
            services={createRuntimeServices()}
            locale={localeFromDisplayLanguage(fake.Office.context.displayLanguage)}
          />
        </div>
      ) : (
        <Playground
          fake={fake}
          store={store}
          services={createRuntimeServices()}
          initialLocale={localeFromDisplayLanguage(fake.Office.context.displayLanguage)}
        />
      )}
    </FluentProvider>,
  );
  playground.ready = true;
}

if (params.get("paket") === "1") void addPackageSheets().then(render);
else render();
