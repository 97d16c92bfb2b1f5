/**
 * The shape of a message catalogue (one per language, as zod's locales are). In this project
 * "catalogue" means only this: a face's texts in one language (the ruleset's lists of menus and
 * rincian are src/core/rules/lookup.ts).
 */
import type { FindingCode } from "../rules/findings";

export type { Locale } from "./locale";

export interface Catalogue {
  /** One template per finding code: a missing code is a compile error and a test failure. */
  readonly findings: Readonly<Record<FindingCode, string>>;
  /** Names of fields, meta keys and other words a template refers to with {x|label}. */
  readonly labels: Readonly<Record<string, string>>;
  /** Why a text is not a number (the `reason` of NOT_A_NUMBER), used by {x|reason}. */
  readonly reasons?: Readonly<Record<string, string>>;
  readonly where: { readonly sheetCell: string; readonly sheet: string; readonly basis: string };
  readonly listJoin: { readonly separator: string; readonly last: string };
}
