/**
 * Names for new sheets and tables that never collide with what the user already has: a taken
 * name gets " (2)", " (3)", … (tables, which allow no spaces, get "2", "3", …). Excel compares
 * names case-insensitively and limits sheet names to 31 characters.
 */

const SHEET_NAME_MAX = 31;

export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

export function uniqueTableName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    if (!used.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
  }
}
