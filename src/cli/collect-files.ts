/**
 * Turns the paths a user gives into the list of files to check: a file is taken as given (even
 * with another extension: it will be reported unreadable if it is not a workbook); a folder gives
 * every spreadsheet below it (.xlsx, .xlsm, .xls, .ods …: one we cannot read gets an unreadable
 * row, never no row), in name order, skipping Excel's lock files (~$…) and hidden files (our own
 * temporary files start with a dot). A path that does not exist is kept, to be reported.
 *
 * Folders are walked with names as bytes, so a name that is not valid UTF-8 (copied from an old
 * Windows share) is still found and opened: such a file is reached through a link with a plain
 * name in a private folder, and shown with its odd bytes as \xNN. Links are followed only to
 * what lies inside the folder given; a link loop is walked once. Each file is listed once.
 */
import { mkdtemp, readdir, realpath, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import type { InputFile } from "./pool";

export interface CollectedFiles {
  readonly files: InputFile[];
  /** Folders the user gave that hold no workbook. */
  readonly emptyFolders: string[];
  /** Folders (given, or found below a given one) that could not be listed, with the reason. */
  readonly unreadableFolders: { readonly path: string; readonly reason: string }[];
  /** Links not followed because they lead outside the folder given (shown, not checked). */
  readonly linksOutside: string[];
  /** Removes the private folder of links to oddly named files (call when the batch is done). */
  readonly dispose: () => Promise<void>;
}

/** Spreadsheet files a folder may hold: each gets a row, read or unreadable. */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xlsb|xls|ods)$/i;
const SEP = Buffer.from(sep);

interface Found {
  readonly file: InputFile;
  /** The real path's bytes (latin1): the same file reached twice is listed once. */
  readonly key: string;
}

class Collector {
  readonly found: Found[] = [];
  readonly unreadable: { path: string; reason: string }[] = [];
  readonly outside: string[] = [];
  private aliasFolder: string | undefined;
  private aliases = 0;

  /** A plain-named link to a file whose name is not valid UTF-8. */
  async alias(path: Buffer): Promise<string> {
    this.aliasFolder ??= await mkdtemp(join(tmpdir(), "dak-nama-"));
    const link = join(this.aliasFolder, `${++this.aliases}${SPREADSHEET.exec(path.toString("latin1"))?.[0] ?? ""}`);
    await symlink(path, link);
    return link;
  }

  async dispose(): Promise<void> {
    if (this.aliasFolder) await rm(this.aliasFolder, { recursive: true, force: true });
  }
}

export async function collectFiles(paths: readonly string[], cwd: string): Promise<CollectedFiles> {
  const c = new Collector();
  const emptyFolders: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      c.found.push({ file: { path, display: given }, key: await realKey(Buffer.from(path)) });
      continue;
    }
    const root = Buffer.from(await realKey(Buffer.from(path)), "latin1");
    const before = c.found.length;
    await walk(c, { root, visited: new Set() }, Buffer.from(path), given);
    if (c.found.length === before && !c.unreadable.some((u) => u.path === given)) emptyFolders.push(given);
  }
  const seen = new Set<string>();
  const files = c.found.filter((f) => !seen.has(f.key) && seen.add(f.key)).map((f) => f.file);
  return {
    files,
    emptyFolders,
    unreadableFolders: c.unreadable,
    linksOutside: c.outside,
    dispose: () => c.dispose(),
  };
}

async function realKey(path: Buffer): Promise<string> {
  const real = await realpath(path, { encoding: "buffer" }).catch(() => path);
  return real.toString("latin1");
}

function inside(root: Buffer, real: Buffer): boolean {
  return (
    real.equals(root) ||
    (real.length > root.length &&
      real.subarray(0, root.length).equals(root) &&
      real.subarray(root.length, root.length + SEP.length).equals(SEP))
  );
}

/** A name for people: valid UTF-8 as it is, other bytes as \xNN. */
function shownName(name: Buffer): string {
  const text = name.toString("utf8");
  if (Buffer.from(text, "utf8").equals(name)) return text;
  let out = "";
  for (let i = 0; i < name.length;) {
    const len = utf8Length(name, i);
    out +=
      len > 0
        ? name.subarray(i, i + len).toString("utf8")
        : `\\x${name[i].toString(16).toUpperCase().padStart(2, "0")}`;
    i += len > 0 ? len : 1;
  }
  return out;
}

/** Length of the valid UTF-8 sequence at i, or 0. */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i];
  const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > b.length) return 0;
  const piece = b.subarray(i, i + len);
  return Buffer.from(piece.toString("utf8"), "utf8").equals(piece) ? len : 0;
}

async function walk(
  c: Collector,
  w: { root: Buffer; visited: Set<string> },
  dir: Buffer,
  display: string,
): Promise<void> {
  const key = await realKey(dir);
  if (w.visited.has(key)) return; // a link loop, or a folder linked twice
  w.visited.add(key);
  let names: Buffer[];
  try {
    names = await readdir(dir, { encoding: "buffer" });
  } catch (err) {
    // Never skip a folder silently: the ministry must know which proposals were not checked.
    c.unreadable.push({ path: display, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    return;
  }
  names.sort(Buffer.compare);
  for (const name of names) {
    if (name[0] === 0x2e || (name[0] === 0x7e && name[1] === 0x24)) continue; // ".…", "~$…"
    const path = Buffer.concat([dir, SEP, name]);
    const shown = join(display, shownName(name));
    const info = await stat(path).catch(() => undefined);
    const real = info ? Buffer.from(await realKey(path), "latin1") : path;
    if (info && !inside(w.root, real)) {
      if (info.isDirectory() || SPREADSHEET.test(name.toString("latin1"))) c.outside.push(shown);
      continue;
    }
    if (info?.isDirectory()) await walk(c, w, path, shown);
    else if (SPREADSHEET.test(name.toString("latin1"))) {
      const text = path.toString("utf8");
      const file = Buffer.from(text, "utf8").equals(path) ? text : await c.alias(path);
      c.found.push({ file: { path: file, display: shown }, key: real.toString("latin1") });
    }
  }
}
