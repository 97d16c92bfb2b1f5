/** `dak evaluasi PATH… [--out FILE.xlsx] [--report FILE.html] [--format table|json] [--force]` */
import { readChoice, readReportPath, usage, type CommandSpec } from "./spec";

export interface EvaluasiArgs {
  readonly command: "evaluasi";
  readonly paths: readonly string[];
  readonly out?: string;
  readonly report?: string;
  readonly format: "table" | "json";
  readonly force: boolean;
}

export const evaluasiSpec: CommandSpec<EvaluasiArgs> = {
  name: "evaluasi",
  options: {
    out: { type: "string" },
    report: { type: "string" },
    format: { type: "string" },
    force: { type: "boolean" },
  },
  build(o) {
    if (o.positionals.length === 0) usage("evaluasi", "usage.noInput");
    const out = o.values.get("out");
    if (out !== undefined && !/\.xlsx$/i.test(out)) usage("evaluasi", "usage.outNotXlsx", { path: out });
    return {
      command: "evaluasi",
      paths: o.positionals,
      out,
      report: readReportPath(o, "evaluasi"),
      format: readChoice(o, "format", ["table", "json"] as const, "table"),
      force: o.flags.has("force"),
    };
  },
};
