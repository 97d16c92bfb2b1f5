/**
 * Looks up the command's texts in the user's language. Numbers in params are written here, once,
 * by the locale's formatter (3753 -> "3.753" / "3,753"): a catalogue never prints a raw number.
 * Pass a year or an identifier as a string ("2020"), since it is not a quantity.
 */
import { formatNumber } from "../../core/i18n/numbers";
import type { Locale } from "../../core/i18n/locale";
import { plural as pluralWord } from "../../core/i18n/plural";
import { en } from "./en";
import { id, type MessageKey, type MessageTools, type P } from "./id";
import { REPORT_EN } from "./report-en";
import { REPORT_ID, type ReportTexts } from "./report-id";

/** The CLI speaks the product's locales (--lang id|en). */
export type Lang = Locale;
export type { MessageKey, MessageTools, ReportTexts };

export type Params = Readonly<Record<string, string | number>>;
type Catalogue = Record<MessageKey, (p: P, tools: MessageTools) => string>;
const CATALOGUES: Record<Lang, Catalogue> = { id, en };

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = typeof v === "number" ? formatNumber(v, lang) : v;
  const tools: MessageTools = {
    plural: (name, one, other) => {
      const n = params[name];
      return typeof n === "number" ? pluralWord(lang, n, { one, other }) : other;
    },
  };
  return CATALOGUES[lang][key](shown, tools);
}

/** The words of the HTML reports (`--report`) in the user's language. */
export function reportTexts(lang: Lang): ReportTexts {
  return lang === "en" ? REPORT_EN : REPORT_ID;
}
