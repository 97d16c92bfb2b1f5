/**
 * The CLI bundle for the process tests and the benchmarks, built once per content of its inputs.
 * It lives in node_modules/.cache/dak-cli-test/<hash>, where the hash covers every file under
 * src/ but tests and test helpers (testing/ folders), the webpack and TypeScript configuration
 * and package-lock.json: a fresh clone or any change of a source builds it (webpack, ~10 s); an
 * unchanged tree reuses it. The build writes to a private folder renamed into place, so parallel
 * runs never read a half-written bundle, and other builds of dist/ cannot clean it away under the
 * tests. (From there, `require("exceljs")` still finds the project's node_modules.)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = join(__dirname, "../..");
const CACHE = join(ROOT, "node_modules/.cache/dak-cli-test");
const INPUTS = ["webpack.node.config.js", "tsconfig.json", "package-lock.json"];
/** Bundles of other source states kept besides the current one (other worktrees, branches). */
const KEEP = 4;

export function buildCli(): string {
  const out = join(CACHE, inputsHash());
  const bundle = join(out, "dak.js");
  if (existsSync(bundle)) {
    const now = new Date();
    utimesSync(out, now, now); // most recently used, for prune()
    return bundle;
  }
  const building = `${out}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--config",
      "webpack.node.config.js",
      "--config-name",
      "cli",
      "--output-path",
      building,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  if (!existsSync(join(building, "dak.js"))) throw new Error(`build produced no ${join(building, "dak.js")}`);
  try {
    renameSync(building, out);
  } catch (error) {
    // Another run put the same bundle in place first: use it.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(bundle)) throw error;
  }
  prune(out);
  return bundle;
}

/** SHA-256 over the bundle's inputs: paths and contents, in a fixed order. */
export function inputsHash(): string {
  const hash = createHash("sha256");
  const files = [...sourceFiles(join(ROOT, "src")), ...INPUTS.map((f) => join(ROOT, f))];
  for (const file of files) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(path);
      return /\.test\.tsx?$/.test(entry.name) ? [] : [path];
    });
}

/**
 * Removes all but the most recently used bundles, and anything else (an abandoned build, a folder
 * of an older helper that may still be in use) only once it is over an hour old.
 */
function prune(current: string): void {
  const entries = readdirSync(CACHE).map((name) => ({ name, path: join(CACHE, name) }));
  const isBundle = (name: string) => /^[0-9a-f]{16}$/.test(name);
  const abandoned = entries.filter((e) => !isBundle(e.name) && ageMs(e.path) > 3_600_000);
  const bundles = entries
    .filter((e) => isBundle(e.name) && e.path !== current)
    .sort((a, b) => ageMs(a.path) - ageMs(b.path));
  for (const old of [...abandoned, ...bundles.slice(KEEP)]) rmSync(old.path, { recursive: true, force: true });
}

function ageMs(path: string): number {
  return Date.now() - statSync(path).mtimeMs;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(bundle: string, args: readonly string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
