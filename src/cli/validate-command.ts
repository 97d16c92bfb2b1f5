/**
 * `dak validate <file|folder>…`: collects the files, checks them (on a worker pool when a worker
 * script is available, else in this thread), prints the chosen format on stdout, writes the
 * recap if asked, and returns the exit code of DESIGN.md §6.
 */
import { realpath, stat } from "node:fs/promises";
import { freemem, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { getRuleset } from "../core/rules/bundled";
import { FileExistsError } from "../xlsx/atomic-write";
import { DEFAULT_LIMITS, type ReadLimits } from "../xlsx/limits";
import type { ValidateArgs } from "./args";
import { collectFiles } from "./collect-files";
import { formatCsv } from "./format-csv";
import { formatJson } from "./format-json";
import { formatTable } from "./format-table";
import type { CliIO } from "./io";
import { t } from "./messages";
import { defaultJobs, startPool, type InputFile } from "./pool";
import type { Presenter } from "./presenter";
import { ProgressBar } from "./progress";
import { StreamOutput } from "./stream-output";
import { writeRecap } from "./recap";
import { exitCodeOf, type FileReport } from "./report";
import { applyAllocation, readAlokasi, type AlokasiRead } from "./allocation";
import type { AllocationSummary } from "../core/allocation";
import { outputProblem, writeOutput } from "./output-file";
import { buildValidateReport } from "./html/validate-report";
import { availableTas, readRulesOption, usageError, type RulesOption } from "./usage";

/** Batches above this many files show a progress bar (on a TTY). */
const PROGRESS_MIN_FILES = 4;

export async function runValidate(args: ValidateArgs, io: CliIO, p: Presenter): Promise<number> {
  const cleanups: (() => Promise<void>)[] = [];
  try {
    return await validateBatch(args, io, p, cleanups);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

async function validateBatch(
  args: ValidateArgs,
  io: CliIO,
  p: Presenter,
  cleanups: (() => Promise<void>)[],
): Promise<number> {
  const started = io.now();
  const limits: ReadLimits = io.limits ?? DEFAULT_LIMITS;
  if (args.ta !== undefined && !getRuleset(args.ta)) {
    return usageError(io, p.lang, {
      key: "usage.badTa",
      params: { value: String(args.ta), available: availableTas() },
      command: "validate",
    });
  }
  let rules: RulesOption | undefined;
  if (args.rules !== undefined) {
    rules = await readRulesOption(args.rules, io, p.lang);
    if (!rules) return 2;
  }

  // Started before the files are collected, so that its first worker boots while the folders are read.
  const pool = io.workerScript
    ? startPool({
        jobs: args.jobs ?? defaultJobs(io.cpus, freemem(), loadavg()[0]),
        script: io.workerScript,
        limits,
        rulesJson: rules?.json,
        ta: args.ta,
      })
    : undefined;
  if (pool) cleanups.push(async () => pool.close());

  const collected = await collectFiles(args.paths, io.cwd);
  cleanups.push(collected.dispose);
  const { emptyFolders, unreadableFolders } = collected;
  for (const link of collected.linksOutside)
    io.stderr.write(`dak: ${t(p.lang, "usage.linkOutside", { path: link })}\n`);
  // The allocation table, last run's recap and report often sit in the folder of the RKs: found
  // there, they are not proposals (given by name, they are, and the recap then may not replace them).
  const own = (xs: readonly (string | undefined)[]) =>
    xs.filter((x): x is string => x !== undefined).map((x) => resolve(io.cwd, x));
  const given = new Set(args.paths.map((x) => resolve(io.cwd, x)));
  const files = await withoutFiles(
    await withoutFiles(collected.files, own([args.alokasi]), new Set()),
    own([args.recap, args.report]),
    given,
  );
  for (const folder of emptyFolders) io.stderr.write(`dak: ${t(p.lang, "usage.folderEmpty", { path: folder })}\n`);
  for (const folder of unreadableFolders)
    io.stderr.write(`dak: ${t(p.lang, "usage.folderUnreadable", { path: folder.path, detail: folder.reason })}\n`);
  const recapPath = args.recap === undefined ? undefined : resolve(io.cwd, args.recap);
  if (recapPath !== undefined) {
    const problem = await recapProblem(recapPath, files, args.force);
    if (problem)
      return usageError(io, p.lang, { key: problem, params: { path: args.recap ?? "" }, command: "validate" });
  }

  const reportPath = args.report === undefined ? undefined : resolve(io.cwd, args.report);
  if (reportPath !== undefined) {
    const problem = await outputProblem(
      reportPath,
      files.map((f) => f.path),
      args.force,
    );
    if (problem)
      return usageError(io, p.lang, { key: problem, params: { path: args.report ?? "" }, command: "validate" });
  }
  // Read while the pool checks the RKs (exceljs loads here meanwhile).
  const alokasi: Promise<AlokasiRead> | undefined =
    args.alokasi === undefined ? undefined : readAlokasi(args.alokasi, io.cwd, limits);

  const showProgress = io.stderr.isTTY === true && files.length >= PROGRESS_MIN_FILES;
  const bar = showProgress
    ? new ProgressBar(io.stderr, (done, total) => t(p.lang, "progress.label", { done, total }))
    : undefined;
  // --alokasi and --report need every finding at the end; otherwise findings are printed as
  // their file's turn comes and only what the recap needs is kept (big batches, issue 17.7).
  const stream =
    args.alokasi === undefined && args.report === undefined
      ? new StreamOutput(args.format, io, p, recapPath !== undefined)
      : undefined;
  const onReport = stream ? (i: number, r: FileReport) => stream.add(i, r) : undefined;
  const onProgress = (done: number, total: number): void => bar?.update(done, total);
  let reports = pool
    ? await pool.check(files, { onProgress, onReport })
    : await checkInThisThread(files, args, limits, rules, onProgress, onReport);
  bar?.clear();
  let allocation: AllocationSummary | undefined;
  if (alokasi) {
    const read = await alokasi;
    if (!read.ok) return usageError(io, p.lang, { key: read.key, params: read.params, command: "validate" });
    ({ reports, summary: allocation } = applyAllocation(reports, read.table));
  }

  const seconds = (io.now() - started) / 1000;
  const alloc = allocation && args.alokasi !== undefined ? { summary: allocation, path: args.alokasi } : undefined;
  if (stream) stream.finish(reports, seconds);
  else if (args.format === "json") io.stdout.write(formatJson(reports, p, alloc?.summary));
  else if (args.format === "csv") io.stdout.write(formatCsv(reports, p));
  else io.stdout.write(formatTable(reports, p, { color: io.color, seconds, allocation: alloc }));

  let code: number = exitCodeOf(reports);
  if (emptyFolders.length > 0 || unreadableFolders.length > 0) code = 2;
  if (recapPath !== undefined && args.recap !== undefined) {
    try {
      await writeRecap(recapPath, reports, p, args.force, allocation);
      io.stderr.write(`${t(p.lang, "table.recapWritten", { path: args.recap })}\n`);
    } catch (e) {
      const key = e instanceof FileExistsError ? "usage.recapExists" : "usage.recapFailed";
      io.stderr.write(`dak: ${t(p.lang, key, { path: args.recap, detail: (e as Error).message })}\n`);
      code = 2;
    }
  }
  if (reportPath !== undefined && args.report !== undefined) {
    try {
      await writeOutput(reportPath, buildValidateReport(reports, p, alloc?.summary), args.force);
      io.stderr.write(`${t(p.lang, "table.reportWritten", { path: args.report })}\n`);
    } catch (e) {
      io.stderr.write(`dak: ${t(p.lang, "usage.outputFailed", { path: args.report, detail: (e as Error).message })}\n`);
      code = 2;
    }
  }
  return code;
}

async function withoutFiles(
  files: readonly InputFile[],
  paths: readonly string[],
  given: ReadonlySet<string>,
): Promise<InputFile[]> {
  if (paths.length === 0) return [...files];
  const targets = new Set(await Promise.all(paths.map((x) => realpath(x).catch(() => x))));
  const kept: InputFile[] = [];
  for (const f of files) {
    if (given.has(f.path) || !targets.has(await realpath(f.path).catch(() => f.path))) kept.push(f);
  }
  return kept;
}

/** Without the bundle (tests, or a runtime without it): no time limit can interrupt a file here. */
async function checkInThisThread(
  files: readonly InputFile[],
  args: ValidateArgs,
  limits: ReadLimits,
  rules: RulesOption | undefined,
  onProgress: (done: number, total: number) => void,
  onReport?: (index: number, report: FileReport) => FileReport,
): Promise<FileReport[]> {
  // Loaded here only: with a pool, the main thread never reads a workbook.
  const { checkFile } = await import(/* webpackMode: "eager" */ "./check-file");
  const reports: FileReport[] = [];
  for (const f of files) {
    const report = await checkFile(f.path, f.display, { limits, ruleset: rules?.ruleset, ta: args.ta });
    reports.push(onReport ? onReport(reports.length, report) : report);
    onProgress(reports.length, files.length);
  }
  return reports;
}

/** The recap may not overwrite an input file (ever) or an existing file (without --force). */
async function recapProblem(
  recapPath: string,
  files: readonly InputFile[],
  force: boolean,
): Promise<
  "usage.recapIsInput" | "usage.recapExists" | "usage.recapFolderMissing" | "usage.recapIsFolder" | undefined
> {
  if (!(await stat(dirname(recapPath)).catch(() => undefined))?.isDirectory()) return "usage.recapFolderMissing";
  // Found before the batch runs, not as EISDIR after it.
  if ((await stat(recapPath).catch(() => undefined))?.isDirectory()) return "usage.recapIsFolder";
  const target = await realpath(recapPath).catch(() => undefined);
  if (target === undefined) return undefined;
  for (const f of files) {
    if ((await realpath(f.path).catch(() => f.path)) === target) return "usage.recapIsInput";
  }
  return force ? undefined : "usage.recapExists";
}
