/**
 * A second version of the sample RK for trying the Bandingkan tab (`?revisi=1`): the first sheet
 * copied as "RK Perubahan" right after it, with the second line's volume (and its jumlah) raised
 * by one and the first line's lokasi changed — two changes that need renewed approval. Columns are
 * found by their header names; a layout without numbered lines (KRISNA) is copied unchanged.
 */
import { getCell, setCell, workbookFromJson, type WorkbookJson, type WorkbookModel } from "../fakehost";

export const REVISION_SHEET = "RK Perubahan";

export function addRevisionSheet(model: WorkbookModel, source: WorkbookJson): WorkbookModel {
  const first = model.sheets.findIndex((s) => s.visibility === "Visible");
  const copy = workbookFromJson(source).sheets[first];
  if (first < 0 || !copy) return model;
  copy.name = REVISION_SHEET;
  copy.conditionalFormats = [];
  model.sheets.splice(first + 1, 0, copy);
  const text = (row: number, c: number) => String(getCell(copy, row, c)?.v ?? "");
  const texts = (row: number) => (copy.rows[row] ?? []).map((_, c) => text(row, c));
  const header = copy.rows.findIndex((_, r) => texts(r).some((v) => /^vol/i.test(v)));
  const lineRow = copy.rows.findIndex((_, r) => getCell(copy, r, 0)?.v === 1);
  if (header < 0 || lineRow < 0) return model;
  const col = (re: RegExp) => texts(header).findIndex((v) => re.test(v));
  const [vol, harga, jumlah, lokasi] = [/^vol/i, /harga|unit cost/i, /^jumlah/i, /^lokasi/i].map(col);
  const num = (row: number, c: number) => Number(getCell(copy, row, c)?.v ?? 0);
  const second = lineRow + 1;
  if (vol >= 0 && harga >= 0 && jumlah >= 0) {
    const volume = num(second, vol) + 1;
    setCell(copy, second, vol, { ...getCell(copy, second, vol), v: volume });
    setCell(copy, second, jumlah, { ...getCell(copy, second, jumlah), v: volume * num(second, harga) });
  }
  if (lokasi >= 0) {
    setCell(copy, lineRow, lokasi, { ...getCell(copy, lineRow, lokasi), v: `${text(lineRow, lokasi)} Blok B` });
  }
  return model;
}
