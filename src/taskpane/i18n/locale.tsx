import * as React from "react";
import type { Locale } from "../engine";
import { en } from "./strings.en";
import { id, type Strings } from "./strings.id";

const CATALOGUES: Record<Locale, Strings> = { id, en };

/** Bahasa Indonesia unless Office's display language is English ("en", "en-US", …). */
export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id";
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

/** "3,02%" in Indonesian, "3.02%" in English. */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US", {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(fraction);
}

export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US").format(n);
}
