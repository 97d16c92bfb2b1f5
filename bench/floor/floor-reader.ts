/**
 * The floor `dak`'s reader is held against (issue 18): the least work that gives the same Grid for
 * the proposals the benchmark writes. The whole file read at once, the parts it needs inflated by
 * Node's native zlib in one call each, and a minimal tokenizer over the XML strings: no
 * streaming, no limits, no checks, entities decoded with one replace. Benchmark code only.
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { CellValue, Grid } from "../../src/core/grid/types";

function entries(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(raw) : raw);
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.indexOf("&") === -1 ? s : s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ENTITIES[e]);

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const si of xml.split("<si>").slice(1)) {
    let s = "";
    for (const m of si.replace(/<rPh[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)) s += m[1];
    out.push(decode(s));
  }
  return out;
}

function column(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65) break;
    c = c * 26 + k - 64;
  }
  return c - 1;
}

function sheetGrid(name: string, xml: string, strings: readonly string[]): Grid {
  const values: CellValue[][] = [];
  const cellRe = /<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (const m of xml.matchAll(cellRe)) {
    const body = m[4];
    if (!body) continue;
    const t = /t="(\w+)"/.exec(m[3])?.[1];
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    let value: CellValue = null;
    if (t === "inlineStr") value = decode(/<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1] ?? "") || null;
    else if (v === undefined || v === "") continue;
    else if (t === "s") value = strings[Number(v)] || null;
    else if (t === "str") value = decode(v);
    else if (t === "b") value = v !== "0";
    else if (t === "e") value = { kind: "error", code: v };
    else value = Number(v);
    if (value === null) continue;
    const r = Number(m[2]) - 1;
    while (values.length <= r) values.push([]);
    const row = values[r];
    const c = column(m[1]);
    while (row.length < c) row.push(null);
    row[c] = value;
  }
  for (const m of xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const [top, bottom, left, right] = [Number(m[2]) - 1, Number(m[4]) - 1, column(m[1]), column(m[3])];
    for (let r = top; r <= bottom && r < values.length; r++) {
      for (let c = left; c <= right && c < values[r].length; c++) if (r !== top || c !== left) values[r][c] = null;
    }
  }
  return { sheet: name, origin: { row: 0, col: 0 }, values, hiddenRows: [], hiddenColumns: [] };
}

/** The visible sheets' Grids of the workbook at `path` (the benchmark's own proposals only). */
export function floorGrids(path: string): Grid[] {
  const parts = entries(readFileSync(path));
  const text = (name: string): string | undefined => parts.get(name)?.toString("utf8");
  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const rels = new Map<string, string>();
  for (const m of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(
    /<Relationship [^>]*?Id="(\w+)"[^>]*?Target="([^"]+)"/g,
  )) {
    rels.set(m[1], m[2].replace(/^\/?(xl\/)?/, "xl/"));
  }
  const grids: Grid[] = [];
  for (const m of (text("xl/workbook.xml") ?? "").matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="(\w+)"/g)) {
    const part = rels.get(m[2]);
    const xml = part && text(part);
    if (xml) grids.push(sheetGrid(decode(m[1]), xml, strings));
  }
  return grids;
}
