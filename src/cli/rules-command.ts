/**
 * `dak rules`: the ruleset the checks use, as a readable listing or as its JSON (which an official
 * can edit and pass back with --rules); with --diff YEAR, what differs from YEAR's (rules-diff.ts).
 */
import { formatPercent } from "../core/i18n/numbers";
import { getRuleset } from "../core/rules/bundled";
import { RULE_CODES } from "../core/rules/registry";
import type { Ruleset } from "../core/rules/ruleset";
import type { RulesArgs } from "./args";
import { rulesDiffOutput, rulesetYears } from "./rules-diff";
import type { CliIO } from "./io";
import { t, type Lang } from "./messages";
import { availableTas, readRulesOption, usageError } from "./usage";

export async function runRules(args: RulesArgs, io: CliIO, lang: Lang): Promise<number> {
  let ruleset: Ruleset | undefined;
  if (args.rules !== undefined) {
    const loaded = await readRulesOption(args.rules, io, lang);
    if (!loaded) return 2;
    ruleset = loaded.ruleset;
  } else {
    ruleset = getRuleset(args.ta);
  }
  if (!ruleset) {
    return usageError(io, lang, {
      key: "usage.badTa",
      params: { value: String(args.ta ?? ""), available: availableTas() },
      command: "rules",
    });
  }
  if (args.diff !== undefined) {
    const since = getRuleset(args.diff);
    if (!since) {
      return usageError(io, lang, { key: "usage.badDiff", params: { value: String(args.diff) }, command: "rules" });
    }
    const toYear = args.ta !== undefined ? String(args.ta) : rulesetYears(ruleset);
    const sides = { from: since, to: ruleset, fromYear: String(args.diff), toYear };
    io.stdout.write(rulesDiffOutput(sides, args.format, lang));
    return 0;
  }
  io.stdout.write(args.format === "json" ? `${JSON.stringify(ruleset, null, 2)}\n` : rulesListing(ruleset, lang));
  return 0;
}

function rulesListing(r: Ruleset, lang: Lang): string {
  const out: string[] = [t(lang, "rules.title", { title: r.title, ta: String(r.ta), version: r.version }), ""];
  out.push(t(lang, "rules.menus"));
  for (const m of r.menus) {
    out.push(`  ${m.name}`);
    for (const x of m.rincian) {
      const metode = x.physicalMetode?.length ? `; ${t(lang, "rules.metode")}: ${x.physicalMetode.join(", ")}` : "";
      out.push(`    - ${x.name} (${t(lang, "rules.satuan")}: ${x.satuan.join(", ")}${metode})`);
    }
  }
  out.push("", t(lang, "rules.thresholds"));
  out.push(`  ${t(lang, "rules.penunjangCap", { share: formatPercent(r.thresholds.penunjangMaxShare, lang) })}`);
  out.push(`  ${t(lang, "rules.underused", { share: formatPercent(r.thresholds.paguUnderusedBelow, lang) })}`);
  out.push(`  ${t(lang, "rules.sentraMin", { units: r.thresholds.sentraMinUnits })}`);
  out.push("", t(lang, "rules.rules"));
  const ids = Object.keys(r.rules) as (keyof Ruleset["rules"])[];
  const idWidth = Math.max(...ids.map((id) => id.length));
  const codeWidth = Math.max(...ids.map((id) => RULE_CODES[id].length));
  for (const id of ids) {
    const rule = r.rules[id];
    const severity = rule.enabled === false ? t(lang, "rules.off") : t(lang, `severity.${rule.severity}`);
    const status = t(lang, `rules.status.${rule.status}`);
    out.push(
      `  ${id.padEnd(idWidth)}  ${RULE_CODES[id].padEnd(codeWidth)}  ${severity.padEnd(10)}  ${status.padEnd(13)}  ${rule.basis ?? ""}`.trimEnd(),
    );
  }
  return `${out.join("\n")}\n`;
}
