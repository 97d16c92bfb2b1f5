/**
 * A rule declared once (DESIGN.md §5, like an ESLint rule module's `meta`): its id, the finding
 * code it produces, its family, the params its findings carry (typed by kind), its message in
 * every language and a plain-words title and description for officials. The registry
 * (registry.ts) is the list of these declarations; codes, ids, catalogue templates, the loader's
 * rule ids and the Aturan tab's texts are all derived from it, never restated.
 * A rule's judgement for a fiscal year (severity, status, basis, enabled) is data, in the rulesets.
 */
import type { Locale } from "../i18n/catalogue";

export type RuleFamily =
  "reading" | "line" | "penunjang" | "budget" | "sentra" | "package" | "rules" | "revision" | "allocation";

/**
 * The kind of a finding param; it fixes the param's TypeScript type and how a message shows it:
 * rp rupiah, num number, pct a share (0.05 = 5%), list of names, label a field/meta key shown by
 * its label, reason a parse-failure code, cell an A1 address, value a text or a number (a
 * compared cell), text as written. A trailing "?" allows the param to be null or absent.
 */
type BaseKind = "text" | "label" | "reason" | "cell" | "list" | "rp" | "num" | "pct" | "value";
export type ParamKind = BaseKind | `${BaseKind}?`;

export type ParamSpec = Readonly<Record<string, ParamKind>>;

type BaseValue<K extends BaseKind> = K extends "list"
  ? readonly string[]
  : K extends "rp" | "num" | "pct"
    ? number
    : K extends "value"
      ? string | number
      : string;

type ValueOf<K extends ParamKind> = K extends `${infer B extends BaseKind}?`
  ? BaseValue<B> | null
  : K extends BaseKind
    ? BaseValue<K>
    : never;

type OptionalKeys<P extends ParamSpec> = { [K in keyof P]: P[K] extends `${string}?` ? K : never }[keyof P];

/** The params a finding of a rule with these param kinds carries ("…?" ones may be absent or null). */
export type ParamValues<P extends ParamSpec> = {
  readonly [K in Exclude<keyof P, OptionalKeys<P>>]: ValueOf<P[K]>;
} & { readonly [K in OptionalKeys<P>]?: ValueOf<P[K]> };

/** A text in every language of the product. */
export type Words = Readonly<Record<Locale, string>>;

export interface RuleDeclaration<
  Id extends string = string,
  Code extends string = string,
  P extends ParamSpec = ParamSpec,
> {
  /** Stable rule id, the key of the rule's judgement in a ruleset ("penunjang.cap"). */
  readonly id: Id;
  /** Stable finding code (DESIGN.md §4). */
  readonly code: Code;
  readonly family: RuleFamily;
  readonly params: P;
  /**
   * The finding's message: what is wrong, with the numbers involved. Placeholders {name|kind}
   * name a declared param; "[ … ]" is left out when a placeholder in it is empty.
   */
  readonly message: Words;
  /** A few plain words for the Aturan tab and `dak rules` ("Penunjang within its share of the pagu"). */
  readonly title: Words;
  /** What the rule checks and why, in plain words, for officials. */
  readonly description: Words;
}

/** Declares a rule; the literal types of id, code and params are kept for the registry. */
export function declareRule<const Id extends string, const Code extends string, const P extends ParamSpec>(
  declaration: RuleDeclaration<Id, Code, P>,
): RuleDeclaration<Id, Code, P> {
  return declaration;
}
