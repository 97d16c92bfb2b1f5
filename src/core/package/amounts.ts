/**
 * Amounts per rincian of each document, keyed so that the RK, the RAB and the KAK meet: the
 * ruleset's rincian when the name (or an alias) is known in any menu, else the name as a compact
 * key. Rupiah arithmetic is exact (src/core/money).
 */
import { multiplyRupiah, sumRupiah } from "../money/arithmetic";
import { compactKey } from "../proposal/text-key";
import type { NumberCell, Proposal, TextCell } from "../proposal/types";
import type { RulesetIndex } from "../rules/index-ruleset";
import type { Resolution } from "../rules/resolve";
import type { KakDocument } from "./kak";
import type { RabDocument, RabItem } from "./rab";

export interface RincianAmount {
  readonly key: string;
  /** The rincian as written first. */
  readonly name: string;
  readonly amount: number;
  readonly sheet: string;
  /** The cell (or range) to correct, or to look at, for this rincian. */
  readonly cell: string;
  /** Number of figures added (for the rounding of a KAK's unit). */
  readonly count: number;
}

export function rincianKey(index: RulesetIndex, name: string): string {
  for (const rincian of index.rincianByMenu.values()) {
    const spec = rincian.find(name);
    if (spec) return `id:${spec.id}`;
  }
  return `name:${compactKey(name)}`;
}

function text(cell: TextCell | undefined): string | undefined {
  return cell?.kind === "text" && cell.value !== "" ? cell.value : undefined;
}

function num(cell: NumberCell | undefined): number | undefined {
  return cell?.kind === "number" ? cell.value : undefined;
}

class Sums {
  private readonly map = new Map<string, { name: string; parts: number[]; sheet: string; cells: string[] }>();
  add(key: string, name: string, amount: number, sheet: string, cell: string): void {
    const had = this.map.get(key);
    if (had) {
      had.parts.push(amount);
      if (cell) had.cells.push(cell);
    } else this.map.set(key, { name, parts: [amount], sheet, cells: cell ? [cell] : [] });
  }
  list(): RincianAmount[] {
    return [...this.map].map(([key, s]) => ({
      key,
      name: s.name,
      amount: sumRupiah(s.parts),
      sheet: s.sheet,
      cell: span(s.cells),
      count: s.parts.length,
    }));
  }
}

/** "H14" for one cell, "H14:H16" for a column run, the first cell otherwise. */
function span(cells: readonly string[]): string {
  if (cells.length <= 1) return cells[0] ?? "";
  const first = /^([A-Z]+)(\d+)$/.exec(cells[0]);
  const last = /^([A-Z]+)(\d+)$/.exec(cells[cells.length - 1]);
  return first && last && first[1] === last[1] ? `${cells[0]}:${cells[cells.length - 1]}` : cells[0];
}

/** The RK's jumlah per rincian, on its jumlah cells. */
export function rkByRincian(proposal: Proposal, resolution: Resolution): RincianAmount[] {
  const sums = new Sums();
  proposal.parts.forEach((part, p) => {
    for (const r of resolution.parts[p]) {
      const name = text(r.line.rincian);
      if (name === undefined || r.amount === undefined) continue;
      const key = r.rincian ? `id:${r.rincian.id}` : `name:${compactKey(name)}`;
      sums.add(key, r.rincian?.name ?? name, r.amount, part.sheet, r.line.jumlah.cell);
    }
  });
  return sums.list();
}

export function itemAmount(item: RabItem): number | undefined {
  const jumlah = num(item.jumlah);
  if (jumlah !== undefined) return jumlah;
  const v = num(item.volume);
  const h = num(item.hargaSatuan);
  return v !== undefined && h !== undefined ? multiplyRupiah(v, h) : undefined;
}

/** The PPN rate an RAB applies: its Tarif PPN cell, else stated PPN ÷ subtotal, else the year's when it has a PPN row. */
export function rabRate(doc: RabDocument, yearRate: number | undefined): number {
  const stated = num(doc.rate);
  if (stated !== undefined) return stated;
  for (const b of doc.blocks) {
    const ppn = num(b.ppn);
    const base = num(b.subtotal);
    if (ppn !== undefined && base) return ppn / base;
  }
  return doc.blocks.some((b) => b.ppn !== undefined) || doc.rate ? (yearRate ?? 0) : 0;
}

/** The RAB's total per rincian, PPN included, on the cells to correct. */
export function rabByRincian(
  docs: readonly RabDocument[],
  index: RulesetIndex,
  yearRate: number | undefined,
): RincianAmount[] {
  const sums = new Sums();
  for (const doc of docs) {
    const rate = rabRate(doc, yearRate);
    for (const block of doc.blocks) {
      const heading = text(block.heading);
      if (heading !== undefined) {
        const items = sumRupiah(block.items.map((i) => itemAmount(i) ?? 0));
        const total =
          num(block.total) ?? (num(block.subtotal) ?? items) + (num(block.ppn) ?? multiplyRupiah(items, rate));
        const cell =
          block.total?.kind === "number" ? block.total.cell : (block.items[0]?.jumlah.cell ?? block.heading!.cell);
        sums.add(rincianKey(index, heading), heading, Math.round(total * 100) / 100, doc.sheet, cell);
        continue;
      }
      for (const item of block.items) {
        const name = text(item.rincian);
        const amount = itemAmount(item);
        if (name === undefined || amount === undefined) continue;
        sums.add(rincianKey(index, name), name, multiplyRupiah(amount, 1 + rate), doc.sheet, item.jumlah.cell);
      }
    }
  }
  return sums.list();
}

/** The KAK's kebutuhan dana per rincian (the dana table, else the output table's pendanaan). */
export function kakByRincian(
  docs: readonly KakDocument[],
  index: RulesetIndex,
): { amounts: RincianAmount[]; factor: number } {
  const sums = new Sums();
  let factor = 1;
  for (const doc of docs) {
    const table = [doc.dana, doc.output].find((t) => t?.rows.some((r) => r.amount.kind === "number"));
    if (!table) continue;
    factor = Math.max(factor, table.factor);
    for (const row of table.rows) {
      const name = text(row.rincian);
      const amount = num(row.amount);
      if (name === undefined || amount === undefined) continue;
      sums.add(rincianKey(index, name), name, amount, doc.sheet, row.amount.cell);
    }
  }
  return { amounts: sums.list(), factor };
}

/** The RAB's total (PPN included) and the KAK's kebutuhan dana, when the workbook holds them filled. */
export interface PackageTotals {
  readonly rab?: number;
  readonly kak?: number;
}

export function packageTotals(proposal: Proposal, index: RulesetIndex): PackageTotals {
  const docs = proposal.documents;
  if (!docs) return {};
  const rab = rabByRincian(docs.rab, index, index.ruleset.thresholds.ppnRate);
  const kak = kakByRincian(docs.kak, index).amounts;
  return {
    ...(rab.length > 0 ? { rab: sumRupiah(rab.map((r) => r.amount)) } : {}),
    ...(kak.length > 0 ? { kak: sumRupiah(kak.map((r) => r.amount)) } : {}),
  };
}
