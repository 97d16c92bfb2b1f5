/** The sheet-kind vocabulary (src/data/reading/sheet-kinds.json) as compact keys. */
import data from "../../data/reading/sheet-kinds.json";
import { compactKey, labelKeys } from "../proposal/text-key";

export interface KindWords {
  readonly titles: readonly string[];
  /** Whole labels, compact, bracketed parts removed. */
  readonly labels: readonly string[];
  /** Labels given with a trailing "*": a label starting with one counts. */
  readonly prefixes: readonly string[];
  readonly names: readonly string[];
  /** Labels worth a title (whole or "*" prefixes, compiled like labels). */
  readonly strong: { readonly labels: readonly string[]; readonly prefixes: readonly string[] };
}

interface RawWords {
  readonly titles: readonly string[];
  readonly strong: readonly string[];
  readonly labels: readonly string[];
  readonly names: readonly string[];
}

function split(labels: readonly string[]): { labels: string[]; prefixes: string[] } {
  return {
    labels: labels.filter((l) => !l.endsWith("*")).map((l) => labelKeys(l).name),
    prefixes: labels.filter((l) => l.endsWith("*")).map((l) => compactKey(l.slice(0, -1))),
  };
}

function compile(raw: RawWords): KindWords {
  return {
    titles: raw.titles.map(compactKey),
    ...split(raw.labels),
    names: raw.names.map(compactKey),
    strong: split(raw.strong),
  };
}

export const KIND_WORDS = {
  rk: compile(data.rk),
  rab: compile(data.rab),
  kak: compile(data.kak),
  sentra: compile(data.sentra),
  realisasi: compile(data.realisasi),
  hasil: compile(data.hasil),
} as const;
