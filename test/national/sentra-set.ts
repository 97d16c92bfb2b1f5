/**
 * 42 kab/kota sentra sheets (the evaluation of DAK 2017 sampled 42): the `sentra` template filled
 * with 1–3 sentra each, known before/after values, and planted cases a sentra is left out for
 * (no "before", a capacity unit change, a word where a number belongs, a count growing from 0).
 * Used by the evaluation test, the bench and the README screenshots.
 */
import { join } from "node:path";
import { buildTemplate } from "../../src/core/templates";
import {
  SENTRA_INDICATORS as TEMPLATE_INDICATORS,
  SENTRA_ROWS,
  sentraIndicatorColumns,
} from "../../src/core/templates/sentra";
import { templateWorkbook } from "../../src/xlsx/templates/render";
import { ta2020Context } from "../templates/context";

export const SENTRA_PROVINSI = [
  "Jawa Barat",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Bali",
  "Nusa Tenggara Timur",
  "Sulawesi Selatan",
];

/** A value as written into a cell: a number, text (a unit, a word) or nothing. */
export type Written = number | string | null;

export interface WrittenSentra {
  readonly file: string;
  readonly provinsi: string;
  readonly kabKota: string;
  readonly name: string;
  /** Per template indicator (the template's order): [before, after]. */
  readonly values: readonly (readonly [Written, Written])[];
}

/** A small deterministic generator, so the set is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export async function writeSentraSet(dir: string): Promise<WrittenSentra[]> {
  const rand = lcg(2017);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const all: WrittenSentra[] = [];
  for (let k = 0; k < 42; k++) {
    const provinsi = SENTRA_PROVINSI[k % SENTRA_PROVINSI.length];
    const kabKota = `${k % 4 === 0 ? "Kota" : "Kab."} Sentra ${String(k + 1).padStart(2, "0")}`;
    const file = `sentra-${String(k + 1).padStart(2, "0")}.xlsx`;
    const wb = templateWorkbook(buildTemplate("sentra", ta2020Context()));
    const ws = wb.worksheets[0];
    ws.getCell("A4").value = "Provinsi";
    ws.getCell("C4").value = provinsi;
    const count = 1 + (k % 3);
    for (let s = 0; s < count; s++) {
      const units = int(5, 60);
      const values: [Written, Written][] = [
        [units, units + int(0, 25)],
        [int(1, 12), int(2, 20)],
        [Math.round(rand() * 60) / 100 + 0.2, Math.min(1, Math.round(rand() * 60) / 100 + 0.4)],
        [int(1, 3), int(2, 5)],
        [int(8, 200), int(10, 320)],
        [int(200, 5000), int(300, 9000)],
      ];
      const id = all.length;
      if (id === 5) values[0] = [null, 40]; // NO_BEFORE
      if (id === 11) values[5] = ["1.200 kg/bulan", "2 ton/bulan"]; // UNIT_CHANGED
      if (id === 20) values[4] = [35, "banyak"]; // UNREADABLE
      if (id === 33) values[1] = [0, 4]; // FROM_ZERO: in the aggregate, not in the mean
      const row = SENTRA_ROWS.first + s;
      const name = `Sentra ${["Tenun", "Gerabah", "Batik", "Kopi", "Rotan", "Logam"][id % 6]} ${id + 1}`;
      ws.getCell(`A${row}`).value = s + 1;
      ws.getCell(`B${row}`).value = name;
      ws.getCell(`C${row}`).value = kabKota;
      ws.getCell(`D${row}`).value = `SK ${id + 1}/2017`;
      values.forEach(([before, after], i) => {
        const c = sentraIndicatorColumns(i);
        ws.getCell(`${c.before}${row}`).value = before;
        ws.getCell(`${c.after}${row}`).value = after;
      });
      all.push({ file, provinsi, kabKota, name, values });
    }
    await wb.xlsx.writeFile(join(dir, file));
  }
  return all;
}

export const TEMPLATE_INDICATOR_COUNT = TEMPLATE_INDICATORS.length;
