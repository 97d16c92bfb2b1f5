/**
 * A tiny hand-written shape checker for JSON data (the ruleset loader's first pass). It reports
 * every problem with its JSON Pointer path ("/menus/0/rincian/3/satuan"), as ajv does.
 *
 * Why not ajv (issue 16.5): ajv's runtime compiles schemas with `new Function`, which the add-in
 * must not ship; its standalone mode would precompile at build time, but its messages are English
 * fragments an official cannot act on ("must be string"), and the loader's words ("harus teks,
 * bukan number", then the plain-words sentences of src/taskpane/aturan/problemText.ts) would be
 * mapped from ajv's keywords here anyway. The price of keeping this checker is that
 * ruleset-shape.ts states the schema's constraints a second time; load-ruleset.test.ts holds the
 * two to the same broken documents, so they cannot drift apart unnoticed. Kept; its size and speed
 * against ajv standalone were not measured.
 */

export interface ShapeProblem {
  /** JSON Pointer of the offending value ("" = the whole document). */
  readonly path: string;
  /** What is wrong, in Bahasa Indonesia (shown to officials loading a ruleset). */
  readonly message: string;
}

/** Checks value at path, pushes problems, returns true when the value has the shape. */
export type Shape = (value: unknown, path: string, problems: ShapeProblem[]) => boolean;

const describe = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Letters, digits, spaces and the punctuation of names ("ULP", "pokja/ULP", "uang-lelah"). */
const PLAIN_WORDS = /^[\p{L}\p{N}][\p{L}\p{N} .,'/&()-]*$/u;
/** Regex syntax: a pattern holding it was probably meant as a regex, which patterns are not. */
const REGEX_SYNTAX = /[\\^$*+?[\]{}|]|\(\?/;

export function str(opts: { nonEmpty?: boolean; oneOf?: readonly string[]; plainWords?: boolean } = {}): Shape {
  return (v, path, problems) => {
    if (typeof v !== "string") return fail(problems, path, `harus teks, bukan ${describe(v)}`);
    if (opts.nonEmpty && v.trim() === "") return fail(problems, path, "tidak boleh kosong");
    if (opts.plainWords && (REGEX_SYNTAX.test(v) || !PLAIN_WORDS.test(v.trim()))) {
      return fail(
        problems,
        path,
        `pola "${v}" harus berupa kata biasa (huruf, angka, spasi), bukan ekspresi reguler atau tanda baca saja`,
      );
    }
    if (opts.oneOf && !opts.oneOf.includes(v)) {
      return fail(problems, path, `harus salah satu dari: ${opts.oneOf.join(", ")} (tertulis "${v}")`);
    }
    return true;
  };
}

export function num(opts: { min?: number; max?: number; integer?: boolean } = {}): Shape {
  return (v, path, problems) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return fail(problems, path, `harus angka, bukan ${describe(v)}`);
    if (opts.integer && !Number.isInteger(v)) return fail(problems, path, "harus bilangan bulat");
    if (opts.min !== undefined && v < opts.min) return fail(problems, path, `minimal ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) return fail(problems, path, `maksimal ${opts.max}`);
    return true;
  };
}

export const bool: Shape = (v, path, problems) =>
  typeof v === "boolean" || fail(problems, path, `harus true atau false, bukan ${describe(v)}`);

export function arr(item: Shape, opts: { minItems?: number } = {}): Shape {
  return (v, path, problems) => {
    if (!Array.isArray(v)) return fail(problems, path, `harus daftar (array), bukan ${describe(v)}`);
    let ok = true;
    if (opts.minItems !== undefined && v.length < opts.minItems) {
      ok = fail(problems, path, `harus berisi minimal ${opts.minItems} butir`);
    }
    v.forEach((x, i) => {
      ok = item(x, `${path}/${i}`, problems) && ok;
    });
    return ok;
  };
}

export interface FieldSpec {
  readonly shape: Shape;
  readonly optional?: boolean;
}

export const req = (shape: Shape): FieldSpec => ({ shape });
export const opt = (shape: Shape): FieldSpec => ({ shape, optional: true });

/** An object with exactly these fields (unknown fields are reported: they are usually typos). */
export function obj(fields: Readonly<Record<string, FieldSpec>>, opts: { allowExtra?: readonly string[] } = {}): Shape {
  return (v, path, problems) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      return fail(problems, path, `harus objek, bukan ${describe(v)}`);
    }
    const record = v as Record<string, unknown>;
    let ok = true;
    for (const [key, spec] of Object.entries(fields)) {
      // Own keys only: "constructor", "toString" or "__proto__" must not be found on Object.prototype.
      if (!Object.hasOwn(record, key) || record[key] === undefined) {
        if (!spec.optional) ok = fail(problems, `${path}/${escapePointer(key)}`, "wajib ada");
        continue;
      }
      ok = spec.shape(record[key], `${path}/${escapePointer(key)}`, problems) && ok;
    }
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(fields, key) && !opts.allowExtra?.includes(key)) {
        ok = fail(problems, `${path}/${escapePointer(key)}`, "kolom tidak dikenal (salah ketik?)");
      }
    }
    return ok;
  };
}

/** An object used as a map: any keys, every value of one shape. */
export function record(value: Shape): Shape {
  return (v, path, problems) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      return fail(problems, path, `harus objek, bukan ${describe(v)}`);
    }
    let ok = true;
    for (const [key, x] of Object.entries(v)) ok = value(x, `${path}/${escapePointer(key)}`, problems) && ok;
    return ok;
  };
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function fail(problems: ShapeProblem[], path: string, message: string): false {
  problems.push({ path, message });
  return false;
}
