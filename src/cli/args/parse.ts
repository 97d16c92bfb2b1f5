/**
 * Parses `dak`'s arguments into a command description, or a usage error with its message key.
 * No side effects: run.ts decides what to print. Node's `util.parseArgs` splits the words
 * (`--opt value`, `--opt=value`, `-j 3`, `--` before paths that look like options); this file
 * decides what they mean. `--lang` is read first, wherever it stands, so that even usage errors
 * come in the user's language. How a command declares its options: args/spec.ts and COMMANDS
 * below.
 */
import { parseArgs as splitArgs } from "node:util";
import type { Lang } from "../messages";
import { bandingkanSpec, type BandingkanArgs } from "./bandingkan";
import { evaluasiSpec, type EvaluasiArgs } from "./evaluasi";
import { rulesSpec, type RulesArgs } from "./rules";
import { Usage, type CommandName, type CommandSpec, type OptionDecl, type UsageError } from "./spec";
import { templateSpec, type TemplateArgs } from "./template";
import { validateSpec, type ValidateArgs } from "./validate";

export interface HelpArgs {
  readonly command: "help";
  readonly topic?: CommandName;
  /** `dak` with no command at all: the help is shown, but as a usage error (exit 2). */
  readonly noCommand?: boolean;
}

export interface VersionArgs {
  readonly command: "version";
}

export type ParsedCommand =
  ValidateArgs | RulesArgs | TemplateArgs | EvaluasiArgs | BandingkanArgs | HelpArgs | VersionArgs;

export type ParseResult =
  | { readonly ok: true; readonly lang: Lang; readonly args: ParsedCommand }
  | { readonly ok: false; readonly lang: Lang; readonly error: UsageError };

/** Every command: one line each. */
const COMMANDS: readonly CommandSpec<ParsedCommand>[] = [
  validateSpec,
  rulesSpec,
  templateSpec,
  evaluasiSpec,
  bandingkanSpec,
];

const LANGS: readonly Lang[] = ["id", "en"];
const GLOBAL_OPTIONS: Readonly<Record<string, OptionDecl>> = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

/**
 * The words are split once with every option any command knows, so an option one command does not
 * take still consumes its value and is reported as unknown for that command. Two commands must
 * therefore not give one option name different types: checked here, when the module loads.
 */
const ALL_OPTIONS = COMMANDS.reduce<Record<string, OptionDecl>>(
  (all, spec) => {
    for (const [name, decl] of Object.entries(spec.options)) {
      const known = all[name];
      if (known && (known.type !== decl.type || known.short !== decl.short)) {
        throw new Error(`dak: option --${name} is declared differently by "${spec.name}"`);
      }
      all[name] = decl;
    }
    return all;
  },
  { ...GLOBAL_OPTIONS },
);

type Token = NonNullable<ReturnType<typeof splitArgs>["tokens"]>[number];
type OptionToken = Extract<Token, { kind: "option" }>;

export function parseArgs(argv: readonly string[]): ParseResult {
  let lang: Lang = "id";
  try {
    // --lang alone first: in "--out --lang en" the message that --out lacks a value is in English.
    lang = readLang(split(argv, { lang: GLOBAL_OPTIONS.lang }));
    const tokens = split(argv, ALL_OPTIONS);
    return { ok: true, lang, args: parseCommand(tokens.filter((x) => !(x.kind === "option" && x.name === "lang"))) };
  } catch (e) {
    if (e instanceof Usage) return { ok: false, lang, error: e.error };
    throw e;
  }
}

function split(argv: readonly string[], options: Readonly<Record<string, OptionDecl>>): Token[] {
  return splitArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true }).tokens!;
}

/** The last `--lang X` / `--lang=X` before `--` wins. */
function readLang(tokens: readonly Token[]): Lang {
  let lang: Lang = "id";
  for (const token of tokens) {
    if (token.kind !== "option" || token.name !== "lang") continue;
    const value = optionValue(token);
    if (!LANGS.includes(value as Lang)) {
      throw new Usage({ key: "usage.badChoice", params: { option: "--lang", value, allowed: LANGS.join(", ") } });
    }
    lang = value as Lang;
  }
  return lang;
}

function parseCommand(tokens: readonly Token[]): ParsedCommand {
  const [first, ...rest] = tokens;
  if (first === undefined) return { command: "help", noCommand: true };
  if (first.kind === "option" && first.name === "help") return { command: "help" };
  if (first.kind === "option" && first.name === "version") return { command: "version" };
  const word = first.kind === "positional" ? first.value : first.kind === "option" ? first.rawName : "--";
  if (word === "help") {
    const topic = rest.find((x) => x.kind === "positional")?.value;
    if (topic === undefined) return { command: "help" };
    return { command: "help", topic: findCommand(topic).name };
  }
  const spec = findCommand(word);
  const raw = { values: new Map<string, string>(), flags: new Set<string>(), positionals: [] as string[] };
  let help = false;
  for (const token of rest) {
    if (token.kind === "positional") raw.positionals.push(token.value);
    if (token.kind !== "option") continue;
    const decl = spec.options[token.name];
    if (token.name === "help" && token.value === undefined) help = true;
    else if (!decl || (decl.type === "boolean" && token.value !== undefined)) {
      // A flag takes no value: "--force=1" is not an option we know.
      const option = token.inlineValue ? `${token.rawName}=${token.value}` : token.rawName;
      throw new Usage({ key: "usage.unknownOption", params: { command: spec.name, option }, command: spec.name });
    } else if (decl.type === "boolean") raw.flags.add(token.name);
    else raw.values.set(token.name, optionValue(token, spec.name));
  }
  return help ? { command: "help", topic: spec.name } : spec.build(raw);
}

function findCommand(word: string): CommandSpec<ParsedCommand> {
  const spec = COMMANDS.find((x) => x.name === word || x.aliases?.includes(word));
  if (!spec) throw new Usage({ key: "usage.unknownCommand", params: { command: word } });
  return spec;
}

/** A value given as the next word must not be the next option ("--format --force"). */
function optionValue(token: OptionToken, command?: CommandName): string {
  const { value } = token;
  if (value === undefined || (!token.inlineValue && value.startsWith("--"))) {
    throw new Usage({ key: "usage.missingValue", params: { option: `--${token.name}` }, command });
  }
  return value;
}
