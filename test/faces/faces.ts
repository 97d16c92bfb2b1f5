/**
 * The four faces of the product, each driven as a user drives it, over the same proposal: the CLI
 * pipeline (`dak validate --format json`, in-process), the task pane's engine, the ribbon command
 * (through the Office.js adapter over the in-memory Excel host) and the custom functions (in the
 * shared runtime). Used by the tests that every face makes the same decision (test/faces).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../src/core/grid/types";
import { loadRuleset } from "../../src/core/rules/load-ruleset";
import type { Ruleset } from "../../src/core/rules/ruleset";
import { run } from "../../src/cli/run";
import { createFakeExcel, workbookFromGrids } from "../../src/fakehost";
import { validateAndMark } from "../../src/ribbon/validateWorkbook";
import type { CheckOutcome, Engine } from "../../src/runtime/engine";
import { createCoreEngine } from "../../src/runtime/shipped/coreEngine";
import { createRuntimeServices } from "../../src/runtime/shipped/services";
import { readWorkbookFile } from "../../src/xlsx/grid-reader";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";
import { buildProposal, type ProposalSpec } from "../cli/proposal-factory";
import { recordingIO } from "../helpers/recording-io";

/** A ruleset file as an official writes it: only what differs from the bundled year it extends. */
export function dinasRuleset(patch: { thresholds?: object; rules?: object } = {}): Record<string, unknown> {
  return {
    id: "dinas-2022",
    extends: "ta2022",
    ta: 2022,
    title: "Aturan Dinas (TA 2022, diubah)",
    version: "1",
    ...patch,
  };
}

export function loaded(json: Record<string, unknown>): Ruleset {
  const result = loadRuleset(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.ruleset;
}

export interface Workspace {
  readonly dir: string;
  /** Writes a proposal of fiscal year `ta` (the CLI tests' flat RK), returns its path and its grids. */
  proposal(ta: number, spec?: Partial<ProposalSpec>): Promise<{ path: string; grids: Grid[] }>;
  remove(): void;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "dak-faces-"));
  return {
    dir,
    async proposal(ta, spec = {}) {
      const wb = buildProposal({ lines: 8, ...spec });
      const ws = wb.worksheets[0];
      ws.getCell("A1").value = `RENCANA KEGIATAN DAK FISIK BIDANG IKM TA ${ta}`;
      ws.getCell("C3").value = ta;
      const path = join(dir, `rk-${ta}.xlsx`);
      await wb.xlsx.writeFile(path);
      return { path, grids: await readWorkbookFile(path, DEFAULT_LIMITS) };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** What `dak validate FILE --format json [--rules aturan.json]` says about the file. */
export interface CliFile {
  readonly ruleset: string | null;
  readonly findings: readonly { code: string; cell: string; severity: string }[];
}

export async function cliFace(ws: Workspace, path: string, rules?: Record<string, unknown>): Promise<CliFile> {
  const io = recordingIO(ws.dir);
  const extra: string[] = [];
  if (rules) {
    writeFileSync(join(ws.dir, "aturan.json"), JSON.stringify(rules));
    extra.push("--rules", "aturan.json");
  }
  await run(["validate", path, "--format", "json", ...extra], io);
  if (io.err() !== "") throw new Error(io.err());
  return (JSON.parse(io.out()) as { files: CliFile[] }).files[0];
}

/** The `--report` page's count of files over the penunjang cap (its distribution's last column). */
export async function reportOverCap(ws: Workspace, path: string, rules: Record<string, unknown>): Promise<number> {
  const io = recordingIO(ws.dir);
  writeFileSync(join(ws.dir, "aturan.json"), JSON.stringify(rules));
  const out = join(ws.dir, "laporan.html");
  rmSync(out, { force: true });
  await run(["validate", path, "--rules", "aturan.json", "--report", out, "--format", "csv"], io);
  const over = /<title>melebihi batas: (\d+)<\/title>/.exec(readFileSync(out, "utf8"));
  if (!over) throw new Error("no penunjang distribution in the report");
  return Number(over[1]);
}

/** The task pane's engine after the user loaded `rules` in the Aturan tab (or chose nothing). */
export function paneFace(
  grids: readonly Grid[],
  rules?: Record<string, unknown>,
): { engine: Engine; outcome: CheckOutcome } {
  const engine = createCoreEngine();
  if (rules) {
    const load = engine.loadRuleset(rules, { kind: "file", name: "aturan.json" });
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    engine.selectRuleset(load.ruleset);
  }
  return { engine, outcome: engine.check(grids) };
}

/** The ribbon's Validate command over the workbook open in (fake) Excel, with its own services. */
export async function ribbonFace(grids: readonly Grid[]) {
  const fake = createFakeExcel(workbookFromGrids(grids));
  const uninstall = fake.installGlobals();
  try {
    return await validateAndMark(createRuntimeServices());
  } finally {
    uninstall();
  }
}

/** "CODE@CELL", sorted: findings compared across faces. */
export const spots = (findings: readonly { code: string; cell: string }[]): string[] =>
  findings.map((f) => `${f.code}@${f.cell}`).sort();
