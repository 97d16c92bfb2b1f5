/**
 * The task pane as Excel shows it: alone, 320 px and 450 px wide (the playground's ?view=pane).
 * Every tab without sideways scrolling and with every control inside the pane; an axe-core check
 * of every tab with no serious or critical violation; keyboard focus after each action; the
 * Aturan error path; the task-pane page opened outside Excel. Screenshots go to
 * test-results/screenshots/ (and to docs/ with UPDATE_DOCS_SCREENSHOT=1).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS, usePlaygroundSession } from "./playgroundPage";

const DOCS = join(__dirname, "..", "..", "docs");
const TABS = ["Validasi", "Pagu", "Bandingkan", "Templat", "Aturan"] as const;

const session = usePlaygroundSession();

async function openPane(width: number, query = ""): Promise<Page> {
  const page = await session().open(`?view=pane${query}`);
  await page.setViewportSize({ width, height: 800 });
  return page;
}

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

/** Controls whose box leaves the window sideways (label: left..right px). */
async function controlsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "button, select, input:not([type=file]), a[href], [role=tab], textarea";
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.right > window.innerWidth + 0.5)
      .map(({ el, box }) => `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}": ${box.left}..${box.right}`);
  });
}

/**
 * How far the page scrolls sideways once its layout has settled. A notice that slides in is
 * transformed for a moment and counts as overflow in Chromium while it moves (seen once in CI,
 * 704 px on Bandingkan at 450 px): wait up to 5 s for no overflow, then measure, so an overflow
 * that stays still fails the test.
 */
async function horizontalOverflow(page: Page): Promise<number> {
  await page
    .waitForFunction(() => document.scrollingElement!.scrollWidth <= window.innerWidth, undefined, { timeout: 5_000 })
    .catch(() => undefined);
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent's tabster puts invisible focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>)
    // at the edges of focus groups; they pass focus on at once and are no content to announce.
    const { violations } = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}
interface AxeViolation {
  id: string;
  impact?: string;
  nodes: { target: string[] }[];
}

/** Shows every tab's full content: Validasi and Pagu after a run, Aturan with a load error. */
async function fillTab(page: Page, name: (typeof TABS)[number]): Promise<void> {
  await tab(page, name).click();
  if (name === "Validasi" && (await page.locator("[data-code]").count()) === 0) {
    await button(page, "Periksa usulan").click();
    await page.locator("[data-code]").first().waitFor();
  }
  if (name === "Bandingkan") {
    await button(page, "Cari lembar RK").click();
    await page.waitForFunction(() => !document.querySelector('[aria-disabled="true"]'));
  }
  if (name === "Aturan") {
    await page.getByTestId("ruleset-file").setInputFiles({
      name: "rusak.json",
      mimeType: "application/json",
      buffer: Buffer.from('{\n  "title": "x",\n  "menus": [1 2]\n}'),
    });
    await page.getByRole("alert").waitFor();
  }
}

describe.each([320, 450])("the task pane at %i px", (width) => {
  it("scrolls no tab sideways and keeps every control inside the pane, with no serious axe violation", async () => {
    const page = await openPane(width);
    for (const name of TABS) {
      await fillTab(page, name);
      expect({ tab: name, overflow: await horizontalOverflow(page) }).toEqual({ tab: name, overflow: 0 });
      expect({ tab: name, outside: await controlsOutside(page) }).toEqual({ tab: name, outside: [] });
      expect({ tab: name, axe: await seriousViolations(page) }).toEqual({ tab: name, axe: [] });
      const file = join(SCREENSHOTS, `pane-${width}-${name.toLowerCase()}.png`);
      await page.screenshot({ path: file });
      if (process.env.UPDATE_DOCS_SCREENSHOT === "1" && width === 320) {
        copyFileSync(file, join(DOCS, `screenshot-${width}-${name.toLowerCase()}.png`));
      }
    }
    await page.close();
  });
});

describe("keyboard focus and announcements", () => {
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  const announced = (page: Page) => page.getByTestId("announcer").textContent();

  it("keeps focus on Validasi, Tandai sel and Sisipkan after Enter, and announces each outcome", async () => {
    const page = await openPane(320);
    await button(page, "Periksa usulan").focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-code]").first().waitFor();
    expect(await focusedText(page)).toBe("Periksa usulan");
    await page.waitForFunction(() =>
      /kesalahan/.test(document.querySelector('[data-testid="announcer"]')!.textContent!),
    );

    await button(page, "Tandai sel").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      /5 sel ditandai/.test(document.querySelector('[data-testid="announcer"]')!.textContent!),
    );
    expect(await focusedText(page)).toBe("Tandai sel");

    await tab(page, "Templat").click();
    const insert = page.locator('[data-template="rk"]').getByRole("button");
    await insert.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      /ditambahkan/.test(document.querySelector('[data-testid="announcer"]')!.textContent!),
    );
    expect(await focusedText(page)).toBe("Sisipkan");
    expect(await announced(page)).toMatch(/^Lembar ".+" ditambahkan\.$/);
    await page.close();
  });

  it("moves focus to the result when the run started on the Pagu tab", async () => {
    const page = await openPane(320);
    await tab(page, "Pagu").click();
    await button(page, "Periksa usulan").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("pagu-result").waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "pagu-result");
    await page.close();
  });
});

