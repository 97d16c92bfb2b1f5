/**
 * Tolerant name matching that never guesses: two names match when they are equal after folding
 * case, spaces, punctuation and Unicode forms ("Ruang Pamer / Promosi" = "ruang pamer-promosi").
 * Anything else is unknown; the closest known names are offered as suggestions, never applied.
 */

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const AMPERSAND = /&/g;
const ASCII_PUNCT = /[^a-z0-9]+/g;

/** Folds a name for comparison: NFKC (m² -> m2), lower case, "&" -> "dan", punctuation -> space. */
export function nameKey(text: string): string {
  // Fastest path: words of ASCII letters and digits with single spaces between them (most
  // names and uraian) only need lower case.
  if (isSimpleWords(text)) return text.toLowerCase();
  // Fast path for plain ASCII (nearly every uraian): NFKC and Unicode classes change nothing there.
  if (PLAIN_ASCII.test(text)) {
    return text.toLowerCase().replace(AMPERSAND, " dan ").replace(ASCII_PUNCT, " ").trim();
  }
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True for "Word word 12": ASCII letters and digits, single inner spaces, no edge spaces. */
function isSimpleWords(text: string): boolean {
  const n = text.length;
  let afterSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) afterSpace = false;
    else if (c === 32 && !afterSpace) afterSpace = true;
    else return false;
  }
  return !afterSpace || n === 0;
}

/** Folds a satuan: like nameKey, and spaces go too ("m 2" = "m2", "O-B" = "ob"). */
export function satuanKey(text: string): string {
  return nameKey(text).replace(/ /g, "");
}

/** Looks names up by their folded key; remembers folded inputs because lines repeat names. */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly memo = new Map<string, T | null>();
  private readonly displayNames: string[] = [];

  constructor(
    entries: Iterable<{ readonly names: readonly string[]; readonly value: T }>,
    private readonly fold: (text: string) => string = nameKey,
  ) {
    for (const entry of entries) {
      this.displayNames.push(entry.names[0]);
      for (const name of entry.names) {
        const key = this.fold(name);
        if (!this.byKey.has(key)) this.byKey.set(key, entry.value);
      }
    }
  }

  find(text: string): T | undefined {
    let hit = this.memo.get(text);
    if (hit === undefined) {
      hit = this.byKey.get(this.fold(text)) ?? null;
      if (this.memo.size < 10_000) this.memo.set(text, hit);
    }
    return hit ?? undefined;
  }

  /** Up to `count` known names (first name of each entry), closest first. */
  closest(text: string, count = 3): string[] {
    return closestNames(text, this.displayNames, count, this.fold);
  }
}

/** Known names ordered by edit distance of their folded forms (containment counts as close). */
function closestNames(
  text: string,
  known: readonly string[],
  count = 3,
  fold: (t: string) => string = nameKey,
): string[] {
  const key = fold(text);
  return known
    .map((name, index) => {
      const other = fold(name);
      const contained = key.length > 0 && (other.includes(key) || key.includes(other));
      const distance = editDistance(key, other) / Math.max(key.length, other.length, 1);
      return { name, index, score: contained ? distance / 2 : distance };
    })
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map((s) => s.name);
}

/** Levenshtein distance (two rows). Only called for unknown names, so its cost does not matter. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * True when a folded text contains a folded pattern starting at a word start ("honor" matches
 * "honor pokja" and "honorarium", not "phonor"). Both arguments must already be folded.
 */
export function containsWordPrefix(foldedText: string, foldedPattern: string): boolean {
  if (foldedPattern === "") return false;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(foldedPattern, from);
    if (at < 0) return false;
    if (at === 0 || foldedText[at - 1] === " ") return true;
    from = at + 1;
  }
}
