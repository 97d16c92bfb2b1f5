/**
 * `"extends": "ta2022"`: a year's ruleset file states only what differs from the one it extends
 * (DESIGN.md §5). Objects merge key by key (thresholds, disbursement, each rule's judgement);
 * arrays and plain values replace. The merged document is then checked as a whole, so a file that
 * extends another is held to exactly the same shape and meaning as a complete one.
 */

type Json = Readonly<Record<string, unknown>>;

/** The raw JSON of a ruleset by id (the bundled files), for resolving `extends`. */
export type RulesetSourceLookup = (id: string) => unknown;

export interface MergeProblem {
  readonly path: string;
  readonly message: string;
}

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Fields a file that extends another must still state: they name the file itself. */
const OWN_FIELDS = ["id", "ta", "title", "version"] as const;

/**
 * The document with every `extends` resolved (innermost first), or the problems: an unknown base,
 * a cycle, or a file that extends without naming itself.
 */
export function resolveExtends(
  json: unknown,
  lookup: RulesetSourceLookup,
): { readonly json: unknown; readonly problems: readonly MergeProblem[] } {
  const problems: MergeProblem[] = [];
  const seen = new Set<string>();
  const resolve = (doc: unknown): unknown => {
    if (!isObject(doc) || !Object.hasOwn(doc, "extends")) return doc;
    const base = doc.extends;
    if (typeof base !== "string" || lookup(base) === undefined) {
      problems.push({ path: "/extends", message: `"${String(base)}" bukan aturan bawaan yang dikenal` });
      return doc;
    }
    if (seen.has(base)) {
      problems.push({ path: "/extends", message: `"${base}" memperluas dirinya sendiri (melingkar)` });
      return doc;
    }
    seen.add(base);
    for (const field of OWN_FIELDS) {
      if (!Object.hasOwn(doc, field))
        problems.push({ path: `/${field}`, message: "wajib ada (juga pada aturan yang memperluas aturan lain)" });
    }
    const merged = merge(resolve(lookup(base)), doc) as Record<string, unknown>;
    // The chain is kept as the nearest base only: what this file was written against.
    merged.extends = base;
    return merged;
  };
  return { json: resolve(json), problems };
}

function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    out[key] = Object.hasOwn(base, key) ? merge(base[key], over[key]) : over[key];
  }
  return out;
}
