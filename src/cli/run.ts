/**
 * `dak`'s dispatcher: argv in, exit code out, all output through `io`. Testable in-process;
 * main.ts calls it with the real process.
 */
import pkg from "../../package.json";
import { parseArgs } from "./args";
import { runBandingkan } from "./bandingkan-command";
import { corePresenter } from "./core-presenter";
import type { CliIO } from "./io";
import { helpText } from "./help";
import { runRules } from "./rules-command";
import { usageError } from "./usage";
import { runValidate } from "./validate-command";

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.lang, parsed.error);
  const { lang, args } = parsed;
  switch (args.command) {
    case "help":
      io.stdout.write(helpText(lang, args.topic));
      return args.noCommand ? 2 : 0;
    case "version":
      io.stdout.write(`dak ${pkg.version}\n`);
      return 0;
    case "rules":
      return runRules(args, io, lang);
    case "template": {
      // Loaded on use: the template renderer imports exceljs, which costs ~200 ms to load and which
      // `dak validate` needs only in its workers. "eager" keeps it in the one-file bundle.
      const { runTemplate } = await import(/* webpackMode: "eager" */ "./commands/template");
      return runTemplate(args, io, lang);
    }
    case "validate":
      return runValidate(args, io, corePresenter(lang));
    case "evaluasi": {
      const { runEvaluasi } = await import(/* webpackMode: "eager" */ "./evaluasi/run");
      return runEvaluasi(args, io, corePresenter(lang));
    }
    case "bandingkan":
      return runBandingkan(args, io, corePresenter(lang));
  }
}
