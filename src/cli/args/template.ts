/** `dak template <id> --out FILE.xlsx [--ta N] [--force]`: the id is checked by the command. */
import { noExtraPositionals, readTa, usage, type CommandSpec } from "./spec";

export interface TemplateArgs {
  readonly command: "template";
  readonly id: string;
  readonly out: string;
  readonly ta?: number;
  readonly force: boolean;
}

export const templateSpec: CommandSpec<TemplateArgs> = {
  name: "template",
  options: { out: { type: "string" }, ta: { type: "string" }, force: { type: "boolean" } },
  build(o) {
    const id = o.positionals[0];
    if (id === undefined) usage("template", "usage.noTemplate");
    noExtraPositionals(o, "template", 1);
    const out = o.values.get("out");
    if (out === undefined) usage("template", "usage.noOut");
    if (!/\.xlsx$/i.test(out)) usage("template", "usage.outNotXlsx", { path: out });
    return { command: "template", id, out, ta: readTa(o, "template"), force: o.flags.has("force") };
  },
};