describe("Aturan error path", () => {
  it("shows a broken JSON file's error at the top of the tab in plain Indonesian", async () => {
    const page = await openPane(320);
    await fillTab(page, "Aturan");
    const alert = page.getByRole("alert");
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("Berkas ini bukan JSON yang sah: ada kesalahan tulis di baris 3, kolom 15");
    expect(text).not.toMatch(/Expected|position|JSON at|Unexpected/);
    // seen without scrolling: the alert starts inside the first screenful
    const box = await alert.boundingBox();
    expect(box!.y + 20).toBeLessThan(800);

    await page.getByRole("textbox", { name: "Nama lembar berisi aturan (JSON)" }).fill("Tidak Ada");
    await button(page, "Muat dari lembar").click();
    await page.getByText('Lembar "Tidak Ada" tidak ada di buku kerja ini.', { exact: false }).first().waitFor();
    await page.close();
  });
});

describe("the task-pane page outside Excel", () => {
  it.each([
    ["Office's script blocked", undefined],
    [
      "Office's script in a plain browser (no host)",
      "window.Office = { onReady: (cb) => Promise.resolve(cb && cb({ host: null, platform: null })) };",
    ],
  ])("explains what it is and links to the playground: %s", async (_label, officeStub) => {
    const page = await session().browser.newPage({ viewport: { width: 320, height: 800 }, locale: "id-ID" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      officeStub === undefined
        ? route.abort()
        : route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub }),
    );
    await page.goto(`${session().baseUrl}/taskpane.html`);
    await page.getByRole("heading", { name: "DAK IKM — add-in Excel" }).waitFor();
    expect(await page.getByText(/Buka dari Excel/).count()).toBe(1);
    expect(await page.getByRole("link", { name: /playground/ }).getAttribute("href")).toBe("playground.html");
    // the pane's own code never crashes (the custom functions cannot register without Excel)
    expect(errors.filter((e) => !/CustomFunctions/.test(e))).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "outside-excel.png") });
    await page.close();
  });
});

describe("marking a very large result", () => {
  it("marks about 26,000 findings in batches with progress, and removes them all again", async () => {
    // 20,000 lines of the sample with planted problems: every repeated line is also a duplicate
    const page = await openPane(450, "&lines=20000&latency=20");
    const before = await page.evaluate(() => window.__playground!.fake.snapshot());
    await button(page, "Periksa usulan").click();
    await page.locator("[data-code]").first().waitFor({ timeout: 120_000 });
    const findings = await page.evaluate(() => {
      const text = document.querySelector("main")!.textContent!;
      const m = /([\d.]+) kesalahan, ([\d.]+) peringatan, ([\d.]+) informasi/.exec(text)!;
      return m.slice(1).reduce((sum, n) => sum + Number(n.replace(/\./g, "")), 0);
    });
    expect(findings).toBeGreaterThan(25_000);

    await button(page, "Tandai sel").click();
    await page.getByText(/^Menandai sel [\d.]+ dari [\d.]+…$/).waitFor();
    // .first(): the notice; the screen-reader announcer repeats it
    await page
      .getByText(/sel ditandai\. "Hapus tanda"/)
      .first()
      .waitFor({ timeout: 120_000 });
    const marks = await page.evaluate(
      () => window.__playground!.fake.model.sheets.flatMap((s) => s.conditionalFormats).length,
    );
    expect(marks).toBeGreaterThan(20_000);
    expect(await page.getByRole("alert").count()).toBe(0);

    await button(page, "Hapus tanda").click();
    await page
      .getByText(/tanda dihapus/)
      .first()
      .waitFor({ timeout: 120_000 });
    const after = await page.evaluate(() => window.__playground!.fake.snapshot());
    expect(after.replace(/"selection":\s*"[^"]*"/g, "")).toBe(before.replace(/"selection":\s*"[^"]*"/g, ""));
    await page.close();
  }, 300_000);
});
