/** The argument of load() in its three Office.js forms, as property paths. */
/**
 * What load() takes: "values, numberFormat", ["values"], { select: "values" }, or Office.js's
 * object form { values: true, format: { fill: { color: true } } } ($all: every scalar property).
 */
export type LoadOption = string | string[] | object;

/** A load option -> property paths ("values", "format/fill/color"; "$all" for every scalar). */
export function parseLoadOption(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  if (typeof option === "string") return splitList(option);
  if (Array.isArray(option)) return splitList(option.join(","));
  const select = (option as { select?: unknown }).select;
  if (select !== undefined) return splitList(Array.isArray(select) ? select.join(",") : String(select));
  return flagPaths(option as Record<string, unknown>, "");
}

function splitList(list: string): string[] {
  return list
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function flagPaths(flags: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(flags).flatMap(([key, on]) => {
    if (typeof on === "object" && on !== null) return flagPaths(on as Record<string, unknown>, `${prefix}${key}/`);
    return on === true ? [prefix + key] : [];
  });
}
