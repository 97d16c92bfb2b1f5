/**
 * `dak --help` and `dak <command> --help`. The template help lists the templates from the core's
 * registry (plain data: loading it does not load exceljs).
 */
import { DEFAULT_TA } from "../core/rules/bundled";
import { TEMPLATES } from "../core/templates/registry";
import { templateText } from "../core/templates/texts";
import type { CommandName } from "./args";
import { t, type Lang } from "./messages";

export function helpText(lang: Lang, topic?: CommandName): string {
  switch (topic) {
    case undefined:
      return t(lang, "help.main");
    case "template":
      return t(lang, "help.template", {
        templates: TEMPLATES.map((x) => `  ${x.id.padEnd(10)} ${templateText(x.id, lang).title}`).join("\n"),
        defaultTa: String(DEFAULT_TA),
      });
    default:
      return t(lang, `help.${topic}`);
  }
}
