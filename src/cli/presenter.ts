/**
 * What every output format needs to turn raw reports into text: the language, the finding
 * messages and rupiah formatting (both from the core, wired by main.ts), and the reasons.
 */
import type { Finding } from "../core/rules/findings";
import { capText } from "./echo";
import { t, type Lang } from "./messages";
import type { FileReport } from "./report";

export interface Presenter {
  readonly lang: Lang;
  message(finding: Finding): string;
  rupiah(amount: number): string;
}

export function reasonText(p: Presenter, report: FileReport): string {
  if (!report.reason) return "";
  const params: Record<string, string | number> = { ...report.reason.params };
  if (report.reason.code === "TIMEOUT" && typeof params.millis === "number")
    params.seconds = Math.round(params.millis / 1000);
  return t(p.lang, `reason.${report.reason.code}`, params);
}

/** Terminal-safe text: control characters (ANSI escapes, CR, tabs, newlines from cells) become spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return capText(text).replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
