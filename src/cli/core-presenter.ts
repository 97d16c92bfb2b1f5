/** The Presenter backed by the core: finding messages from the i18n catalogues, rupiah from money. */
import { formatFinding } from "../core/i18n/format-finding";
import { formatRupiah } from "../core/money/format";
import type { Finding } from "../core/rules/findings";
import type { Lang } from "./messages";
import type { Presenter } from "./presenter";

export function corePresenter(lang: Lang): Presenter {
  return {
    lang,
    // Every CLI output shows the sheet and cell in their own columns, so the message leaves them out.
    message: (f: Finding) => formatFinding(f, lang, { withoutWhere: true }),
    rupiah: (n: number) => formatRupiah(n),
  };
}
