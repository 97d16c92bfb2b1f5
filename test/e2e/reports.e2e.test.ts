/**
 * The --report pages in headless Chromium (issue 14): a national validate report (106 kab/kota
 * with an allocation table) and an evaluasi report (42 kab/kota sentra). Each opens with no
 * console message of level error or warning and no request besides the file itself, has its
 * charts, fits a phone's width without sideways scrolling of the page, and prints to an A4 PDF.
 * With DAK_SCREENSHOTS=1 it also writes the README's screenshots into docs/ (screen, and page 1
 * of the print: Chromium's own PDF rendered by pdftoppm when poppler-utils is installed, else the
 * page in print media at A4 size).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import type { CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/run";
import { writeRkSet } from "../national/rk-set";
import { writeSentraSet } from "../national/sentra-set";
import { CHROMIUM } from "./playgroundBrowser";

const dir = mkdtempSync(join(tmpdir(), "dak-report-"));
const DOCS = join(__dirname, "../../docs");
const SHOTS = process.env.DAK_SCREENSHOTS === "1";
let browser: Browser;

const io = (cwd: string): CliIO => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  cwd,
  color: false,
  cpus: 1,
  now: () => 0,
});

beforeAll(async () => {
  mkdirSync(join(dir, "rk"));
  mkdirSync(join(dir, "sentra"));
  await writeRkSet(join(dir, "rk"));
  await writeSentraSet(join(dir, "sentra"));
  const html = (name: string) => join(dir, name);
  await run(
    ["validate", join(dir, "rk"), "--alokasi", join(dir, "rk", "alokasi.xlsx"), "--report", html("validasi.html")],
    io(dir),
  );
  await run(["evaluasi", join(dir, "sentra"), "--report", html("evaluasi.html")], io(dir));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(
  file: string,
  width: number,
  height: number,
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: "load" });
  return { page, problems, requests };
}

describe.each([
  ["validasi.html", "report-validasi", 4],
  ["evaluasi.html", "report-evaluasi", 7],
])("%s", (file, shot, charts) => {
  it("opens at 1366 px with no console error and no request, with its charts in Indonesian numbers", async () => {
    const { page, problems, requests } = await open(file, 1366, 900);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(join(dir, file)).href]);
    expect(await page.locator("svg.chart").count()).toBe(charts);
    const text = await page.locator("svg.chart").first().textContent();
    expect(text).toMatch(/\d/);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(DOCS, `${shot}.png`) });
    await page.close();
  });

  it("is readable on a phone: no sideways scrolling of the page", async () => {
    const { page } = await open(file, 390, 844);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("td")!).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it("prints to A4", async () => {
    const { page } = await open(file, 1366, 900);
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThan(0);
    if (SHOTS) {
      const pdfPath = join(dir, `${shot}.pdf`);
      writeFileSync(pdfPath, pdf);
      if (existsSync("/usr/bin/pdftoppm")) {
        execFileSync("/usr/bin/pdftoppm", [
          "-png",
          "-r",
          "80",
          "-f",
          "1",
          "-l",
          "1",
          "-singlefile",
          pdfPath,
          join(DOCS, `${shot}-print`),
        ]);
      } else {
        await page.emulateMedia({ media: "print" });
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.screenshot({ path: join(DOCS, `${shot}-print.png`) });
      }
      expect(readFileSync(join(DOCS, `${shot}-print.png`)).length).toBeGreaterThan(1000);
    }
    await page.close();
  });
});
