/**
 * Writes a whole file atomically: the bytes go to a temporary file beside the target, which then
 * takes the target's name in one step. Readers never see half a file, a crash leaves the old file
 * intact, and without `overwrite` an existing file is never replaced — even one created while we
 * were writing (a hard link fails if the name is taken, where a rename would silently replace it).
 */
import { randomBytes } from "node:crypto";
import { link, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`file exists: ${path}`);
    this.name = "FileExistsError";
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array, options: { overwrite: boolean }): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temp, data, { flag: "wx" });
  try {
    if (options.overwrite) await rename(temp, path);
    else {
      try {
        await link(temp, path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(path);
        throw e;
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
