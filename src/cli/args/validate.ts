/**
 * `dak validate PATH… [--ta N] [--rules FILE] [--format table|json|csv] [--recap FILE.xlsx]
 * [--alokasi FILE.xlsx] [--report FILE.html] [-j N] [--force]`
 */
import { readChoice, readReportPath, readTa, usage, type CommandSpec } from "./spec";

export type OutputFormat = "table" | "json" | "csv";
const FORMATS: readonly OutputFormat[] = ["table", "json", "csv"];
const MAX_JOBS = 64;

export interface ValidateArgs {
  readonly command: "validate";
  readonly paths: readonly string[];
  readonly ta?: number;
  readonly rules?: string;
  readonly format: OutputFormat;
  readonly recap?: string;
  /** The allocation table to check every RK's pagu against (DESIGN.md §6). */
  readonly alokasi?: string;
  /** The HTML report to write. */
  readonly report?: string;
  readonly jobs?: number;
  readonly force: boolean;
}

export const validateSpec: CommandSpec<ValidateArgs> = {
  name: "validate",
  options: {
    ta: { type: "string" },
    rules: { type: "string" },
    format: { type: "string" },
    recap: { type: "string" },
    alokasi: { type: "string" },
    report: { type: "string" },
    jobs: { type: "string", short: "j" },
    force: { type: "boolean" },
  },
  build(o) {
    if (o.positionals.length === 0) usage("validate", "usage.noInput");
    const format = readChoice(o, "format", FORMATS, "table");
    const jobsText = o.values.get("jobs");
    const jobs = jobsText === undefined ? undefined : Number(jobsText);
    if (jobsText !== undefined && (!/^\d+$/.test(jobsText) || jobs! < 1 || jobs! > MAX_JOBS)) {
      usage("validate", "usage.badJobs", { value: jobsText });
    }
    const recap = o.values.get("recap");
    if (recap !== undefined && !/\.xlsx$/i.test(recap)) usage("validate", "usage.recapNotXlsx", { path: recap });
    const alokasi = o.values.get("alokasi");
    if (alokasi !== undefined && !/\.xlsx$/i.test(alokasi))
      usage("validate", "usage.alokasiNotXlsx", { path: alokasi });
    return {
      command: "validate",
      paths: o.positionals,
      ta: readTa(o, "validate"),
      rules: o.values.get("rules"),
      format,
      recap,
      alokasi,
      report: readReportPath(o, "validate"),
      jobs,
      force: o.flags.has("force"),
    };
  },
};
