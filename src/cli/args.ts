/** `dak`'s argument parser and the types of its commands' arguments (args/ holds the parts). */
export { parseArgs, type HelpArgs, type ParsedCommand, type ParseResult, type VersionArgs } from "./args/parse";
export type { CommandName, UsageError } from "./args/spec";
export type { BandingkanArgs } from "./args/bandingkan";
export type { RulesArgs } from "./args/rules";
export type { TemplateArgs } from "./args/template";
export type { OutputFormat, ValidateArgs } from "./args/validate";
export type { EvaluasiArgs } from "./args/evaluasi";
