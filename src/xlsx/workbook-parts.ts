/**
 * The small parts around the sheets: xl/workbook.xml (sheets in order, their names, visibility and
 * relationship ids; the date system), its relationships (which part each sheet is; where the
 * shared strings are) and xl/sharedStrings.xml. Each is an XmlHandler fed by xml-scan.ts.
 */
import { excelUnescape } from "./sheet-reader";
import { attr, decodeXml, type XmlHandler } from "./xml-scan";

export interface SheetEntry {
  readonly name: string;
  readonly visible: boolean;
  readonly relId: string;
}

export class WorkbookPart implements XmlHandler {
  readonly sheets: SheetEntry[] = [];
  date1904 = false;

  open(name: string, tag: string): void {
    if (name === "sheet") {
      const state = attr(tag, "state");
      this.sheets.push({
        name: attr(tag, "name") ?? "",
        visible: state === undefined || state === "visible",
        relId: attr(tag, "r:id") ?? "",
      });
    } else if (name === "workbookPr") {
      const d = attr(tag, "date1904");
      this.date1904 = d === "1" || d === "true";
    }
  }

  close(): void {}
  text(): void {}
}

export interface Relationship {
  readonly type: string;
  /** The target part's name in the zip, resolved against the relationships' source part. */
  readonly part: string;
}

export class RelationshipsPart implements XmlHandler {
  readonly byId = new Map<string, Relationship>();

  /** `base`: the folder of the part these relationships belong to, e.g. "xl/". */
  constructor(private readonly base: string) {}

  open(name: string, tag: string): void {
    if (name !== "Relationship" || attr(tag, "TargetMode") === "External") return;
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id === undefined || target === undefined) return;
    this.byId.set(id, { type: attr(tag, "Type") ?? "", part: resolvePart(this.base, target) });
  }

  close(): void {}
  text(): void {}

  /** The part of the first relationship whose type ends with `/kind` (e.g. "sharedStrings"). */
  partOfType(kind: string): string | undefined {
    for (const r of this.byId.values()) if (r.type.endsWith(`/${kind}`)) return r.part;
    return undefined;
  }
}

function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/**
 * `<si>` items in order: the text of `<t>`, or of the runs `<r><t>` joined; phonetic runs
 * (`<rPh>`, the reading aid of East Asian text) are not part of the value.
 */
export class SharedStringsPart implements XmlHandler {
  readonly strings: string[] = [];
  private text_: string | undefined = undefined;
  private inT = false;
  private inPhonetic = false;

  constructor(private readonly onItem: () => void) {}

  open(name: string): void {
    if (name === "si") this.text_ = "";
    else if (name === "t") this.inT = !this.inPhonetic;
    else if (name === "rPh") this.inPhonetic = true;
  }

  close(name: string): void {
    if (name === "t") this.inT = false;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "si") {
      this.onItem();
      this.strings.push(excelUnescape(decodeXml(this.text_ ?? "")));
      this.text_ = undefined;
    }
  }

  text(s: string, start: number, end: number): void {
    if (this.inT && this.text_ !== undefined) this.text_ += s.slice(start, end);
  }
}
