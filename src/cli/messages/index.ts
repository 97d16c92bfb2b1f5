/** Looks up the command's texts in the user's language. */
import { en } from "./en";
import { id, type MessageKey } from "./id";

export type Lang = "id" | "en";
export type { MessageKey };

type Params = Readonly<Record<string, string | number>>;
const CATALOGUES: Record<Lang, Record<MessageKey, (p: Params) => string>> = { id, en };

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return CATALOGUES[lang][key](params);
}
