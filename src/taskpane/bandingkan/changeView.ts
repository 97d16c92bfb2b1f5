/**
 * Turns the core's comparison into what the Bandingkan list shows: one item per changed line with
 * where clicking it goes (the first changed cell of the new version, the new row of an added line,
 * the old row of a removed one), its field changes in words, and whether it needs renewed approval.
 */
import type { CompareValue, LineChange } from "../../core/compare/types";
import { CATALOGUES } from "../../core/i18n";
import { formatNumber, formatRupiah } from "../../core/i18n/numbers";
import type { Finding } from "../../core/rules/findings";
import type { Locale } from "../../runtime/engine";

export interface ChangeItem {
  readonly key: string;
  readonly change: LineChange["change"];
  readonly title: string;
  readonly sheet: string;
  readonly cell: string;
  readonly details: readonly string[];
  readonly needsApproval: boolean;
}

const MONEY = new Set(["hargaSatuan", "jumlah", "pagu"]);

export function fieldLabel(field: string, locale: Locale): string {
  return CATALOGUES[locale].labels[field] ?? field;
}

export function showValue(field: string, v: CompareValue, locale: Locale): string {
  if (v === null || v === "") return "–";
  if (typeof v === "string") return v;
  return MONEY.has(field) ? formatRupiah(v, locale) : formatNumber(v, locale);
}

export function changeItems(
  changes: readonly LineChange[],
  revision: readonly Finding[],
  locale: Locale,
): ChangeItem[] {
  const flagged = new Set(revision.map((f) => `${f.sheet}!${f.cell}`));
  return changes.map((c, i) => {
    const line = c.new ?? c.old!;
    const title = `${c.uraian ?? "–"}${c.rincian ? ` (${c.rincian})` : ""}`;
    if (c.change !== "changed") {
      const amount = `${showValue("volume", line.volume, locale)} ${line.satuan ?? ""} × ${showValue("hargaSatuan", line.hargaSatuan, locale)} = ${showValue("jumlah", line.jumlah, locale)}`;
      return {
        key: `${c.change}:${line.sheet}:${line.cell}:${i}`,
        change: c.change,
        title,
        sheet: line.sheet,
        cell: line.cell,
        details: [amount],
        needsApproval: flagged.has(`${line.sheet}!${line.cell}`),
      };
    }
    const sheet = c.new!.sheet;
    return {
      key: `changed:${sheet}:${c.new!.cell}:${i}`,
      change: c.change,
      title,
      sheet,
      cell: c.fields[0]?.newCell ?? c.new!.cell,
      details: c.fields.map(
        (f) =>
          `${fieldLabel(f.field, locale)}: ${showValue(f.field, f.old, locale)} → ${showValue(f.field, f.new, locale)}`,
      ),
      needsApproval: c.fields.some((f) => flagged.has(`${sheet}!${f.newCell}`)),
    };
  });
}
