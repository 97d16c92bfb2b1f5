/**
 * What a ruleset-loading problem says to an official: a JSON syntax error as "line 5, column 3"
 * (never the parser's English), and a JSON path ("/menus/0/rincian/3/satuan/1") as the place in
 * plain words ("menu ke-1 › rincian ke-4 › satuan ke-2"). The path itself stays available for a
 * details line.
 */
import type { Locale } from "../../runtime/engine";

/** Line and column (1-based) of a JSON.parse error, when its message gives a position. */
export function syntaxErrorPlace(error: unknown, text: string): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return placeOf(text, Number(position[1]));
  if (/end of (JSON )?input/i.test(message)) return placeOf(text, text.length);
  return undefined;
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  id: {
    menus: "menu",
    rincian: "rincian",
    satuan: "satuan",
    rules: "aturan",
    thresholds: "ambang batas",
    penunjang: "kegiatan penunjang",
    metode: "metode",
    aliases: "nama lain",
    caps: "batas",
  },
  en: {
    menus: "menu",
    rincian: "rincian",
    satuan: "unit",
    rules: "rule",
    thresholds: "threshold",
    penunjang: "supporting activity",
    metode: "method",
    aliases: "alias",
    caps: "cap",
  },
};

/** "/menus/0/rincian/3/satuan/1" → "menu ke-1 › rincian ke-4 › satuan ke-2"; "" for the root. */
export function placeInWords(path: string, locale: Locale): string {
  const parts = path.split("/").filter((p) => p !== "");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const name = decodeURIComponent(parts[i].replace(/~1/g, "/").replace(/~0/g, "~"));
    const word = WORDS[locale][name] ?? name;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      const n = Number(next) + 1;
      words.push(locale === "id" ? `${word} ke-${n}` : `${word} #${n}`);
      i++;
    } else {
      words.push(word);
    }
  }
  return words.join(" › ");
}
