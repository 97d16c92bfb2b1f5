/**
 * The Cirebon sample proposal (rk-datar) carried into the other four templates, consistently:
 * an RAB whose items per rincian plus PPN 11% give the RK's jumlah, a KAK whose kebutuhan dana per
 * rincian is the RK's, a sentra sheet for the sentra, a realisasi sheet in the middle of the year.
 * These are the worked examples of the README's "Paket usulan" section. Values are what an
 * official types (and, with `computed`, what Excel shows in the formula cells).
 */
import type { CellValue } from "../../src/core/grid/types";
import { buildTemplate, type SheetSpec, type TemplateId } from "../../src/core/templates";
import { RAB_ROWS } from "../../src/core/templates/rab";
import { REALISASI_ROWS } from "../../src/core/templates/realisasi";
import { RK_ROWS } from "../../src/core/templates/rk";
import { SENTRA_ROWS, sentraIndicatorColumns } from "../../src/core/templates/sentra";
import { ta2020Context } from "../templates/context";
import { CIREBON, CIREBON_LINES, amountOf, totalOf } from "./proposal-samples";
import { rowOf, type Fills } from "./template-grid";

export const PPN_RATE = 0.11;
export const PAGU = totalOf(CIREBON_LINES);

/** The RK's amount per rincian, in first-seen order. */
export function rkByRincian(): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const l of CIREBON_LINES) sums.set(l.rincian, (sums.get(l.rincian) ?? 0) + amountOf(l));
  return [...sums];
}

export function spec(id: TemplateId): SheetSpec {
  return buildTemplate(id, ta2020Context());
}

export function rkFills(computed = true): Record<string, CellValue> {
  const f: Record<string, CellValue> = {
    C3: 2020,
    C4: CIREBON.prov,
    C5: CIREBON.kab,
    C7: PAGU,
    C8: CIREBON.instansi,
    C9: CIREBON.sentra,
    C10: CIREBON.units,
    C11: CIREBON.sk,
  };
  CIREBON_LINES.forEach((l, i) => {
    const r = RK_ROWS.first + i;
    Object.assign(f, {
      [`A${r}`]: i + 1,
      [`B${r}`]: l.menu,
      [`C${r}`]: l.rincian,
      [`D${r}`]: l.uraian,
      [`E${r}`]: l.vol,
      [`F${r}`]: l.sat,
      [`G${r}`]: l.harga,
      [`I${r}`]: l.met,
      [`J${r}`]: CIREBON.sentra,
      [`K${r}`]: CIREBON.kec,
      [`L${r}`]: CIREBON.desa,
      [`M${r}`]: CIREBON.lat,
      [`N${r}`]: CIREBON.lon,
      [`O${r}`]: CIREBON.penerima,
    });
    if (computed) f[`H${r}`] = amountOf(l);
  });
  if (computed) f[`H${RK_ROWS.total}`] = PAGU;
  return f;
}

/** One item per rincian: vol 1 paket at the RK's amount without PPN (rounded to the rupiah). */
export function rabFills(computed = true): Record<string, CellValue> {
  const f: Record<string, CellValue> = { C4: CIREBON.kab, C5: CIREBON.sentra, C6: CIREBON.instansi };
  let subtotal = 0;
  rkByRincian().forEach(([rincian, amount], i) => {
    const r = RAB_ROWS.first + i;
    const harga = Math.round(amount / (1 + PPN_RATE));
    subtotal += harga;
    Object.assign(f, { [`A${r}`]: i + 1, [`B${r}`]: rincian, [`C${r}`]: `Paket ${rincian}`, [`D${r}`]: 1 });
    Object.assign(f, { [`E${r}`]: "paket", [`F${r}`]: harga });
    if (computed) f[`G${r}`] = harga;
  });
  if (computed) {
    const ppn = Math.round(subtotal * PPN_RATE);
    Object.assign(f, {
      [`G${RAB_ROWS.subtotal}`]: subtotal,
      [`G${RAB_ROWS.ppn}`]: ppn,
      [`G${RAB_ROWS.total}`]: subtotal + ppn,
    });
  }
  return f;
}

