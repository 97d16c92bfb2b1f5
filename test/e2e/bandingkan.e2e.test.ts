/**
 * The Bandingkan tab in real Chromium, over the playground with a second RK sheet (`?revisi=1`:
 * "RK Perubahan", the sample RK with the second line's volume and the first line's lokasi
 * changed): find the sheets, compare, click a change to land on its cell in the other sheet,
 * mark and unmark (the workbook back to its snapshot), and no horizontal scrolling at 320 px.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS, grid, pane, snapshot, usePlaygroundSession, withoutSelection } from "./playgroundPage";

const session = usePlaygroundSession();

async function compare(page: Page): Promise<string[]> {
  await pane(page).getByRole("tab", { name: "Bandingkan" }).click();
  await pane(page).getByRole("button", { name: "Cari lembar RK" }).click();
  await pane(page).getByRole("button", { name: "Bandingkan", exact: true }).click();
  await pane(page).locator("[data-change]").first().waitFor();
  return pane(page)
    .locator("[data-change]")
    .evaluateAll((els) =>
      els.map(
        (el) => `${el.getAttribute("data-change")}@${el.getAttribute("data-sheet")}!${el.getAttribute("data-cell")}`,
      ),
    );
}

describe("Bandingkan tab in the playground (Chromium)", () => {
  it("compares RK with RK Perubahan: the two changed lines, both needing renewed approval", async () => {
    const page = await session().open("?revisi=1");
    expect(await compare(page)).toEqual(["changed@RK Perubahan!J14", "changed@RK Perubahan!E15"]);
    const status = await pane(page).getByRole("status").first().textContent();
    expect(status).toContain("2 baris berubah: 0 baru, 0 dihapus, 2 diubah.");
    expect(status).toContain("2 perubahan perlu persetujuan ulang");
    expect(await pane(page).getByText("perlu persetujuan ulang", { exact: true }).count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, "bandingkan.png") });
    await page.close();
  });

  it("selects a change's cell in the other sheet when it is clicked", async () => {
    const page = await session().open("?revisi=1");
    await compare(page);
    await pane(page).locator('[data-change][data-cell="E15"]').click();
    await page.waitForFunction(() => {
      const g = document.querySelector('[data-testid="grid-view"]');
      return g?.getAttribute("data-active-sheet") === "RK Perubahan" && g?.getAttribute("data-selection") === "E15";
    });
    expect(await grid(page).getAttribute("data-selection")).toBe("E15");
    await page.close();
  });

  it("marks the changed cells and removes the marks, leaving the workbook exactly as before", async () => {
    const page = await session().open("?revisi=1");
    const before = await snapshot(page);
    await compare(page);
    await pane(page).getByRole("button", { name: "Tandai sel yang berubah" }).click();
    // J14 (lokasi), E15 (volume): approval; H15 (jumlah): info.
    await pane(page)
      .getByRole("tabpanel", { name: "Bandingkan" }) // the notice; the screen-reader announcer repeats it
      .getByText(/3 sel ditandai/)
      .waitFor();
    expect(await snapshot(page)).not.toBe(before);
    await pane(page).getByRole("button", { name: "Hapus tanda" }).click();
    await pane(page)
      .getByRole("tabpanel", { name: "Bandingkan" }) // the notice; the screen-reader announcer repeats it
      .getByText(/3 tanda dihapus/)
      .waitFor();
    expect(withoutSelection(await snapshot(page))).toBe(withoutSelection(before));
    await page.close();
  });

  it("fits the pane's narrowest width (320 px) without horizontal scrolling", async () => {
    const page = await session().open("?revisi=1");
    await compare(page);
    const width = await pane(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    await page.setViewportSize({ width: 320, height: 800 });
    const narrow = await pane(page).evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(width.scroll).toBeGreaterThan(0);
    expect(narrow).toBe(true);
    await page.close();
  });
});
