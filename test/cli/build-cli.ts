/**
 * Builds the CLI bundle once for the process tests into a private folder under node_modules/.cache,
 * so that other builds of dist/ running at the same time cannot clean it away under the tests.
 * (From there, `require("exceljs")` still finds the project's node_modules.)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");

export function buildCli(): string {
  const out = join(ROOT, "node_modules/.cache/dak-cli-test", String(process.pid));
  mkdirSync(out, { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--config",
      "webpack.node.config.js",
      "--config-name",
      "cli",
      "--output-path",
      out,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  const bundle = join(out, "dak.js");
  if (!existsSync(bundle)) throw new Error(`build produced no ${bundle}`);
  return bundle;
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
