/**
 * Kab/kota and provinsi names as allocation tables and RKs write them: "Kab. Bandung",
 * "KABUPATEN BANDUNG", "Kabupaten  Bandung", "Pemkab Bandung" and "Bandung" (no kind) all name
 * Bandung; "Kota Bandung" is another region. A name is folded to its kind (kab, kota or unknown)
 * and a compact key (letters and digits only, so "Tanjung Pinang" = "Tanjungpinang"). Matching
 * on these keys is tolerant but never guesses: see match.ts.
 */
import { compactKey } from "../proposal/text-key";

export type RegionKind = "kab" | "kota";

export interface RegionKey {
  /** undefined when the name does not say whether it is a kabupaten or a kota. */
  readonly kind?: RegionKind;
  /** Compact key of the name without its kind words; "" for an empty name. */
  readonly key: string;
}

/** Leading words, folded, and the kind they state; longest first. "Administrasi" is dropped too. */
const PREFIXES: readonly (readonly [string, RegionKind | null])[] = [
  ["pemerintah kabupaten administrasi", "kab"],
  ["pemerintah kabupaten", "kab"],
  ["pemerintah kota administrasi", "kota"],
  ["pemerintah kota", "kota"],
  ["pemerintah daerah", null],
  ["kabupaten administrasi", "kab"],
  ["kab administrasi", "kab"],
  ["kab adm", "kab"],
  ["kota administrasi", "kota"],
  ["kota adm", "kota"],
  ["kotamadya", "kota"],
  ["kabupaten", "kab"],
  ["pemkab", "kab"],
  ["pemkot", "kota"],
  ["pemda", null],
  ["kodya", "kota"],
  ["kab", "kab"],
  ["kota", "kota"],
];

/** Lower case, every run of non-letters/digits one space, trimmed. */
function words(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function regionKey(text: string): RegionKey {
  let rest = words(text);
  let kind: RegionKind | undefined;
  for (const [prefix, k] of PREFIXES) {
    // "Kota" alone, or "Kotabaru" (a kabupaten's name), is not a prefix: a space must follow.
    if (rest.startsWith(`${prefix} `)) {
      rest = rest.slice(prefix.length + 1);
      if (k) kind = k;
      break;
    }
  }
  return { kind, key: compactKey(rest) };
}

const PROVINSI_PREFIXES = ["pemerintah provinsi", "provinsi", "propinsi", "prov"];

/** Compact key of a provinsi name without "Provinsi"/"Prov.": "PROV. JAWA BARAT" -> "jawabarat". */
export function provinsiKey(text: string): string {
  let rest = words(text);
  for (const prefix of PROVINSI_PREFIXES) {
    if (rest.startsWith(`${prefix} `)) {
      rest = rest.slice(prefix.length + 1);
      break;
    }
  }
  return compactKey(rest);
}

/** True when a text in the kab/kota column is a provinsi heading row ("Provinsi Jawa Barat"). */
export function isProvinsiHeading(text: string): boolean {
  const w = words(text);
  return PROVINSI_PREFIXES.some((p) => w.startsWith(`${p} `));
}
