/** Usage errors and the shared checks of --ta and --rules. */
import { readFile, stat } from "node:fs/promises";
import { BUNDLED_RULESETS } from "../core/rules/bundled";
import { loadRuleset } from "../core/rules/load-ruleset";
import type { UsageError } from "./args";
import type { CliIO } from "./io";
import { t, type Lang, type MessageKey } from "./messages";

export function usageError(io: CliIO, lang: Lang, error: UsageError): number {
  const params = error.key === "usage.badTa" ? { ...error.params, available: availableTas() } : error.params;
  io.stderr.write(`dak: ${t(lang, error.key, params)}\n`);
  if (error.command) io.stderr.write(`${t(lang, "usage.seeHelp", { command: error.command })}\n`);
  return 2;
}

export function availableTas(): string {
  return Object.keys(BUNDLED_RULESETS).join(", ");
}

export type RulesFileResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly key: MessageKey; readonly detail: string; readonly problems: readonly string[] };

/** Reads and checks a ruleset JSON file (--rules); every problem is listed with its JSON path. */
export async function rulesetFromFile(path: string, maxBytes: number): Promise<RulesFileResult> {
  let json: unknown;
  try {
    const info = await stat(path);
    if (info.size > maxBytes)
      return { ok: false, key: "usage.rulesUnreadable", detail: `> ${maxBytes} bytes`, problems: [] };
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    return { ok: false, key: "usage.rulesUnreadable", detail: (e as Error).message, problems: [] };
  }
  const loaded = loadRuleset(json);
  if (!loaded.ok) {
    return {
      ok: false,
      key: "usage.rulesInvalid",
      detail: "",
      problems: loaded.problems.map((x) => `${x.path || "/"}: ${x.message}`),
    };
  }
  return { ok: true, json };
}
