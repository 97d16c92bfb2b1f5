/**
 * Serves the built dist/ over plain http on 127.0.0.1 and opens the playground in headless Debian
 * Chromium (playwright-core, never a downloaded browser). The Office.js CDN request is answered by
 * a stub so nothing leaves the machine. Shared by the browser tests and the e2e benchmark.
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";

export const DIST = join(__dirname, "..", "..", "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

/** Why the browser tests cannot run here, or undefined when they can. */
export function missingPrerequisite(): string | undefined {
  if (!existsSync(join(DIST, "playground.html"))) return "dist/playground.html is missing: run `npm run build` first";
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: apt-get install chromium`;
  return undefined;
}

export interface PlaygroundSession {
  readonly browser: Browser;
  readonly baseUrl: string;
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startPlayground(): Promise<PlaygroundSession> {
  const server = await serveDist();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    baseUrl,
    async open(query = "") {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
      await page.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/javascript",
          body: "/* Office.js stub: the playground installs its own host */",
        }),
      );
      await page.goto(`${baseUrl}/playground.html${query}`);
      await page.waitForFunction(() => window.__playground?.ready === true);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveDist(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(DIST, path === "/" ? "playground.html" : path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
