/**
 * Parses `dak`'s arguments into a command description, or a usage error with its message key.
 * No side effects: main.ts decides what to print. `--lang` is read first so that even usage errors
 * come in the user's language. Options take their value as `--opt value` or `--opt=value`.
 */
import type { Lang, MessageKey } from "./messages";

export type OutputFormat = "table" | "json" | "csv";
export type CommandName = "validate" | "rules" | "template";

export interface ValidateArgs {
  readonly command: "validate";
  readonly paths: readonly string[];
  readonly ta?: number;
  readonly rules?: string;
  readonly format: OutputFormat;
  readonly recap?: string;
  readonly jobs?: number;
  readonly force: boolean;
}

export interface RulesArgs {
  readonly command: "rules";
  readonly ta?: number;
  readonly rules?: string;
  readonly format: "table" | "json";
}

/** `dak template <id> --out FILE.xlsx`: the id is checked against the templates by the command. */
export interface TemplateArgs {
  readonly command: "template";
  readonly id: string;
  readonly out: string;
  readonly ta?: number;
  readonly force: boolean;
}

export interface HelpArgs {
  readonly command: "help";
  readonly topic?: CommandName;
  /** `dak` with no command at all: the help is shown, but as a usage error (exit 2). */
  readonly noCommand?: boolean;
}

export interface VersionArgs {
  readonly command: "version";
}

export type ParsedCommand = ValidateArgs | RulesArgs | TemplateArgs | HelpArgs | VersionArgs;

export interface UsageError {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The command whose help to point at. */
  readonly command?: CommandName;
}

export type ParseResult =
  | { readonly ok: true; readonly lang: Lang; readonly args: ParsedCommand }
  | { readonly ok: false; readonly lang: Lang; readonly error: UsageError };

const COMMANDS: readonly CommandName[] = ["validate", "rules", "template"];
const FORMATS: readonly OutputFormat[] = ["table", "json", "csv"];
const LANGS: readonly Lang[] = ["id", "en"];
const MAX_JOBS = 64;

interface OptionSpec {
  readonly name: string;
  readonly takesValue: boolean;
}

const VALIDATE_OPTIONS: readonly OptionSpec[] = [
  { name: "--ta", takesValue: true },
  { name: "--rules", takesValue: true },
  { name: "--format", takesValue: true },
  { name: "--recap", takesValue: true },
  { name: "--jobs", takesValue: true },
  { name: "--force", takesValue: false },
];
const RULES_OPTIONS: readonly OptionSpec[] = [
  { name: "--ta", takesValue: true },
  { name: "--rules", takesValue: true },
  { name: "--format", takesValue: true },
];
const TEMPLATE_OPTIONS: readonly OptionSpec[] = [
  { name: "--out", takesValue: true },
  { name: "--ta", takesValue: true },
  { name: "--force", takesValue: false },
];
const ALIASES: Readonly<Record<string, string>> = { "-j": "--jobs", "-h": "--help" };

class Usage extends Error {
  constructor(readonly error: UsageError) {
    super(error.key);
  }
}

export function parseArgs(argv: readonly string[]): ParseResult {
  let lang: Lang = "id";
  let rest: string[];
  try {
    ({ lang, rest } = extractLang(argv));
    return { ok: true, lang, args: parseCommand(rest) };
  } catch (e) {
    if (e instanceof Usage) return { ok: false, lang, error: e.error };
    throw e;
  }
}

/** Removes every `--lang X` / `--lang=X` (before `--`); the last one wins. */
function extractLang(argv: readonly string[]): { lang: Lang; rest: string[] } {
  let lang: Lang = "id";
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      if (value === undefined) throw new Usage({ key: "usage.missingValue", params: { option: "--lang" } });
      if (!LANGS.includes(value as Lang)) {
        throw new Usage({ key: "usage.badChoice", params: { option: "--lang", value, allowed: LANGS.join(", ") } });
      }
      lang = value as Lang;
    } else rest.push(a);
  }
  return { lang, rest };
}

