/**
 * The product's one locale type. Every face (task pane, ribbon, CLI, playground, findings,
 * templates) speaks Bahasa Indonesia by default and English on request; nothing else declares
 * its own "id" | "en". Imports nothing, so any core module may depend on it.
 */
export type Locale = "id" | "en";

export const LOCALES: readonly Locale[] = ["id", "en"];
export const DEFAULT_LOCALE: Locale = "id";

/** Bahasa Indonesia unless the language tag is English ("en", "en-US", "EN-gb"…). */
export function localeFromTag(tag: string | undefined | null): Locale {
  return tag?.trim().toLowerCase().startsWith("en") ? "en" : "id";
}

export function isLocale(value: unknown): value is Locale {
  return value === "id" || value === "en";
}

/** How each locale writes a number: Indonesian "1.234,5", English "1,234.5". */
export const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  id: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};
