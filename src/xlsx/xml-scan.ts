/**
 * A small streaming XML tokenizer for the parts of a SpreadsheetML package: it is fed decoded text
 * chunk by chunk and calls its handler for each start tag, end tag and run of text. It checks what
 * the reader relies on (names, nesting, one root, entities) and nothing more: it never reads a DTD
 * (a document that has one is refused), knows only the five XML entities and numeric references,
 * and resolves nothing external.
 *
 * Why not saxes (a full, conformant parser): on the 10.7 MB sheet of a 20,000-line RK, this
 * tokenizer with no-op handlers took 57–192 ms of CPU against saxes 5.0.1's 174–257 ms (four
 * interleaved rounds on a busy machine, 1.3–3.1×), before saxes builds the attribute objects
 * the reader would then read. In a profile of a 200,000-line RK, tokenizing cost about as much as
 * inflating, and reading is most of what `dak validate` costs (bench/reader.bench.ts).
 *
 * Memory: a chunk is tokenized and dropped; only an unfinished tag (a few bytes in real files) is
 * carried over to the next chunk. Text is handed over in pieces as it comes.
 */
import { UnreadableError } from "./unreadable";

export interface XmlHandler {
  /**
   * A start tag. `tag` is the whole tag text from "<" to ">"; read attributes with `attr(tag, …)`.
   * For an empty-element tag (`<a/>`) `close` follows at once.
   */
  open(name: string, tag: string): void;
  close(name: string): void;
  /** Raw text (entities not decoded: see decodeXml) from `s[start]` to `s[end]`; a run may come in pieces. */
  text(s: string, start: number, end: number): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;

export class XmlScanner {
  private pending = "";
  private readonly stack: string[] = [];
  private roots = 0;

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
  ) {}

  feed(chunk: string): void {
    if (this.pending !== "") {
      // An unfinished tag only ends at a ">": until one comes, just collect (no rescanning).
      const joined = this.pending + chunk;
      if (chunk.indexOf(">") === -1) {
        this.pending = joined;
        return;
      }
      this.pending = "";
      chunk = joined;
    }
    const rest = this.scan(chunk);
    if (rest < chunk.length) this.pending = chunk.slice(rest);
  }

  /** The part has ended: it must have been one complete element. */
  end(): void {
    if (this.pending.trim() !== "" || this.stack.length > 0 || this.roots !== 1) this.fail("unexpected end");
  }

  /** Tokenizes `s`; returns where an unfinished markup token starts (s.length when none). */
  private scan(s: string): number {
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt === -1) {
        this.textRun(s, i, n);
        return n;
      }
      if (lt > i) this.textRun(s, i, lt);
      const c = s.charCodeAt(lt + 1);
      if (Number.isNaN(c)) return lt;
      if (c === SLASH) {
        const gt = s.indexOf(">", lt);
        if (gt === -1) return lt;
        // The end tag must name the open element: compared in place (no string made per end tag).
        const name = this.stack.pop();
        if (name === undefined || !isEndTagOf(s, lt + 2, gt, name)) {
          this.fail(`unexpected </${s.slice(lt + 2, gt).trimEnd()}>`);
        }
        h.close(name);
        i = gt + 1;
      } else if (c === 63 /* ? */) {
        const e = s.indexOf("?>", lt);
        if (e === -1) return lt;
        i = e + 2;
      } else if (c === 33 /* ! */) {
        const next = this.special(s, lt);
        if (next === -1) return lt;
        i = next;
      } else {
        const gt = tagEnd(s, lt);
        if (gt === -1) return lt;
        i = gt + 1;
        this.startTag(s.slice(lt, i));
      }
    }
    return n;
  }

  private startTag(tag: string): void {
    let e = 1;
    const n = tag.length - 1;
    while (e < n && !isNameEnd(tag.charCodeAt(e))) e++;
    const name = tag.slice(1, e);
    if (name === "" || !isNameStart(name.charCodeAt(0))) this.fail(`bad tag ${tag.slice(0, 20)}`);
    if (this.stack.length === 0 && ++this.roots > 1) this.fail("second root element");
    const selfClosing = tag.charCodeAt(n - 1) === SLASH;
    this.stack.push(name);
    this.handler.open(name, tag);
    if (selfClosing) {
      this.stack.pop();
      this.handler.close(name);
    }
  }

  /** Comments and CDATA (whose text is handed over, its entities escaped); a DTD is refused. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const e = s.indexOf("-->", lt + 4);
      return e === -1 ? -1 : e + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const e = s.indexOf("]]>", lt + 9);
      if (e === -1) return -1;
      const raw = s
        .slice(lt + 9, e)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;");
      this.textRun(raw, 0, raw.length);
      return e + 3;
    }
    if (s.length - lt < 9) return -1; // not yet known which
    this.fail("DTD or unknown markup (never read)");
  }

  private textRun(s: string, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let k = start; k < end; k++) if (!isSpace(s.charCodeAt(k))) this.fail("text outside the root element");
      return;
    }
    this.handler.text(s, start, end);
  }

  private fail(why: string): never {
    throw new UnreadableError("CORRUPT", { entry: this.part }, `XML: ${why}`);
  }
}

/** Whether `s` from `from` to `gt` (an end tag's ">") is `name` and nothing but spaces after it. */
function isEndTagOf(s: string, from: number, gt: number, name: string): boolean {
  if (!s.startsWith(name, from)) return false;
  for (let k = from + name.length; k < gt; k++) if (!isSpace(s.charCodeAt(k))) return false;
  return true;
}

