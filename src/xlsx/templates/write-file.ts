/**
 * Writing a workbook without ever losing a user's file: refuse an existing target unless asked
 * to replace it, write to a temporary file beside it, then rename (atomic on one file system),
 * so a crash never leaves a half-written .xlsx under the user's name.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";

export type WriteResult = { ok: true; path: string } | { ok: false; reason: "EXISTS" | "WRITE_FAILED"; detail: string };

export async function writeWorkbookAtomically(
  workbook: ExcelJS.Workbook,
  target: string,
  options: { force?: boolean } = {},
): Promise<WriteResult> {
  const full = path.resolve(target);
  if (!options.force && (await exists(full))) return { ok: false, reason: "EXISTS", detail: full };
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    // "wx": the temporary name is ours alone; never follow or clobber anything already there.
    await fs.writeFile(temp, Buffer.from(buffer as ArrayBuffer), { flag: "wx" });
    if (options.force) {
      await fs.rename(temp, full);
      return { ok: true, path: full };
    }
    return await placeWithoutClobbering(temp, full);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, reason: "WRITE_FAILED", detail: err instanceof Error ? err.message : String(err) };
  }
}

/** A hard link fails with EEXIST when the target appeared meanwhile: no window for a race. */
async function placeWithoutClobbering(temp: string, full: string): Promise<WriteResult> {
  try {
    await fs.link(temp, full);
    await fs.rm(temp, { force: true });
    return { ok: true, path: full };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      await fs.rm(temp, { force: true });
      return { ok: false, reason: "EXISTS", detail: full };
    }
    // File systems without hard links (some network and FAT drives): check, then rename.
    if (await exists(full)) {
      await fs.rm(temp, { force: true });
      return { ok: false, reason: "EXISTS", detail: full };
    }
    await fs.rename(temp, full);
    return { ok: true, path: full };
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}
