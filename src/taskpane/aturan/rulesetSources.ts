/**
 * Where a ruleset can come from besides the bundled ones: a JSON file the user picks, or JSON
 * text kept in a sheet of the workbook (long text may be split over several cells: the cells are
 * joined row by row, left to right). Both end in engine.loadRuleset, which reports every problem
 * with its JSON path; text that is not JSON at all is reported with its line and column.
 */
import type { Grid } from "../../core/grid/types";
import type { Engine, RulesetLoad, RulesetSource } from "../../runtime/engine";
import type { Strings } from "../i18n/strings.id";
import { syntaxErrorPlace } from "./problemText";

export function loadRulesetText(engine: Engine, text: string, source: RulesetSource, t: Strings): RulesetLoad {
  let json: unknown;
  try {
    // A byte order mark (text pasted from a file saved "UTF-8 with BOM") is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    // The parser's own message is English and technical: say where, in the user's words.
    const place = syntaxErrorPlace(error, text);
    const message = place ? t.jsonSyntaxAt(place.line, place.column) : t.jsonSyntax;
    return { ok: false, problems: [{ path: "", message }] };
  }
  return engine.loadRuleset(json, source);
}

/** The sheet's text cells joined in reading order; "" when the sheet holds no text. */
export function jsonTextOfGrid(grid: Grid): string {
  const parts: string[] = [];
  for (const row of grid.values) {
    for (const value of row) {
      if (typeof value === "string" && value.trim() !== "") parts.push(value);
    }
  }
  return parts.join("");
}

/** A picked file's text (FileReader: works in every host browser of Office, and in jsdom). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsText(file, "utf-8");
  });
}
