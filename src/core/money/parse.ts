/**
 * parseRupiah: Indonesian amount text -> number. FIRST SLICE ONLY (plain digits with an optional
 * decimal point); the rupiah issue replaces it with the full reader of DOMAIN.md §6.
 */
export type ParseFailReason = "EMPTY" | "NOT_A_NUMBER";

export type ParseResult =
  | { readonly ok: true; readonly value: number; readonly notes?: readonly string[] }
  | { readonly ok: false; readonly reason: ParseFailReason; readonly message: string };

export function parseRupiah(text: string): ParseResult {
  const t = text.trim();
  if (t === "") return { ok: false, reason: "EMPTY", message: "teks kosong" };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { ok: true, value: Number(t) };
  return { ok: false, reason: "NOT_A_NUMBER", message: "tidak terbaca sebagai angka" };
}
