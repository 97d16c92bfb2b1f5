/** `dak rules [--ta N] [--rules FILE] [--format table|json]` */
import { noExtraPositionals, readChoice, readTa, type CommandSpec } from "./spec";

export interface RulesArgs {
  readonly command: "rules";
  readonly ta?: number;
  readonly rules?: string;
  readonly format: "table" | "json";
}

export const rulesSpec: CommandSpec<RulesArgs> = {
  name: "rules",
  options: { ta: { type: "string" }, rules: { type: "string" }, format: { type: "string" } },
  build(o) {
    noExtraPositionals(o, "rules", 0);
    return {
      command: "rules",
      ta: readTa(o, "rules"),
      rules: o.values.get("rules"),
      format: readChoice(o, "format", ["table", "json"] as const, "table"),
    };
  },
};