function parseCommand(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined) return { command: "help", noCommand: true };
  if (first === "--help" || first === "-h") return { command: "help" };
  if (first === "--version" || first === "-v") return { command: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { command: "help" };
    if (!COMMANDS.includes(topic as CommandName))
      throw new Usage({ key: "usage.unknownCommand", params: { command: topic } });
    return { command: "help", topic: topic as CommandName };
  }
  if (!COMMANDS.includes(first as CommandName))
    throw new Usage({ key: "usage.unknownCommand", params: { command: first } });
  const command = first as CommandName;
  const spec = command === "validate" ? VALIDATE_OPTIONS : command === "rules" ? RULES_OPTIONS : TEMPLATE_OPTIONS;
  const parsed = parseOptions(command, spec, rest);
  if (parsed.help) return { command: "help", topic: command };
  if (command === "template") return toTemplate(parsed);
  return command === "validate" ? toValidate(parsed) : toRules(parsed);
}

interface RawOptions {
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
  readonly positional: string[];
  readonly help: boolean;
}

function parseOptions(command: CommandName, spec: readonly OptionSpec[], argv: readonly string[]): RawOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const rawName = eq > 0 ? arg.slice(0, eq) : arg;
    const name = ALIASES[rawName] ?? rawName;
    if (name === "--help") {
      help = true;
      continue;
    }
    const option = spec.find((o) => o.name === name);
    // A flag takes no value: "--force=1" is not an option we know.
    if (!option || (!option.takesValue && eq > 0)) {
      throw new Usage({ key: "usage.unknownOption", params: { command, option: arg }, command });
    }
    if (!option.takesValue) {
      flags.add(name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) {
      throw new Usage({ key: "usage.missingValue", params: { option: name }, command });
    }
    values.set(name, value);
  }
  return { values, flags, positional, help };
}

function toValidate(o: RawOptions): ValidateArgs {
  if (o.positional.length === 0) throw new Usage({ key: "usage.noInput", params: {}, command: "validate" });
  const format = choice(o, "--format", FORMATS, "table");
  const jobsText = o.values.get("--jobs");
  let jobs: number | undefined;
  if (jobsText !== undefined) {
    jobs = Number(jobsText);
    if (!/^\d+$/.test(jobsText) || jobs < 1 || jobs > MAX_JOBS) {
      throw new Usage({ key: "usage.badJobs", params: { value: jobsText }, command: "validate" });
    }
  }
  const recap = o.values.get("--recap");
  if (recap !== undefined && !/\.xlsx$/i.test(recap)) {
    throw new Usage({ key: "usage.recapNotXlsx", params: { path: recap }, command: "validate" });
  }
  return {
    command: "validate",
    paths: o.positional,
    ta: ta(o, "validate"),
    rules: o.values.get("--rules"),
    format,
    recap,
    jobs,
    force: o.flags.has("--force"),
  };
}

function toRules(o: RawOptions): RulesArgs {
  if (o.positional.length > 0)
    throw new Usage({ key: "usage.extraArgument", params: { value: o.positional[0] }, command: "rules" });
  return {
    command: "rules",
    ta: ta(o, "rules"),
    rules: o.values.get("--rules"),
    format: choice(o, "--format", ["table", "json"] as const, "table"),
  };
}

function toTemplate(o: RawOptions): TemplateArgs {
  const [id, extra] = o.positional;
  if (id === undefined) throw new Usage({ key: "usage.noTemplate", params: {}, command: "template" });
  if (extra !== undefined)
    throw new Usage({ key: "usage.extraArgument", params: { value: extra }, command: "template" });
  const out = o.values.get("--out");
  if (out === undefined) throw new Usage({ key: "usage.noOut", params: {}, command: "template" });
  if (!/\.xlsx$/i.test(out)) throw new Usage({ key: "usage.outNotXlsx", params: { path: out }, command: "template" });
  return { command: "template", id, out, ta: ta(o, "template"), force: o.flags.has("--force") };
}

function ta(o: RawOptions, command: CommandName): number | undefined {
  const text = o.values.get("--ta");
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new Usage({ key: "usage.badTa", params: { value: text, available: "" }, command });
  return Number(text);
}

function choice<T extends string>(o: RawOptions, option: string, allowed: readonly T[], fallback: T): T {
  const value = o.values.get(option);
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new Usage({ key: "usage.badChoice", params: { option, value, allowed: allowed.join(", ") } });
  }
  return value as T;
}
