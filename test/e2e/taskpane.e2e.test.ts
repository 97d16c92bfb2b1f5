/**
 * The task pane in real Chromium, against the built playground (in-memory workbook with the five
 * planted problems): validate, jump to a cell, mark and unmark (the workbook JSON back to its
 * snapshot), insert a template twice, switch to English; screenshots of each tab go to
 * test-results/screenshots/.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS, grid, pane, snapshot, usePlaygroundSession, withoutSelection } from "./playgroundPage";

const DOCS_SCREENSHOT = join(__dirname, "..", "..", "docs", "screenshot-validasi.png");

const session = usePlaygroundSession();

async function validate(page: Page, label = "Periksa usulan"): Promise<void> {
  await pane(page).getByRole("button", { name: label, exact: true }).click();
  await pane(page).locator("[data-code]").first().waitFor();
}

describe("task pane in the playground (Chromium)", () => {
  it("validates the sample and shows the five planted findings, grouped by severity", async () => {
    const page = await session().open();
    await validate(page);
    const findings = await pane(page)
      .locator("[data-code]")
      .evaluateAll((els) => els.map((el) => `${el.getAttribute("data-code")}@${el.getAttribute("data-cell")}`));
    expect(findings.sort()).toEqual([
      "AMOUNT_MISMATCH@H17",
      "HONOR_NOT_ALLOWED@D28",
      "NUMBER_AS_TEXT@G24",
      "PENUNJANG_METHOD@C27",
      "SATUAN_INVALID@F21",
    ]);
    // the groups' sizes add up to the five, and the summary line says the same counts
    const errors = await pane(page)
      .getByRole("region", { name: /Kesalahan/ })
      .locator("[data-code]")
      .count();
    const warnings = await pane(page)
      .getByRole("region", { name: /Peringatan/ })
      .locator("[data-code]")
      .count();
    expect(errors + warnings).toBe(5);
    expect(errors).toBeGreaterThan(0);
    expect(await pane(page).getByTestId("summary").textContent()).toBe(
      `${errors} kesalahan, ${warnings} peringatan, 0 informasi`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, "validasi.png") });
    // The README's picture is refreshed on request only, so a test run never dirties the tree.
    if (process.env.UPDATE_DOCS_SCREENSHOT === "1") copyFileSync(join(SCREENSHOTS, "validasi.png"), DOCS_SCREENSHOT);
    await page.close();
  });

  it("moves the selection to a finding's cell when it is clicked, and with the keyboard", async () => {
    const page = await session().open();
    await validate(page);
    await pane(page).locator('[data-code="SATUAN_INVALID"]').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="grid-view"]')?.getAttribute("data-selection") === "F21",
    );
    expect(await grid(page).locator("td[data-selected]").getAttribute("data-cell")).toBe("F21");

    await pane(page).locator('[data-code="HONOR_NOT_ALLOWED"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector('[data-testid="grid-view"]')?.getAttribute("data-selection") === "D28",
    );
    await page.close();
  });

  it("marks the finding cells and removes the marks, leaving the workbook exactly as before", async () => {
    const page = await session().open();
    const before = await snapshot(page);
    await validate(page);
    await pane(page).getByRole("button", { name: "Tandai sel" }).click();
    await pane(page)
      .getByText(/5 sel ditandai/)
      .first() // the notice; the screen-reader announcer repeats it
      .waitFor();
    expect(await snapshot(page)).not.toBe(before);
    const marked = await grid(page)
      .locator("td[data-marked]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-cell")));
    expect(marked.sort()).toEqual(["C27", "D28", "F21", "G24", "H17"]);
    await page.screenshot({ path: join(SCREENSHOTS, "validasi-tandai.png") });

    await pane(page).getByRole("button", { name: "Hapus tanda" }).click();
    await pane(page)
      .getByText(/5 tanda dihapus/)
      .first() // the notice; the screen-reader announcer repeats it
      .waitFor();
    expect(await grid(page).locator("td[data-marked]").count()).toBe(0);
    // selection is view state, not the user's data: compare everything else byte for byte
    expect(withoutSelection(await snapshot(page))).toBe(withoutSelection(before));
    await page.close();
  });

  it("shows the budget on the Pagu tab", async () => {
    const page = await session().open();
    await pane(page).getByRole("tab", { name: "Pagu" }).click();
    await pane(page).getByRole("button", { name: "Periksa usulan" }).click();
    await pane(page).getByText("Porsi per menu").waitFor();
    expect(await pane(page).locator('[data-figure="pagu"]').textContent()).toBe("Rp3.957.150.000");
    expect(await pane(page).locator('[data-figure="sisa"]').textContent()).toBe("Rp0");
    expect(
      await pane(page)
        .getByText(/3,35% dari pagu \(batas 5%\)/)
        .count(),
    ).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, "pagu.png") });
    await page.close();
  });

  it("inserts a template twice as two new sheets, leaving the sample sheet untouched", async () => {
    const page = await session().open();
    const sheetBefore = await page.evaluate(() =>
      JSON.stringify(
        JSON.parse(
          (window as unknown as { __playground: { fake: { snapshot(): string } } }).__playground.fake.snapshot(),
        ).sheets[0],
      ),
    );
    await pane(page).getByRole("tab", { name: "Templat" }).click();
    const insertRk = pane(page).locator('[data-template="rk"]').getByRole("button");
    await insertRk.click();
    await pane(page)
      .getByText(/ditambahkan/)
      .first() // the notice; the screen-reader announcer repeats it
      .waitFor();
    await insertRk.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="grid-view"] [role="tab"]').length === 3);
    const tabs = await grid(page).getByRole("tab").allTextContents();
    expect(tabs).toHaveLength(3);
    expect(tabs[0]).toContain("RK");
    expect(new Set(tabs).size).toBe(3);
    const sheetAfter = await page.evaluate(() =>
      JSON.stringify(
        JSON.parse(
          (window as unknown as { __playground: { fake: { snapshot(): string } } }).__playground.fake.snapshot(),
        ).sheets[0],
      ),
    );
    expect(withoutSelection(sheetAfter)).toBe(withoutSelection(sheetBefore));
    await page.screenshot({ path: join(SCREENSHOTS, "template.png") });
    await page.close();
  });

  it("shows the rules with their status on the Aturan tab", async () => {
    const page = await session().open();
    await pane(page).getByRole("tab", { name: "Aturan" }).click();
    await pane(page).getByRole("list", { name: "Aturan yang berlaku" }).waitFor();
    expect(await pane(page).getByText("terverifikasi").count()).toBeGreaterThan(0);
    expect(await pane(page).getByText("asumsi").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, "aturan.png") });
    await page.close();
  });

  it("switches to English", async () => {
    const page = await session().open();
    await page.getByTestId("language").selectOption("en");
    await pane(page).getByRole("tab", { name: "Rules" }).waitFor();
    await validate(page, "Check proposal");
    expect(await pane(page).locator("[data-code]").count()).toBe(5);
    expect(await pane(page).getByTestId("summary").textContent()).toMatch(/^\d+ errors?, \d+ warnings?, 0 notes$/);
    expect(await pane(page).getByRole("button", { name: "Mark cells" }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, "validate-en.png") });
    await page.close();
  });
});
