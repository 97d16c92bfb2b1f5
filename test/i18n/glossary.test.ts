/**
 * One word per thing (src/core/i18n/glossary.ts): every Indonesian catalogue of every face says
 * lembar, buku kerja, templat, berkas, panel tugas and pita — never sheet, workbook, template,
 * file, task pane or ribbon. Texts are rendered (functions called with sample arguments) so the
 * words a message builds are scanned too. Excel's own command names may be quoted ("…").
 */
import { CATALOGUES as FINDING_CATALOGUES } from "../../src/core/i18n/format-finding";
import { bannedIndonesianWords, GLOSSARY } from "../../src/core/i18n/glossary";
import { CHANGE_WORDS_ID } from "../../src/core/i18n/ruleset-changes-id";
import { PARSE_FAIL_MESSAGES, PARSE_NOTE_MESSAGES } from "../../src/core/money/parse-messages";
import { TERBILANG_FAIL_MESSAGES } from "../../src/core/money/terbilang";
import { RULES } from "../../src/core/rules/registry";
import { TEMPLATE_TEXTS } from "../../src/core/templates/texts";
import { id as CLI_ID } from "../../src/cli/messages/id";
import { REPORT_ID } from "../../src/cli/messages/report-id";
import { PLAYGROUND_STRINGS } from "../../src/playground/strings";
import { bandingkanStrings } from "../../src/taskpane/bandingkan/strings";
import { stringsFor } from "../../src/taskpane/i18n/locale";

type Call = (fn: (...args: unknown[]) => unknown) => unknown;

/** Params of a CLI message: any name reads as "x"; its plural tool gives the "other" form. */
const cliCall: Call = (fn) =>
  fn(new Proxy({}, { get: () => "x" }), { plural: (_: string, _one: string, other: string) => other });
/** Other faces' messages take numbers or names: 2 serves as both. */
const plainCall: Call = (fn) => fn(...Array.from({ length: fn.length }, () => 2));

/** Every text of a catalogue, with its path. */
function texts(tree: unknown, call: Call, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (typeof tree === "function") return texts(call(tree as (...args: unknown[]) => unknown), call, path);
  if (tree && typeof tree === "object")
    return Object.entries(tree).flatMap(([k, v]) => texts(v, call, path ? `${path}.${k}` : k));
  return [];
}

const INDONESIAN: Record<string, [string, string][]> = {
  "core findings": texts(FINDING_CATALOGUES.id, plainCall),
  "rule titles and descriptions": texts(
    RULES.map((r) => ({ title: r.title.id, description: r.description.id })),
    plainCall,
  ),
  "ruleset changes": texts(CHANGE_WORDS_ID, plainCall),
  "money messages": texts([PARSE_FAIL_MESSAGES.id, PARSE_NOTE_MESSAGES.id, TERBILANG_FAIL_MESSAGES.id], plainCall),
  "template texts": texts(TEMPLATE_TEXTS.id, plainCall),
  "cli messages (help, tables, recap)": texts(CLI_ID, cliCall),
  "html reports": texts(REPORT_ID, plainCall),
  "task pane": texts(stringsFor("id"), plainCall),
  "bandingkan tab": texts(bandingkanStrings("id"), plainCall),
  playground: texts(PLAYGROUND_STRINGS.id, plainCall),
};

const BANNED = bannedIndonesianWords();

/**
 * Banned words outside double quotes (Excel's own names may be quoted as Excel shows them) and
 * outside command lines (`dak template rk`, `--out`), which are typed, not read.
 */
function offences(text: string): string[] {
  const unquoted = text.replace(/"[^"\n]*"|“[^”\n]*”|\bdak [a-z]+|--[a-z-]+|\{[^}]*\}/g, " ");
  const found: string[] = [];
  for (const [word, use] of BANNED) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_./-])${word.replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}_])`, "iu");
    if (re.test(unquoted)) found.push(`${word} → ${use}`);
  }
  return found;
}

describe("the glossary in every Indonesian catalogue", () => {
  it("each banned word has a term to use instead, and no term bans itself", () => {
    for (const term of GLOSSARY) for (const word of term.notId ?? []) expect(term.id).not.toContain(word);
    expect(BANNED.get("sheet")).toBe("lembar");
    expect(BANNED.get("workbook")).toBe("buku kerja");
    expect(BANNED.get("template")).toBe("templat");
  });

  it("finds a banned word, outside quotes only", () => {
    expect(offences("Ekspor ke sheet")).toEqual(["sheet → lembar"]);
    expect(offences("Template standar")).toEqual(["template → templat"]);
    expect(offences('Buka proteksinya (Tinjau → "Buka Proteksi Sheet")')).toEqual([]);
    expect(offences("tata letak templat sentra, berkas aturan.json, dak template rk")).toEqual([]);
  });

  it.each(Object.keys(INDONESIAN))("%s: lembar, buku kerja, templat, berkas, panel tugas", (name) => {
    const list = INDONESIAN[name];
    expect(list.length).toBeGreaterThan(0);
    const bad = list.flatMap(([path, text]) => offences(text).map((o) => `${path}: ${o}: ${text.slice(0, 120)}`));
    expect(bad).toEqual([]);
  });
});
