/**
 * Turns the paths a user gives into the list of files to check: a file is taken as given (even
 * with another extension: it will be reported unreadable if it is not a workbook); a folder gives
 * every .xlsx below it, in name order, skipping Excel's lock files (~$…) and hidden files (our own
 * temporary files start with a dot). A path that does not exist is kept, to be reported.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { InputFile } from "./pool";

export interface CollectedFiles {
  readonly files: InputFile[];
  /** Folders the user gave that hold no workbook. */
  readonly emptyFolders: string[];
  /** Folders (given, or found below a given one) that could not be listed, with the reason. */
  readonly unreadableFolders: { readonly path: string; readonly reason: string }[];
}

export async function collectFiles(paths: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files: InputFile[] = [];
  const emptyFolders: string[] = [];
  const unreadableFolders: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  const add = async (path: string, display: string): Promise<void> => {
    const key = await realpath(path).catch(() => path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, display });
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      await add(path, given);
      continue;
    }
    const found = await walk(path, given, new Set(), unreadableFolders);
    if (found.length === 0 && !unreadableFolders.some((u) => u.path === given)) emptyFolders.push(given);
    for (const f of found) await add(f.path, f.display);
  }
  return { files, emptyFolders, unreadableFolders };
}

const WORKBOOK = /\.xlsx$/i;

async function walk(
  dir: string,
  display: string,
  visited: Set<string>,
  unreadable: { path: string; reason: string }[],
): Promise<InputFile[]> {
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return []; // a symlink loop
  visited.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    // Never skip a folder silently: the ministry must know which proposals were not checked.
    unreadable.push({ path: display, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: InputFile[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const path = join(dir, e.name);
    const shown = join(display, e.name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory());
    if (isDir) out.push(...(await walk(path, shown, visited, unreadable)));
    else if (WORKBOOK.test(e.name)) out.push({ path, display: shown });
  }
  return out;
}
