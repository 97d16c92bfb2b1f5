/**
 * The built shared-runtime page (dist/taskpane.html) as Excel loads it: one webpack runtime, the
 * shared chunk and the three entries. With a stub Office host, every entry must run once: the
 * custom functions associate each id once, the ribbon registers its command once, the task pane
 * renders. (Run after `npm run build`.)
 */
import type { Page } from "playwright-core";
import { missingPrerequisite, startPlayground, type PlaygroundSession } from "./playgroundBrowser";

const missing = missingPrerequisite();
const describeIfReady = missing ? describe.skip : describe;
if (missing) console.warn(`shared-runtime page tests skipped: ${missing}`);

/** Office and CustomFunctions as the shared runtime offers them, recording what the page registers. */
const OFFICE_STUB = `
  window.__registered = { functions: [], commands: [] };
  window.Office = {
    onReady: (cb) => Promise.resolve(cb && cb({ host: "Excel", platform: "OfficeOnline" })).then(() => ({ host: "Excel" })),
    context: { displayLanguage: "id-ID" },
    actions: { associate: (name) => window.__registered.commands.push(name) },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  window.CustomFunctions = {
    associate: (id) => window.__registered.functions.push(id),
    Error: class extends Error {},
    ErrorCode: {},
  };
`;

describeIfReady("the shared-runtime page (taskpane.html)", () => {
  let session: PlaygroundSession;
  beforeAll(async () => {
    session = await startPlayground();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openPage(): Promise<{ page: Page; errors: string[] }> {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 800 }, locale: "id-ID" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }),
    );
    await page.goto(`${session.baseUrl}/taskpane.html`);
    return { page, errors };
  }

  it("runs the functions, the ribbon command and the task pane, each once", async () => {
    const { page, errors } = await openPage();
    await page.getByRole("tab", { name: "Validasi" }).waitFor();
    const registered = await page.evaluate(
      () => (window as unknown as { __registered: { functions: string[]; commands: string[] } }).__registered,
    );
    expect(registered.commands).toEqual(["validateWorkbook"]);
    expect(registered.functions).toContain("TERBILANG");
    expect(registered.functions).toContain("DAFTAR_MENU");
    expect(new Set(registered.functions).size).toBe(registered.functions.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