/** The kebutuhan dana table in rupiah, the output table's pendanaan in Rp juta. */
export function kakFills(computed = true): Record<string, CellValue> {
  const s = spec("kak");
  const f: Record<string, CellValue> = { C4: CIREBON.prov, C5: CIREBON.kab, C8: "Sentra IKM", C10: CIREBON.instansi };
  const outFirst = rowOf(s, "Target Outcome") + 1;
  const danaFirst = rowOf(s, "Kebutuhan Dana (Rp)") + 1;
  const rows = rkByRincian();
  let total = 0;
  rows.forEach(([rincian, amount], i) => {
    const o = outFirst + i;
    Object.assign(f, { [`A${o}`]: i + 1, [`B${o}`]: rincian, [`C${o}`]: CIREBON.units, [`D${o}`]: "unit IKM" });
    Object.assign(f, {
      [`E${o}`]: 1,
      [`G${o}`]: Math.round(amount / 10_000) / 100,
      [`I${o}`]: "Produktivitas sentra naik",
    });
    const d = danaFirst + i;
    Object.assign(f, { [`A${d}`]: i + 1, [`B${d}`]: rincian, [`C${d}`]: amount, [`D${d}`]: CIREBON.kab });
    Object.assign(f, { [`E${d}`]: CIREBON.kec, [`F${d}`]: CIREBON.desa, [`G${d}`]: CIREBON.sentra });
    Object.assign(f, { [`H${d}`]: CIREBON.lat, [`I${d}`]: CIREBON.lon });
    total += amount;
  });
  if (computed) f[`C${danaFirst + 20}`] = total;
  return f;
}

export const SENTRA_VALUES: ReadonlyArray<readonly [number, number]> = [
  [112, 126],
  [14, 19],
  [0.5, 0.83],
  [2, 3],
  [410, 465],
  [5200, 6100],
];

export function sentraFills(): Record<string, CellValue> {
  const r = SENTRA_ROWS.first;
  const f: Record<string, CellValue> = {
    [`A${r}`]: 1,
    [`B${r}`]: CIREBON.sentra,
    [`C${r}`]: CIREBON.kab,
    [`D${r}`]: CIREBON.sk,
  };
  SENTRA_VALUES.forEach(([before, after], i) => {
    const c = sentraIndicatorColumns(i);
    f[`${c.before}${r}`] = before;
    f[`${c.after}${r}`] = after;
  });
  return f;
}

/** Mid-year: Tahap I and II received, 80% of it absorbed, output 60%. */
export function realisasiFills(computed = true): Record<string, CellValue> {
  const R = REALISASI_ROWS;
  const tahap1 = Math.round(PAGU * 0.25);
  const tahap2 = Math.round(PAGU * 0.45);
  const f: Record<string, CellValue> = { C4: CIREBON.kab, [`C${R.pagu}`]: PAGU };
  f[`C${R.tahapFirst}`] = tahap1;
  f[`C${R.tahapFirst + 1}`] = tahap2;
  if (computed) f[`C${R.tahapTotal}`] = tahap1 + tahap2;
  let spent = 0;
  let pagu = 0;
  rkByRincian().forEach(([rincian, amount], i) => {
    const r = R.outputFirst + i;
    if (r > R.outputLast) return;
    const keuangan = Math.round(amount * 0.56);
    spent += keuangan;
    pagu += amount;
    Object.assign(f, { [`A${r}`]: rincian, [`B${r}`]: amount, [`C${r}`]: keuangan, [`E${r}`]: 10, [`F${r}`]: 6 });
  });
  if (computed) Object.assign(f, { [`B${R.outputTotal}`]: pagu, [`C${R.outputTotal}`]: spent });
  return f;
}

/** The templates of a kab/kota's proposal package (alokasi is the ministry's allocation table). */
export const PACKAGE_TEMPLATES = ["rk", "rab", "kak", "sentra", "realisasi"] as const;
export type PackageTemplateId = (typeof PACKAGE_TEMPLATES)[number];

export const FILLS: Readonly<Record<PackageTemplateId, (computed?: boolean) => Fills>> = {
  rk: rkFills,
  rab: rabFills,
  kak: kakFills,
  sentra: () => sentraFills(),
  realisasi: realisasiFills,
};
