/**
 * The alokasi template, filled as an official fills it, is read back by the --alokasi reader:
 * every row, the TA above the table, and the total row left out.
 */
import { readAllocationTable } from "../../src/core/allocation";
import { buildTemplate } from "../../src/core/templates";
import { ALOKASI_ROWS } from "../../src/core/templates/alokasi";
import { readWorkbookBuffer } from "../../src/xlsx/grid-reader";
import { templateWorkbook } from "../../src/xlsx/templates/render";
import { ta2020Context } from "./context";

it("reads back a filled alokasi template", async () => {
  const spec = buildTemplate("alokasi", ta2020Context());
  expect(spec.print).toMatchObject({ fitToWidth: true, repeatRows: { first: ALOKASI_ROWS.header } });
  const wb = templateWorkbook(spec);
  const ws = wb.worksheets[0];
  const rows: [string, string, number][] = [
    ["Jawa Barat", "Kab. Bandung", 3_000_000_000],
    ["Jawa Barat", "Kota Bandung", 2_500_000_000],
    ["Nusa Tenggara Timur", "Kab. Sikka", 1_750_000_000],
  ];
  rows.forEach(([prov, kab, pagu], i) => {
    const r = ALOKASI_ROWS.first + i;
    ws.getCell(`A${r}`).value = i + 1;
    ws.getCell(`B${r}`).value = prov;
    ws.getCell(`C${r}`).value = kab;
    ws.getCell(`D${r}`).value = pagu;
  });
  const grids = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  const table = readAllocationTable(grids);
  expect(table.problems).toEqual([]);
  expect(table.ta).toBe(2020);
  expect(table.entries.map((e) => [e.provinsi, e.kabKota, e.pagu])).toEqual(rows);
});
