/**
 * `dak template <id> --out FILE.xlsx [--ta 2020] [--force]`: writes one standard template as a
 * new .xlsx. Never overwrites an existing file unless --force; writes a temporary file and
 * renames it. Exit 0 = written, 2 = usage error or the file could not be written.
 */
import * as path from "node:path";
import { BUNDLED_RULESETS, DEFAULT_TA, getRuleset } from "../../core/rules/bundled";
import { TEMPLATES, buildTemplate, isTemplateId } from "../../core/templates/registry";
import { contextFromRuleset } from "../../core/templates/ruleset-lists";
import { FileExistsError, writeFileAtomic } from "../../xlsx/atomic-write";
import { templateWorkbook } from "../../xlsx/templates/render";

export interface TemplateCommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Relative --out paths are resolved against this folder. */
  readonly cwd: string;
}

const HELP = `Pemakaian: dak template <id> --out BERKAS.xlsx [--ta TAHUN] [--force]

Membuat lembar standar sebagai berkas .xlsx baru. Berkas yang sudah ada tidak ditimpa,
kecuali dengan --force.

Templat:
${TEMPLATES.map((t) => `  ${t.id.padEnd(10)} ${t.title}`).join("\n")}

Opsi:
  --out BERKAS   berkas .xlsx yang dibuat (wajib)
  --ta TAHUN     tahun anggaran aturan untuk daftar pilihan (bawaan: ${DEFAULT_TA})
  --force        timpa berkas yang sudah ada
`;

interface Parsed {
  readonly id: string;
  readonly out: string;
  readonly ta: number;
  readonly force: boolean;
}

type ParseOutcome = { kind: "help" } | { kind: "error"; message: string } | { kind: "ok"; args: Parsed };

export async function runTemplateCommand(args: readonly string[], io: TemplateCommandIo): Promise<number> {
  const parsed = parse(args);
  if (parsed.kind === "help") {
    io.stdout.write(HELP);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`dak template: ${parsed.message}\n\n${HELP}`);
    return 2;
  }
  const { id, out, ta, force } = parsed.args;
  const ruleset = getRuleset(ta);
  if (!isTemplateId(id))
    return usage(io, `templat tidak dikenal: ${id} (pilih: ${TEMPLATES.map((t) => t.id).join(", ")})`);
  if (!ruleset)
    return usage(io, `tidak ada aturan untuk TA ${ta} (tersedia: ${Object.keys(BUNDLED_RULESETS).join(", ")})`);
  if (path.extname(out).toLowerCase() !== ".xlsx") return usage(io, `berkas keluaran harus berakhiran .xlsx: ${out}`);

  const spec = buildTemplate(id, contextFromRuleset(ruleset));
  const target = path.resolve(io.cwd, out);
  try {
    const data = await templateWorkbook(spec).xlsx.writeBuffer();
    await writeFileAtomic(target, new Uint8Array(data as ArrayBuffer), { overwrite: force });
  } catch (e) {
    io.stderr.write(
      e instanceof FileExistsError
        ? `dak template: berkas sudah ada, tidak ditimpa: ${target} (pakai --force untuk menimpa)\n`
        : `dak template: gagal menulis berkas: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 2;
  }
  io.stdout.write(`Templat ${id} (TA ${ta}) ditulis ke ${target}\n`);
  return 0;
}

function usage(io: TemplateCommandIo, message: string): number {
  io.stderr.write(`dak template: ${message}\n`);
  return 2;
}

function parse(args: readonly string[]): ParseOutcome {
  let id: string | undefined;
  let out: string | undefined;
  let ta = DEFAULT_TA;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === "-h" || flag === "--help") return { kind: "help" };
    else if (flag === "--force") force = true;
    else if (flag === "--out") {
      out = value();
      if (!out) return { kind: "error", message: "--out butuh nama berkas" };
    } else if (flag === "--ta") {
      const v = value();
      if (!v || !/^\d{4}$/.test(v))
        return { kind: "error", message: `--ta butuh tahun empat angka, bukan "${v ?? ""}"` };
      ta = Number(v);
    } else if (a.startsWith("-")) return { kind: "error", message: `opsi tidak dikenal: ${a}` };
    else if (id === undefined) id = a;
    else return { kind: "error", message: `argumen berlebih: ${a}` };
  }
  if (id === undefined) return { kind: "error", message: "sebutkan templat (rk, rab, kak, sentra, realisasi)" };
  if (out === undefined) return { kind: "error", message: "--out BERKAS.xlsx wajib" };
  return { kind: "ok", args: { id, out, ta, force } };
}