/** The ">" ending the tag opened at `lt`, skipping quoted attribute values; -1 if not in `s` yet. */
function tagEnd(s: string, lt: number): number {
  let quote = 0;
  for (let k = lt + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) return k;
    else if (c === QUOT || c === APOS) quote = c;
    else if (c === LT) throw new UnreadableError("CORRUPT", {}, "XML: '<' inside a tag");
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
}

/** The value of attribute `name` in a start tag, entities decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let from = 1;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    // A whole attribute name: preceded by space, followed by optional space and "=".
    if (!isSpace(tag.charCodeAt(at - 1))) continue;
    let k = from;
    while (isSpace(tag.charCodeAt(k))) k++;
    if (tag.charCodeAt(k) !== 61 /* = */) continue;
    k++;
    while (isSpace(tag.charCodeAt(k))) k++;
    const q = tag.charCodeAt(k);
    if (q !== QUOT && q !== APOS) return undefined;
    const e = tag.indexOf(q === QUOT ? '"' : "'", k + 1);
    if (e === -1) return undefined;
    const raw = tag.slice(k + 1, e);
    return isPlainValue(raw) ? raw : normaliseAttribute(decodeXml(raw));
  }
}

/** No entity and no tab, newline or carriage return: the value reads as written. */
function isPlainValue(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}

/** XML's attribute-value normalisation: each tab, newline or carriage return reads as a space. */
function normaliseAttribute(v: string): string {
  return v.replace(/\r\n|[\t\n\r]/g, " ");
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decodes the five XML entities and numeric character references; any other entity is an error
 * (it could only be declared in a DTD, which is never read). Line ends read as "\n" (XML's rule).
 */
export function decodeXml(raw: string): string {
  let s = raw.indexOf("\r") === -1 ? raw : raw.replace(/\r\n?/g, "\n");
  if (s.indexOf("&") === -1) return s;
  s = s.replace(/&([^;&]{0,10});/g, (whole, ref: string) => {
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const code = ref.startsWith("#x")
      ? parseInt(ref.slice(2), 16)
      : ref.startsWith("#")
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (!/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref) || !(code >= 0 && code <= 0x10ffff)) {
      throw new UnreadableError("CORRUPT", {}, `XML: unknown entity ${whole}`);
    }
    return String.fromCodePoint(code);
  });
  if (s.indexOf("&") !== -1 && /&(?![^;&]{0,10};)/.test(raw)) {
    throw new UnreadableError("CORRUPT", {}, "XML: a lone '&'");
  }
  return s;
}
