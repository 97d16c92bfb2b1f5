/**
 * Checks of what `npm run build` ships in dist/ (run after the build, by `npm run test:e2e`):
 * the shared-runtime page, the generated custom functions metadata, the manifest with production
 * URLs only, and no eval in shipped JavaScript.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const dist = join(__dirname, "..", "..", "dist");
const read = (name: string): string => readFileSync(join(dist, name), "utf8");

describe("production build output", () => {
  beforeAll(() => {
    if (!existsSync(join(dist, "manifest.xml"))) throw new Error("dist/ is missing: run `npm run build` first");
  });

  it("loads functions, commands and task pane in the one shared-runtime page", () => {
    const html = read("taskpane.html");
    // The minified page may drop attribute quotes.
    const scripts = Array.from(html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g), (m) => m[1]);
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "commands.js", "taskpane.js"]));
    expect(scripts.some((s) => s.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
  });

  it("generates functions.json with the DAK functions", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: Array<{ id: string; name: string }> };
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toContain("TERBILANG");
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("rewrites every development URL of the manifest to the production URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/);
    const urls = [
      ...Array.from(manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g), (m) => m[1]),
      ...Array.from(manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g), (m) => m[1]),
    ];
    expect(urls.length).toBeGreaterThan(5);
    const origin = new URL(urls[0]).origin;
    for (const u of urls) expect(new URL(u).origin).toBe(origin);
  });

  it("keeps the shipped bundles within their size budgets (gzip)", () => {
    const report = JSON.parse(read("bundle-report.json")) as { bundles: Array<{ asset: string; gzipBytes: number }> };
    const gzip = (asset: string) => report.bundles.find((b) => b.asset === asset)?.gzipBytes ?? Infinity;
    expect(gzip("taskpane.js")).toBeLessThanOrEqual(350 * 1024);
    expect(gzip("functions.js")).toBeLessThanOrEqual(60 * 1024);
  });

  it("builds the dak command as an executable script (npx dak runs it directly)", () => {
    const bin = join(dist, "cli", "dak.js");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  it("ships no eval in its JavaScript", () => {
    const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const file of bundles) expect(read(file)).not.toMatch(/\beval\(/);
  });

  it("exposes the engine as a library through the package's main entry", () => {
    const pkg = JSON.parse(readFileSync(join(dist, "..", "package.json"), "utf8")) as { main: string };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(join(dist, "..", pkg.main)) as typeof import("../../src/index");
    expect(lib.terbilang(2_950_000)).toMatchObject({ ok: true, words: "dua juta sembilan ratus lima puluh ribu" });
    expect(lib.parseRupiah("Rp1,5 M")).toMatchObject({ ok: true, value: 1_500_000_000 });
    expect(lib.formatRupiah(2_950_000, { decimals: 2 })).toBe("Rp2.950.000,00");
    expect(lib.ringkas(400_000_000_000)).toBe("Rp400 miliar");
    const findings = lib.validate(lib.readProposal([]), lib.defaultRuleset());
    expect(findings.map((f) => f.code)).toEqual(["TABLE_NOT_FOUND"]);
    expect(existsSync(join(dist, "lib", "types", "index.d.ts"))).toBe(true);
  });
});
