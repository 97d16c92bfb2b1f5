/**
 * `dak template <id> --out FILE.xlsx [--ta 2020] [--force]`: writes one standard template as a
 * new .xlsx. Never overwrites an existing file unless --force; writes a temporary file and
 * renames it (src/xlsx/atomic-write.ts). Exit 0 = written, 2 = usage error, an existing file,
 * an unknown template or fiscal year, or a failed write.
 *
 * Loaded on use by run.ts: the renderer imports exceljs, which `dak validate` needs only in its
 * workers.
 */
import * as path from "node:path";
import { DEFAULT_TA, getRuleset } from "../../core/rules/bundled";
import { TEMPLATE_IDS, buildTemplate, isTemplateId } from "../../core/templates/registry";
import { contextFromRuleset } from "../../core/templates/ruleset-lists";
import { FileExistsError, writeFileAtomic } from "../../xlsx/atomic-write";
import { templateWorkbook } from "../../xlsx/templates/render";
import { parseArgs, type TemplateArgs } from "../args";
import { helpText } from "../help";
import type { CliIO } from "../io";
import { t, type Lang } from "../messages";
import { availableTas, usageError } from "../usage";

/** What the command needs from the outside world: output streams and the folder --out is relative to. */
export type TemplateCommandIo = Pick<CliIO, "stdout" | "stderr" | "cwd">;

/** Writes the template described by parsed arguments (run.ts's entry). */
export async function runTemplate(args: TemplateArgs, io: TemplateCommandIo, lang: Lang): Promise<number> {
  const ta = args.ta ?? DEFAULT_TA;
  if (!isTemplateId(args.id)) {
    return usageError(io, lang, {
      key: "usage.unknownTemplate",
      params: { id: args.id, available: TEMPLATE_IDS.join(", ") },
      command: "template",
    });
  }
  const ruleset = getRuleset(ta);
  if (!ruleset) {
    return usageError(io, lang, {
      key: "usage.badTa",
      params: { value: String(ta), available: availableTas() },
      command: "template",
    });
  }

  const spec = buildTemplate(args.id, contextFromRuleset(ruleset));
  const target = path.resolve(io.cwd, args.out);
  try {
    const data = await templateWorkbook(spec).xlsx.writeBuffer();
    await writeFileAtomic(target, new Uint8Array(data as ArrayBuffer), { overwrite: args.force });
  } catch (e) {
    const key = e instanceof FileExistsError ? "usage.templateExists" : "usage.templateFailed";
    io.stderr.write(`dak: ${t(lang, key, { path: target, detail: e instanceof Error ? e.message : String(e) })}\n`);
    return 2;
  }
  io.stdout.write(`${t(lang, "template.written", { id: args.id, ta: String(ta), path: target })}\n`);
  return 0;
}

/**
 * `dak template` from its raw arguments (those after "template", `--lang` and `--help` included),
 * parsed exactly as `dak` parses them. For callers that start from argv, such as tests.
 */
export async function runTemplateCommand(argv: readonly string[], io: TemplateCommandIo): Promise<number> {
  const parsed = parseArgs(["template", ...argv]);
  if (!parsed.ok) return usageError(io, parsed.lang, parsed.error);
  const { lang, args } = parsed;
  if (args.command === "help") {
    io.stdout.write(helpText(lang, "template"));
    return 0;
  }
  if (args.command !== "template") throw new Error(`unexpected command ${args.command}`);
  return runTemplate(args, io, lang);
}
