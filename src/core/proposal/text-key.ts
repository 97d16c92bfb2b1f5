/**
 * Tolerant label keys. Officials write "Kabupaten/Kota", "KABUPATEN / KOTA :" or "Kab. Kota";
 * headers carry units in brackets ("Harga Satuan (Rp)") and meta labels may be numbered
 * ("1. Provinsi"). Comparing compact keys (lower-case letters and digits only) makes matching
 * case-, space- and punctuation-insensitive without guessing.
 */

/** Lower-case letters and digits only, accents removed: "T.A." -> "ta", "Kab/Kota" -> "kabkota". */
export function compactKey(text: string): string {
  const lower = text.toLowerCase();
  // The usual label is ASCII: keep its runs of letters and digits, slicing rather than adding
  // character by character (every cell of a sheet's first and last rows passes here).
  let out = "";
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) continue;
    if (ch > 127) return accentedKey(lower);
    if (i > run) out += lower.slice(run, i);
    run = i + 1;
  }
  return run === 0 ? lower : out + lower.slice(run);
}

/** compactKey of a text holding non-ASCII characters: accents stripped ("é" -> "e"), others dropped. */
function accentedKey(lower: string): string {
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) out += lower[i];
    else if (ch > 127) out += lower[i].normalize("NFKD").replace(/[^a-z0-9]/g, "");
  }
  return out;
}

export interface LabelKeys {
  /** The label without its bracketed parts. */
  readonly name: string;
  /** Each bracketed part, e.g. ["rp"] for "Pagu (Rp)". */
  readonly brackets: readonly string[];
  /** The whole text, brackets included. */
  readonly full: string;
}

const BRACKETED = /[([{]([^)\]}]*)[)\]}]/g;
/** "1. ", "a) ", "IV. " before a meta label. */
const LEADING_ENUMERATION = /^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/i;

/** labelKeys(text).name alone: the label without its bracketed parts, compact. */
export function labelName(text: string): string {
  return compactKey(/[([{]/.test(text) ? text.replace(BRACKETED, " ") : text);
}

export function labelKeys(text: string, dropEnumeration = false): LabelKeys {
  const source = dropEnumeration ? text.replace(LEADING_ENUMERATION, "") : text;
  const brackets: string[] = [];
  const name = source.replace(BRACKETED, (_m, inner: string) => {
    brackets.push(compactKey(inner));
    return " ";
  });
  return { name: compactKey(name), brackets, full: compactKey(source) };
}
