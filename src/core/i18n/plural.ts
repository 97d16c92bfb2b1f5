/**
 * Plurals from Intl.PluralRules (CLDR): English "1 warning" / "2 warnings"; Indonesian has one
 * form ("1 peringatan", "2 peringatan"). A catalogue gives the forms, never an `n === 1` test.
 */
import type { Locale } from "./locale";
import { formatCount } from "./numbers";

/** The forms a language needs: "other" always; "one" where the language has it (en). */
export interface PluralForms {
  readonly one?: string;
  readonly other: string;
}

const RULES = new Map<Locale, Intl.PluralRules>();

function rules(locale: Locale): Intl.PluralRules {
  let r = RULES.get(locale);
  if (!r) RULES.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** The word for n things: plural("en", 1, { one: "warning", other: "warnings" }) -> "warning". */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  return rules(locale).select(n) === "one" && forms.one !== undefined ? forms.one : forms.other;
}

/** The count and its word: "3.753 peringatan", "1 warning", "3,753 warnings". */
export function countOf(locale: Locale, n: number, forms: PluralForms): string {
  return `${formatCount(n, locale)} ${plural(locale, n, forms)}`;
}
