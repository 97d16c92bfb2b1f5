/**
 * Writes a whole file atomically: the bytes go to a temporary file beside the target, which then
 * takes the target's name in one step. Readers never see half a file, a crash leaves the old file
 * intact, and without `overwrite` an existing file is never replaced — even one created while we
 * were writing (a hard link fails if the name is taken, where a rename would silently replace it).
 * The one writer of the recap and of `dak template`.
 */
import { randomBytes } from "node:crypto";
import { link, lstat, readdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`file exists: ${path}`);
    this.name = "FileExistsError";
  }
}

/**
 * Throws FileExistsError when the target exists and !overwrite; any other failure as it comes.
 * `data` is the bytes, or a function that writes the temporary file it is given (streamed).
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | ((temp: string) => Promise<void>),
  options: { overwrite: boolean },
): Promise<void> {
  await removeStaleTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  // "wx": the temporary name is ours alone; never follow or clobber anything already there. A
  // writer function (a streamed workbook) then fills the file it was given.
  await writeFile(temp, typeof data === "function" ? new Uint8Array() : data, { flag: "wx" });
  try {
    if (typeof data === "function") await data(temp);
    if (options.overwrite) await rename(temp, path);
    else await placeWithoutClobbering(temp, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * A process killed while writing (kill -9, a power cut) leaves its hidden temporary file behind:
 * ours are named `.<target>.<pid>.<8 hex>.tmp`; one whose process no longer runs is removed.
 */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (m && !isRunning(Number(m[1]))) await unlink(join(dirname(path), name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

async function placeWithoutClobbering(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(path);
    // File systems without hard links (some network and FAT drives): check, then rename.
    if (await exists(path)) throw new FileExistsError(path);
    await rename(temp, path);
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
