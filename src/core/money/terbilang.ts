/**
 * Terbilang: an amount in Indonesian words, as official documents write it next to the figure.
 * First slice: non-negative integers up to 999 triliun (the rupiah issue adds sen, the currency
 * word, Title Case and negatives).
 */

const ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const SCALES: ReadonlyArray<readonly [bigint, string]> = [
  [1_000_000_000_000n, "triliun"],
  [1_000_000_000n, "miliar"],
  [1_000_000n, "juta"],
  [1_000n, "ribu"],
];
export const TERBILANG_MAX = 999_999_999_999_999;

export type TerbilangResult = { ok: true; words: string } | { ok: false; reason: "NOT_INTEGER" | "OUT_OF_RANGE" };

export function terbilang(value: number): TerbilangResult {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return { ok: false, reason: "NOT_INTEGER" };
  if (value < 0 || value > TERBILANG_MAX) return { ok: false, reason: "OUT_OF_RANGE" };
  if (value === 0) return { ok: true, words: "nol" };
  return { ok: true, words: spell(BigInt(value)) };
}

function spell(n: bigint): string {
  const words: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const count = rest / size;
    rest %= size;
    if (count === 0n) continue;
    // "seribu", never "satu ribu"; but "satu juta", "satu miliar", "satu triliun".
    words.push(count === 1n && size === 1_000n ? "seribu" : `${belowThousand(Number(count))} ${name}`);
  }
  if (rest > 0n) words.push(belowThousand(Number(rest)));
  return words.join(" ");
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds === 1) parts.push("seratus");
  else if (hundreds > 1) parts.push(`${ONES[hundreds]} ratus`);
  if (rest > 0) parts.push(belowHundred(rest));
  return parts.join(" ");
}

function belowHundred(n: number): string {
  if (n < 10) return ONES[n];
  if (n === 10) return "sepuluh";
  if (n === 11) return "sebelas";
  if (n < 20) return `${ONES[n - 10]} belas`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return ones === 0 ? `${ONES[tens]} puluh` : `${ONES[tens]} puluh ${ONES[ones]}`;
}
