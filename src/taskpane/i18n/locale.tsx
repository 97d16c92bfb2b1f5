import * as React from "react";
import { localeFromTag, type Locale } from "../../core/i18n/locale";
import { en } from "./strings.en";
import { id, type Strings } from "./strings.id";

const CATALOGUES: Record<Locale, Strings> = { id, en };

/** Bahasa Indonesia unless Office's display language is English ("en", "en-US", …). */
export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  return localeFromTag(displayLanguage);
}

export function stringsFor(locale: Locale): Strings {
  return CATALOGUES[locale];
}

const LocaleContext = React.createContext<Locale>("id");

export function LocaleProvider(props: { locale: Locale; children: React.ReactNode }): React.JSX.Element {
  return <LocaleContext.Provider value={props.locale}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return React.useContext(LocaleContext);
}

export function useStrings(): Strings {
  return stringsFor(useLocale());
}

// Numbers are written by the product's one formatter per locale (src/core/i18n).
export { formatCount, formatPercent, formatRupiah } from "../../core/i18n/numbers";
