/**
 * The checks before writing an output file (--report, evaluasi --out): its folder exists, it is
 * not one of the inputs (ever), and it does not exist yet (unless --force). Then an atomic write.
 */
import { realpath, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomic } from "../xlsx/atomic-write";
import type { MessageKey } from "./messages";

export async function outputProblem(
  path: string,
  inputs: readonly string[],
  force: boolean,
): Promise<MessageKey | undefined> {
  if (!(await stat(dirname(path)).catch(() => undefined))?.isDirectory()) return "usage.outputFolderMissing";
  const target = await realpath(path).catch(() => undefined);
  if (target === undefined) return undefined;
  for (const input of inputs) {
    if ((await realpath(input).catch(() => input)) === target) return "usage.outputIsInput";
  }
  return force ? undefined : "usage.outputExists";
}

export async function writeOutput(path: string, data: string | Uint8Array, force: boolean): Promise<void> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  await writeFileAtomic(path, bytes, { overwrite: force });
}
