/**
 * Tolerant label keys. Officials write "Kabupaten/Kota", "KABUPATEN / KOTA :" or "Kab. Kota";
 * headers carry units in brackets ("Harga Satuan (Rp)") and meta labels may be numbered
 * ("1. Provinsi"). Comparing compact keys (lower-case letters and digits only) makes matching
 * case-, space- and punctuation-insensitive without guessing.
 */

/** Lower-case letters and digits only, accents removed: "T.A." -> "ta", "Kab/Kota" -> "kabkota". */
export function compactKey(text: string): string {
  let out = "";
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charCodeAt(i);
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) out += lower[i];
    else if (ch > 127) {
      // Rare: strip accents ("é" -> "e") only when a non-ASCII character is present.
      const plain = lower[i].normalize("NFKD").replace(/[^a-z0-9]/g, "");
      out += plain;
    }
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

export function labelKeys(text: string, dropEnumeration = false): LabelKeys {
  const source = dropEnumeration ? text.replace(LEADING_ENUMERATION, "") : text;
  const brackets: string[] = [];
  const name = source.replace(BRACKETED, (_m, inner: string) => {
    brackets.push(compactKey(inner));
    return " ";
  });
  return { name: compactKey(name), brackets, full: compactKey(source) };
}
