/**
 * `dak evaluasi <file|folder>…`: reads every sentra sheet of every file (in this thread: reading
 * a few dozen workbooks is quick, and no rule runs), evaluates them with the core, prints the
 * table or JSON, and writes --out (xlsx) and --report (html) when asked.
 * Exit 0 = done; 2 = usage error, an unreadable file, or no sentra data at all.
 */
import { resolve } from "node:path";
import { evaluateSentra, sentraOfWorkbook, type SentraInput } from "../../core/evaluation";
import type { Grid } from "../../core/grid/types";
import { LOCALES } from "../../core/i18n/locale";
import { FileExistsError } from "../../xlsx/atomic-write";
import { readWorkbookFile } from "../../xlsx/grid-reader";
import { DEFAULT_LIMITS } from "../../xlsx/limits";
import { isUnreadableError } from "../../xlsx/unreadable";
import type { EvaluasiArgs } from "../args";
import { collectFiles } from "../collect-files";
import { buildEvaluasiReport } from "../html/evaluasi-report";
import type { CliIO } from "../io";
import { t, type MessageKey } from "../messages";
import { outputProblem, writeOutput } from "../output-file";
import type { Presenter } from "../presenter";
import { reasonText } from "../presenter";
import { unreadableReport } from "../report";
import { usageError } from "../usage";
import { formatEvaluasiJson, formatEvaluasiTable, type EvaluasiBatch } from "./format";

export async function runEvaluasi(args: EvaluasiArgs, io: CliIO, p: Presenter): Promise<number> {
  const limits = io.limits ?? DEFAULT_LIMITS;
  const { files, emptyFolders, unreadableFolders } = await collectFiles(args.paths, io.cwd);
  for (const folder of emptyFolders) io.stderr.write(`dak: ${t(p.lang, "usage.folderEmpty", { path: folder })}\n`);
  for (const folder of unreadableFolders)
    io.stderr.write(`dak: ${t(p.lang, "usage.folderUnreadable", { path: folder.path, detail: folder.reason })}\n`);
  const outputs = [
    { given: args.out, path: args.out === undefined ? undefined : resolve(io.cwd, args.out) },
    { given: args.report, path: args.report === undefined ? undefined : resolve(io.cwd, args.report) },
  ];
  for (const o of outputs) {
    if (o.path === undefined) continue;
    const problem = await outputProblem(
      o.path,
      files.map((f) => f.path),
      args.force,
    );
    if (problem) return usageError(io, p.lang, { key: problem, params: { path: o.given ?? "" }, command: "evaluasi" });
  }

  const sentra: SentraInput[] = [];
  const withoutSentra: string[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const f of files) {
    try {
      const grids = await readWorkbookFile(f.path, limits);
      if (isEvaluasiOutput(grids)) {
        io.stderr.write(`${t(p.lang, "evaluasi.ownOutput", { path: f.display })}\n`);
        continue;
      }
      const found = sentraOfWorkbook(grids, f.display);
      if (found.sheets.length === 0) withoutSentra.push(f.display);
      sentra.push(...found.sentra);
    } catch (e) {
      const report = isUnreadableError(e)
        ? unreadableReport(f.display, e.reason, e.params)
        : unreadableReport(f.display, "INTERNAL_ERROR", { detail: String(e) });
      unreadable.push({ file: f.display, reason: reasonText(p, report) });
    }
  }
  const batch: EvaluasiBatch = { files: files.length, withoutSentra, unreadable, result: evaluateSentra(sentra) };

  io.stdout.write(args.format === "json" ? formatEvaluasiJson(batch, p) : formatEvaluasiTable(batch, p));
  let code = batch.unreadable.length > 0 || emptyFolders.length > 0 || unreadableFolders.length > 0 ? 2 : 0;
  if (sentra.length === 0) {
    io.stderr.write(`dak: ${t(p.lang, "usage.noSentra")}\n`);
    code = 2;
  }
  const write = async (
    given: string | undefined,
    path: string | undefined,
    make: () => Promise<Uint8Array | string>,
    done: MessageKey,
  ) => {
    if (given === undefined || path === undefined) return;
    try {
      await writeOutput(path, await make(), args.force);
      io.stderr.write(`${t(p.lang, done, { path: given })}\n`);
    } catch (e) {
      const key = e instanceof FileExistsError ? "usage.outputExists" : "usage.outputFailed";
      io.stderr.write(`dak: ${t(p.lang, key, { path: given, detail: (e as Error).message })}\n`);
      code = 2;
    }
  };
  await write(args.out, outputs[0].path, () => evaluasiWorkbook(batch, p), "table.outWritten");
  await write(args.report, outputs[1].path, async () => buildEvaluasiReport(batch, p), "table.reportWritten");
  return code;
}

/**
 * A workbook written by `dak evaluasi --out` (its four sheets, by name, in either language): its
 * "Sentra" sheet lists every sentra with before/after columns and would otherwise be counted twice.
 */
function isEvaluasiOutput(grids: readonly Grid[]): boolean {
  const names = new Set(grids.map((g) => g.sheet));
  const keys = [
    "evaluasi.sheet.summary",
    "evaluasi.sheet.provinsi",
    "evaluasi.sheet.sentra",
    "evaluasi.sheet.excluded",
  ] as const satisfies readonly MessageKey[];
  return LOCALES.some((lang) => keys.every((k) => names.has(t(lang, k))));
}

/** exceljs is loaded only when --out is given. */
async function evaluasiWorkbook(batch: EvaluasiBatch, p: Presenter): Promise<Uint8Array> {
  const { evaluasiSheets } = await import("./sheets");
  const { writeTablesWorkbook } = await import(/* webpackMode: "eager" */ "../../xlsx/tables-writer");
  return writeTablesWorkbook(evaluasiSheets(batch, p));
}
