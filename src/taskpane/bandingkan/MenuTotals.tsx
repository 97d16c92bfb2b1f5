/** Totals per menu, old and new, as a small table that wraps at the pane's narrowest width. */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { CompareTotals } from "../../core/compare/types";
import { formatRupiah } from "../../core/i18n/numbers";
import { useLocale } from "../i18n/locale";
import type { BandingkanStrings } from "./strings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed" },
  cell: {
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingRight: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
    verticalAlign: "top",
  },
  num: { textAlign: "right" },
});

export function MenuTotals(props: { totals: CompareTotals; t: BandingkanStrings }): React.JSX.Element {
  const styles = useStyles();
  const locale = useLocale();
  const { totals, t } = props;
  const rows = [
    ...totals.byMenu.map((m) => [m.menu, m.old, m.new] as const),
    [t.total, totals.old, totals.new] as const,
  ];
  return (
    <section aria-labelledby="bandingkan-totals">
      <Subtitle2 as="h3" id="bandingkan-totals">
        {t.totals}
      </Subtitle2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {t.colMenu}
            </th>
            <th className={`${styles.cell} ${styles.num}`} scope="col">
              {t.colOld}
            </th>
            <th className={`${styles.cell} ${styles.num}`} scope="col">
              {t.colNew}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([menu, old, now]) => (
            <tr key={menu}>
              <th className={styles.cell} scope="row">
                {menu}
              </th>
              <td className={`${styles.cell} ${styles.num}`}>{formatRupiah(old, locale)}</td>
              <td className={`${styles.cell} ${styles.num}`}>{formatRupiah(now, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
