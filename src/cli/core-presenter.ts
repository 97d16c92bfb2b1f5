/** The Presenter backed by the core: finding messages and rupiah from the i18n layer, in the user's locale. */
import { formatFinding } from "../core/i18n/format-finding";
import { formatRupiah } from "../core/i18n/numbers";
import type { Finding } from "../core/rules/findings";
import type { Lang } from "./messages";
import type { Presenter } from "./presenter";

export function corePresenter(lang: Lang): Presenter {
  return {
    lang,
    // Every CLI output shows the sheet and cell in their own columns, so the message leaves them out.
    message: (f: Finding) => formatFinding(f, lang, { withoutWhere: true }),
    rupiah: (n: number) => formatRupiah(n, lang),
  };
}
