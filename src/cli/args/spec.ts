/**
 * How a `dak` command declares its options and turns them into its typed arguments. The options
 * are Node's own `util.parseArgs` declarations; args.ts runs the parser and this file gives the
 * commands the checks they share (fiscal year, choices, .xlsx names). See the note in args.ts.
 */
import type { MessageKey } from "../messages";

/** Every command name `dak` knows (`help` and `version` are handled by args.ts itself). */
export type CommandName = "validate" | "rules" | "template" | "evaluasi" | "bandingkan";

export interface UsageError {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The command whose help to point at. */
  readonly command?: CommandName;
}

/** Thrown by a command's `build` (through the helpers below); args.ts turns it into a result. */
export class Usage extends Error {
  constructor(readonly error: UsageError) {
    super(error.key);
  }
}

/** One option as `util.parseArgs` declares it (`short` is a one-letter alias such as -j). */
export interface OptionDecl {
  readonly type: "string" | "boolean";
  readonly short?: string;
}

/** What the parser hands a command: option values by name (without --) and positionals in order. */
export interface RawOptions {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

export interface CommandSpec<A> {
  readonly name: CommandName;
  /** Other words that call the command (`dak compare` = `dak bandingkan`). */
  readonly aliases?: readonly string[];
  /** Options by long name without "--". `--lang` and `--help` are added for every command. */
  readonly options: Readonly<Record<string, OptionDecl>>;
  /** Builds the typed arguments or throws `Usage` (use the helpers below). */
  readonly build: (o: RawOptions) => A;
}

export function usage(command: CommandName, key: MessageKey, params: UsageError["params"] = {}): never {
  throw new Usage({ key, params, command });
}

/** `--ta`: four digits; whether a ruleset exists for it is the command's check. */
export function readTa(o: RawOptions, command: CommandName): number | undefined {
  return readYear(o, "ta", command, "usage.badTa");
}

/** An option naming a fiscal year (`--ta`, `--diff`): four digits, else the usage error `key`. */
export function readYear(o: RawOptions, name: string, command: CommandName, key: MessageKey): number | undefined {
  const text = o.values.get(name);
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) usage(command, key, { value: text, available: "" });
  return Number(text);
}

/** An option whose value is one of a fixed list. */
export function readChoice<T extends string>(o: RawOptions, name: string, allowed: readonly T[], fallback: T): T {
  const value = o.values.get(name);
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new Usage({ key: "usage.badChoice", params: { option: `--${name}`, value, allowed: allowed.join(", ") } });
  }
  return value as T;
}

/** No positional argument beyond the first `count`. */
export function noExtraPositionals(o: RawOptions, command: CommandName, count: number): void {
  const extra = o.positionals[count];
  if (extra !== undefined) usage(command, "usage.extraArgument", { value: extra });
}

/** `--report FILE.html` (validate, evaluasi): the name must end in .html or .htm. */
export function readReportPath(o: RawOptions, command: CommandName): string | undefined {
  const report = o.values.get("report");
  if (report !== undefined && !/\.html?$/i.test(report)) usage(command, "usage.reportNotHtml", { path: report });
  return report;
}
