/** `dak rules [--ta N] [--rules FILE] [--diff N] [--format table|json | --json]` */
import { noExtraPositionals, readChoice, readTa, readYear, type CommandSpec } from "./spec";

export interface RulesArgs {
  readonly command: "rules";
  readonly ta?: number;
  readonly rules?: string;
  /** `--diff 2022`: what differs between the ruleset of that year and the one shown. */
  readonly diff?: number;
  readonly format: "table" | "json";
}

export const rulesSpec: CommandSpec<RulesArgs> = {
  name: "rules",
  options: {
    ta: { type: "string" },
    rules: { type: "string" },
    diff: { type: "string" },
    format: { type: "string" },
    // `--json` = `--format json` (the short form the diff's users ask for).
    json: { type: "boolean" },
  },
  build(o) {
    noExtraPositionals(o, "rules", 0);
    return {
      command: "rules",
      ta: readTa(o, "rules"),
      rules: o.values.get("rules"),
      diff: readYear(o, "diff", "rules", "usage.badDiff"),
      format: o.flags.has("json") ? "json" : readChoice(o, "format", ["table", "json"] as const, "table"),
    };
  },
};
