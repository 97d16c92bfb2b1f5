/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any */
/**
 * Line custom functions: =DAK.JUMLAH_BARIS (exact volume × harga satuan) and =DAK.CEK_BARIS
 * (the engine's line checks on one line typed in the sheet, as a message or "OK").
 */
import { multiplyRupiah } from "../core/money/arithmetic";
import { formatFinding } from "../core/i18n/format-finding";
import type { NumberCell, ProposalLine, TextCell } from "../core/proposal/types";
import { defaultRuleset } from "../core/rules/bundled";
import { compareFindings } from "../core/rules/findings";
import { checkLines } from "../core/rules/checks/line";
import { indexRuleset } from "../core/rules/index-ruleset";
import { resolveLine } from "../core/rules/resolve";
import { FindingSink } from "../core/rules/sink";
import type { ProposalPart } from "../core/proposal/types";
import { isEmpty, toNumber, toText } from "./args";

/**
 * Jumlah satu baris: volume × harga satuan, tepat sampai sen.
 * @customfunction JUMLAH_BARIS
 * @param volume Volume (boleh desimal, mis. 12,5).
 * @param harga Harga satuan (Rp).
 * @returns Jumlah dalam rupiah.
 */
export function jumlahBaris(volume: any, harga: any): number {
  return multiplyRupiah(toNumber(volume, "volume"), toNumber(harga, "harga"));
}

const text = (value: unknown): TextCell => {
  const t = toText(value);
  return t === "" ? { kind: "empty", cell: "" } : { kind: "text", value: t, cell: "" };
};
const num = (value: unknown, argName: string): NumberCell =>
  isEmpty(value) ? { kind: "empty", cell: "" } : { kind: "number", value: toNumber(value, argName), cell: "" };

/**
 * Memeriksa satu baris rencana kegiatan menurut aturan (menu, rincian, satuan, metode, jumlah, honorarium, lahan): pesan temuan pertama, atau "OK".
 * @customfunction CEK_BARIS
 * @param menu Menu kegiatan.
 * @param rincian Rincian kegiatan.
 * @param uraian Uraian/komponen.
 * @param volume Volume.
 * @param satuan Satuan.
 * @param harga Harga satuan (Rp).
 * @param [jumlah] Jumlah (Rp) bila tertulis; diperiksa terhadap volume × harga.
 * @param [metode] Swakelola atau Kontraktual.
 * @returns "OK" atau pesan temuan terpenting (galat lebih dulu).
 */
export function cekBaris(
  menu: any,
  rincian: any,
  uraian: any,
  volume: any,
  satuan: any,
  harga: any,
  jumlah?: any,
  metode?: any,
): string {
  const empty: TextCell = { kind: "empty", cell: "" };
  const line: ProposalLine = {
    row: 0,
    menu: text(menu),
    rincian: text(rincian),
    menuInherited: false,
    rincianInherited: false,
    uraian: text(uraian),
    volume: num(volume, "volume"),
    satuan: text(satuan),
    hargaSatuan: num(harga, "harga"),
    jumlah: num(jumlah, "jumlah"),
    metode: text(metode),
    lokasi: empty,
    kecamatan: empty,
    desa: empty,
    latitude: { kind: "empty", cell: "" },
    longitude: { kind: "empty", cell: "" },
    penerimaManfaat: empty,
    keterangan: empty,
  };
  const columns = { menu: 0, rincian: 1, uraian: 2, volume: 3, satuan: 4, hargaSatuan: 5, jumlah: 6, metode: 7 };
  const part: ProposalPart = { sheet: "", meta: {}, headerRow: 0, columns, lines: [line], subtotals: [] };
  const ruleset = defaultRuleset();
  const index = indexRuleset(ruleset);
  const out = new FindingSink(ruleset);
  checkLines(part, [resolveLine(index, line)], index, out);
  const first = [...out.list()].sort(compareFindings)[0];
  return first ? formatFinding(first, "id", { withoutWhere: true }) : "OK";
}
