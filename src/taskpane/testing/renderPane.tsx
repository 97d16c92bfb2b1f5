/** Renders the whole task pane with fake services, as the component tests need it. */
import * as React from "react";
import { configure, render, type RenderResult } from "@testing-library/react";
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from "@fluentui/react-components";
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

/**
 * The CSS properties jsdom's getComputedStyle is asked about here: display and visibility (what
 * Testing Library's role queries treat as hidden) and pointer-events (what user-event refuses to
 * click). Fluent inserts some thousand atomic rules; jsdom matches every rule against every element
 * on each getComputedStyle, which made role queries most of the suites' time. Rules that set none
 * of these properties cannot change a query's answer, so they are left out of the test document.
 */
const QUERIED_CSS = /(?:^|[{;\s])(?:display|visibility|pointer-events|content-visibility)\s*:/;
export const keepQueriedRule = (cssRule: string): boolean => QUERIED_CSS.test(cssRule);

const renderer = createDOMRenderer(document, { unstable_filterCSSRule: keepQueriedRule });

// Text queries look at what is shown; the screen-reader announcer repeats it (tests read it by its test id).
configure({ defaultIgnore: 'script, style, [data-testid="announcer"]' });

export function renderPane(options: { locale?: Locale; tab?: TabId; services?: ReturnType<typeof fakeServices> } = {}) {
  installResizeObserver();
  const services = options.services ?? fakeServices();
  const result: RenderResult = render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <App services={services} locale={options.locale ?? "id"} initialTab={options.tab} />
      </FluentProvider>
    </RendererProvider>,
  );
  return { ...result, services };
}
