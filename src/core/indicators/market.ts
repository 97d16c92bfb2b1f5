/**
 * Market reach of a sentra as an ordinal level (DOMAIN.md §4): 1 desa/kecamatan, 2 kab/kota,
 * 3 provinsi, 4 nasional, 5 ekspor. Read from a number or from the words officials write; a text
 * naming several areas ("kab/kota dan ekspor") gives the highest level reached.
 */
import { normaliseLabel } from "./definitions";

export interface MarketLevelWords {
  readonly level: 1 | 2 | 3 | 4 | 5;
  readonly name: string;
  /** Normalised words or phrases (whole words) that mean this level. */
  readonly words: readonly string[];
}

const MARKET_LEVELS: readonly MarketLevelWords[] = [
  { level: 1, name: "desa/kecamatan", words: ["desa", "kelurahan", "kecamatan", "lokal", "setempat"] },
  { level: 2, name: "kab/kota", words: ["kab", "kabupaten", "kota", "kabupaten kota", "kab kota"] },
  { level: 3, name: "provinsi", words: ["provinsi", "prov", "propinsi"] },
  {
    level: 4,
    name: "nasional",
    words: ["nasional", "antar provinsi", "antarprovinsi", "dalam negeri", "seluruh indonesia"],
  },
  {
    level: 5,
    name: "ekspor",
    words: ["ekspor", "eksport", "export", "internasional", "luar negeri", "mancanegara", "global"],
  },
];

export type MarketLevelResult =
  | { readonly ok: true; readonly level: number; readonly name: string }
  | { readonly ok: false; readonly reason: "EMPTY" | "OUT_OF_RANGE" | "UNKNOWN_WORDS" };

/** A level from a number (1…5, whole) or from words; numeric text ("3") reads as the number. */
export function readMarketLevel(input: number | string): MarketLevelResult {
  if (typeof input === "number") return levelFromNumber(input);
  const text = normaliseLabel(input);
  if (text === "") return { ok: false, reason: "EMPTY" };
  if (/^\d+$/.test(text) && text === input.trim()) return levelFromNumber(Number(text));
  const padded = ` ${text} `;
  let best: MarketLevelWords | undefined;
  for (const entry of MARKET_LEVELS) {
    if (entry.words.some((w) => padded.includes(` ${w} `)) && (!best || entry.level > best.level)) best = entry;
  }
  return best ? { ok: true, level: best.level, name: best.name } : { ok: false, reason: "UNKNOWN_WORDS" };
}

function levelFromNumber(n: number): MarketLevelResult {
  const entry = MARKET_LEVELS.find((e) => e.level === n);
  return entry ? { ok: true, level: entry.level, name: entry.name } : { ok: false, reason: "OUT_OF_RANGE" };
}
