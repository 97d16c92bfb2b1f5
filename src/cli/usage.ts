/** Usage errors and the shared checks of --ta and --rules. */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { bundledSpans } from "../core/rules/bundled";
import { loadRuleset } from "../core/rules/load-ruleset";
import type { Ruleset } from "../core/rules/ruleset";
import type { UsageError } from "./args";
import type { CliIO } from "./io";
import { t, type Lang, type MessageKey } from "./messages";

/** Usage errors about a fiscal year: they list the years the bundled rulesets cover. */
const YEAR_KEYS: ReadonlySet<MessageKey> = new Set<MessageKey>(["usage.badTa", "usage.badDiff"]);

export function usageError(io: Pick<CliIO, "stderr">, lang: Lang, error: UsageError): number {
  const params = YEAR_KEYS.has(error.key) ? { ...error.params, available: availableTas() } : error.params;
  io.stderr.write(`dak: ${t(lang, error.key, params)}\n`);
  if (error.command) io.stderr.write(`${t(lang, "usage.seeHelp", { command: error.command })}\n`);
  return 2;
}

/** The fiscal years the bundled rulesets cover ("2020, 2021, 2022, 2023, 2024–2027"). */
export function availableTas(): string {
  return bundledSpans()
    .map((r) => (r.taTo > r.ta ? `${r.ta}–${r.taTo}` : String(r.ta)))
    .join(", ");
}

/** Larger than any real ruleset (ta2020.json is a few tens of kB) by far. */
const MAX_RULES_FILE_BYTES = 5 * 1024 * 1024;

/** A --rules file: its JSON (sent to the pool's workers) and the ruleset it gives. */
export interface RulesOption {
  readonly json: unknown;
  readonly ruleset: Ruleset;
}

/**
 * Reads and checks the ruleset file of --rules (relative to the working folder). When it cannot be
 * read or is not a valid ruleset, says why on stderr (every problem with its JSON path) and gives
 * undefined: the command then exits 2.
 */
export async function readRulesOption(rules: string, io: CliIO, lang: Lang): Promise<RulesOption | undefined> {
  const fail = (key: MessageKey, detail: string, problems: readonly string[] = []): undefined => {
    io.stderr.write(`dak: ${t(lang, key, { path: rules, detail })}\n${problems.map((x) => `  ${x}\n`).join("")}`);
    return undefined;
  };
  let json: unknown;
  try {
    const path = resolve(io.cwd, rules);
    const info = await stat(path);
    if (info.size > MAX_RULES_FILE_BYTES) return fail("usage.rulesUnreadable", `> ${MAX_RULES_FILE_BYTES} bytes`);
    // Notepad and Excel's "UTF-8" export start the file with a byte order mark; JSON.parse refuses it.
    json = JSON.parse((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail("usage.rulesUnreadable", (e as Error).message);
  }
  const loaded = loadRuleset(json);
  if (!loaded.ok) {
    return fail(
      "usage.rulesInvalid",
      "",
      loaded.problems.map((x) => `${x.path || "/"}: ${x.message}`),
    );
  }
  return { json, ruleset: loaded.ruleset };
}
