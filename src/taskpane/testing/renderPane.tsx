/** Renders the whole task pane with fake services, as the component tests need it. */
import * as React from "react";
import { configure, render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type TabId } from "../App";
import type { Locale } from "../../runtime/engine";
import { fakeServices } from "../../runtime/testing/fakes";

/** jsdom has no ResizeObserver; Fluent's MessageBar observes its own size (reflow of actions). */
function installResizeObserver(): void {
  if (typeof globalThis.ResizeObserver === "function") return;
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Text queries look at what is shown; the screen-reader announcer repeats it (tests read it by its test id).
configure({ defaultIgnore: 'script, style, [data-testid="announcer"]' });

export function renderPane(options: { locale?: Locale; tab?: TabId; services?: ReturnType<typeof fakeServices> } = {}) {
  installResizeObserver();
  const services = options.services ?? fakeServices();
  const result: RenderResult = render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} locale={options.locale ?? "id"} initialTab={options.tab} />
    </FluentProvider>,
  );
  return { ...result, services };
}
