/**
 * What the playground's browser tests share: one browser session per test file (started before
 * the file's tests, closed after), the pane and grid of a page, and the workbook's snapshot with
 * and without view state.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { missingPrerequisite, startPlayground, type PlaygroundSession } from "./playgroundBrowser";

export const SCREENSHOTS = join(__dirname, "..", "..", "test-results", "screenshots");

/** Starts the playground before the file's tests and closes it after; returns its getter. */
export function usePlaygroundSession(): () => PlaygroundSession {
  let session: PlaygroundSession | undefined;
  beforeAll(async () => {
    const missing = missingPrerequisite();
    if (missing) throw new Error(missing);
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await startPlayground();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("the playground session has not started");
    return session;
  };
}

export const pane = (page: Page) => page.getByTestId("task-pane");
export const grid = (page: Page) => page.getByTestId("grid-view");

/** The fake host's workbook as JSON. */
export const snapshot = (page: Page): Promise<string> =>
  page.evaluate(() =>
    (window as unknown as { __playground: { fake: { snapshot(): string } } }).__playground.fake.snapshot(),
  );

/** The workbook snapshot without the sheets' selection and the active sheet (view state). */
export function withoutSelection(json: string): string {
  return json
    .replace(/"selection":\s*"[^"]*"/g, '"selection":""')
    .replace(/"activeSheet":\s*"[^"]*"/g, '"activeSheet":""');
}
