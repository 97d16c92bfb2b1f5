/** `dak bandingkan LAMA.xlsx BARU.xlsx [--ta N] [--rules FILE] [--format table|json]` (alias `compare`). */
import { noExtraPositionals, readChoice, readTa, usage, type CommandSpec } from "./spec";

export interface BandingkanArgs {
  readonly command: "bandingkan";
  /** The approved (older) version and the new one. */
  readonly old: string;
  readonly new: string;
  readonly ta?: number;
  readonly rules?: string;
  readonly format: "table" | "json";
}

export const bandingkanSpec: CommandSpec<BandingkanArgs> = {
  name: "bandingkan",
  aliases: ["compare"],
  options: { ta: { type: "string" }, rules: { type: "string" }, format: { type: "string" } },
  build(o) {
    const [old, now] = o.positionals;
    if (old === undefined || now === undefined) usage("bandingkan", "usage.noVersions");
    noExtraPositionals(o, "bandingkan", 2);
    return {
      command: "bandingkan",
      old,
      new: now,
      ta: readTa(o, "bandingkan"),
      rules: o.values.get("rules"),
      format: readChoice(o, "format", ["table", "json"] as const, "table"),
    };
  },
};
