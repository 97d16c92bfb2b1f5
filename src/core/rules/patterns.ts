/**
 * Word lists of a ruleset (honorarium, excluded roles, land purchase, DAK Nonfisik items): each
 * pattern is plain words, folded like names, and matches at a word start of a folded uraian.
 * One alternation per list tests the usual clean line in one step; only a hit looks for which.
 */
import { containsWordPrefix, nameKey } from "./names";

export interface PatternList {
  /** The first pattern (as written in the ruleset) found at a word start of the folded text. */
  find(foldedText: string): string | undefined;
}

export function patternList(patterns: readonly string[]): PatternList {
  const folded = patterns.map((written) => ({ written, key: nameKey(written) })).filter((p) => p.key !== "");
  if (folded.length === 0) return { find: () => undefined };
  const escaped = folded.map((p) => p.key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const matcher = new RegExp(`(?:^| )(?:${escaped.join("|")})`);
  return {
    find(text) {
      if (!matcher.test(text)) return undefined;
      return folded.find((p) => containsWordPrefix(text, p.key))?.written;
    },
  };
}
