/** Equality of ruleset values for the comparison of two rulesets: plain JSON, lists as sets. */

type Plain = unknown;

/** Deep equality of JSON values; key order does not matter, array order does. */
export function sameValue(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key] ?? null, rb[key] ?? null)) return false;
  return true;
}

/** What `newer` adds to `older` and what it no longer has, each in its list's order. */
export function setChange(
  older: readonly string[],
  newer: readonly string[],
): { readonly added: readonly string[]; readonly removed: readonly string[] } {
  const before = new Set(older);
  const after = new Set(newer);
  return { added: newer.filter((x) => !before.has(x)), removed: older.filter((x) => !after.has(x)) };
}

/** Two lists with the same members, whatever their order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const { added, removed } = setChange(a, b);
  return added.length === 0 && removed.length === 0;
}
