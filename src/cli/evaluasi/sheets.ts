/** `dak evaluasi --out`: the results as four tables (summary, per provinsi, sentra, excluded). */
import { SENTRA_INDICATORS } from "../../core/indicators/definitions";
import type { TableSheet } from "../../xlsx/tables-writer";
import { t } from "../messages";
import type { Presenter } from "../presenter";
import { groupName, indicatorName, type EvaluasiBatch } from "./format";

const PCT = "0.00%";
const NUM = "#,##0.##";

export function evaluasiSheets(batch: EvaluasiBatch, p: Presenter): TableSheet[] {
  const L = (k: Parameters<typeof t>[1]) => t(p.lang, k);
  const { result } = batch;
  const groupColumns = [
    { header: L("evaluasi.col.provinsi"), width: 26 },
    { header: L("evaluasi.indicator"), width: 26 },
    { header: L("evaluasi.before"), width: 14, numFmt: NUM },
    { header: L("evaluasi.after"), width: 14, numFmt: NUM },
    { header: L("evaluasi.aggregate"), width: 16, numFmt: PCT },
    { header: L("evaluasi.mean"), width: 18, numFmt: PCT },
    { header: L("evaluasi.used"), width: 10 },
    { header: L("evaluasi.col.meanUsed"), width: 12 },
  ];
  const groupRows = (national: boolean) => (g: (typeof result.byProvinsi)[number]) =>
    g.indicators.map((i) => [
      groupName(p.lang, g, national),
      indicatorName(p.lang, i.id),
      i.totalBefore,
      i.totalAfter,
      i.aggregate,
      i.mean,
      i.used,
      i.meanUsed,
    ]);
  const indicatorColumns = SENTRA_INDICATORS.flatMap((d) => [
    { header: `${indicatorName(p.lang, d.id)} – ${L("evaluasi.before").replace("Σ ", "")}`, width: 12, numFmt: NUM },
    { header: `${indicatorName(p.lang, d.id)} – ${L("evaluasi.after").replace("Σ ", "")}`, width: 12, numFmt: NUM },
    { header: `${indicatorName(p.lang, d.id)} – %`, width: 10, numFmt: PCT },
  ]);
  return [
    { name: L("evaluasi.sheet.summary"), columns: groupColumns, rows: groupRows(true)(result.overall) },
    { name: L("evaluasi.sheet.provinsi"), columns: groupColumns, rows: result.byProvinsi.flatMap(groupRows(false)) },
    {
      name: L("evaluasi.sheet.sentra"),
      columns: [
        { header: L("evaluasi.col.provinsi"), width: 22 },
        { header: L("evaluasi.col.kabKota"), width: 22 },
        { header: L("evaluasi.col.sentra"), width: 26 },
        { header: L("evaluasi.col.file"), width: 28 },
        ...indicatorColumns,
      ],
      rows: result.sentra.map((s) => [
        s.provinsi,
        s.kabKota,
        s.name,
        `${s.file} ${s.sheet}!${s.row}`,
        ...SENTRA_INDICATORS.flatMap((d) => {
          const v = s.indicators[d.id];
          return [v.before, v.after, v.growth];
        }),
      ]),
    },
    {
      name: L("evaluasi.sheet.excluded"),
      columns: [
        { header: L("evaluasi.col.file"), width: 28 },
        { header: L("evaluasi.col.cell"), width: 16 },
        { header: L("evaluasi.col.kabKota"), width: 22 },
        { header: L("evaluasi.col.sentra"), width: 26 },
        { header: L("evaluasi.indicator"), width: 24 },
        { header: L("evaluasi.col.reason"), width: 50 },
      ],
      rows: result.excluded.map((x) => [
        x.file,
        `${x.sheet}!${x.cell}`,
        x.kabKota,
        x.sentra,
        indicatorName(p.lang, x.indicator),
        `${t(p.lang, `exclusion.${x.reason}`)}${x.detail ? ` (${x.detail})` : ""}`,
      ]),
    },
  ];
}
